import type { FastifyInstance } from 'fastify';
import QRCode from 'qrcode';
import type { Authenticate } from '../admin/authenticate';
import type { RoutePlugin } from '../build-app';

export const WHATSAPP_PAIRING_PATH = '/admin/whatsapp/pairing';

/** What the pairing endpoint reports: the WhatsApp connection's state, and how to pair while it waits for it. */
export interface PairingView {
  /** 'standby': another process holds the socket; 'disabled': WhatsApp is off. */
  state: 'disabled' | 'standby' | 'stopped' | 'connecting' | 'pairing' | 'open';
  qr?: string;
  qrAt?: Date;
  pairingCode?: string;
}

/**
 * `GET /admin/whatsapp/pairing` (admin token): the connection state and,
 * while SAPA waits to be paired, the latest QR code as text and as a PNG data
 * URL (for an `<img>`), plus the pairing code when WHATSAPP_PHONE is set.
 */
export function whatsappPairingRoute(deps: { authenticate: Authenticate; pairing: () => PairingView }): RoutePlugin {
  return async (app: FastifyInstance) => {
    app.get(WHATSAPP_PAIRING_PATH, { preHandler: deps.authenticate }, async (_request, reply) => {
      const view = deps.pairing();
      const qr = view.state === 'pairing' && view.qr ? view.qr : undefined;
      void reply.header('cache-control', 'no-store');
      return {
        state: view.state,
        ...(qr
          ? { qr, qrImage: await QRCode.toDataURL(qr, { margin: 2, width: 320 }), qrAt: view.qrAt?.toISOString() ?? null }
          : {}),
        ...(view.state === 'pairing' && view.pairingCode ? { pairingCode: view.pairingCode } : {}),
      };
    });
  };
}
