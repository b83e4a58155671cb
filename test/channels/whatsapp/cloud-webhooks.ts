import type { FakeGraphApi } from '../../support/fake-graph-api';

let seq = 0;
/** A fresh wamid, as WhatsApp names a message a person sent. */
export const nextWamid = () => `wamid.HBgNNjI4MTIzNDU2Nzg5FQIAEhgg${String(++seq).padStart(8, '0')}`;

export interface CloudPerson {
  /** wa_id: the phone number, digits only. */
  waId: string;
  name?: string;
}

/** One delivery as Meta posts it: `messages` and/or `statuses` for SAPA's number. */
export function delivery(api: Pick<FakeGraphApi, 'phoneNumberId'>, value: { messages?: unknown[]; statuses?: unknown[]; contacts?: unknown[] }) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '6281100000000', phone_number_id: api.phoneNumberId }, ...value },
          },
        ],
      },
    ],
  };
}

const base = (from: CloudPerson, at: Date, type: string) => ({ from: from.waId, id: nextWamid(), timestamp: String(Math.floor(at.getTime() / 1000)), type });

export const textMessage = (from: CloudPerson, body: string, at: Date) => ({ ...base(from, at, 'text'), text: { body } });

export const replyMessage = (from: CloudPerson, kind: 'button_reply' | 'list_reply', id: string, title: string, at: Date) => ({
  ...base(from, at, 'interactive'),
  interactive: { type: kind, [kind]: { id, title } },
});

export const imageMessage = (from: CloudPerson, media: { id: string; sha256?: string }, at: Date, caption?: string) => ({
  ...base(from, at, 'image'),
  image: { id: media.id, mime_type: 'image/jpeg', ...(media.sha256 ? { sha256: media.sha256 } : {}), ...(caption ? { caption } : {}) },
});

export const contactsOf = (from: CloudPerson) => [{ wa_id: from.waId, profile: { name: from.name ?? 'Pegawai' } }];

export const statusOf = (wamid: string, status: string, to: string, at: Date, errors?: Array<{ code: number; title: string }>) => ({
  id: wamid,
  status,
  timestamp: String(Math.floor(at.getTime() / 1000)),
  recipient_id: to,
  ...(errors ? { errors } : {}),
});
