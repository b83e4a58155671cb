import QRCode from 'qrcode';
import { translate } from '../../i18n/translate';

/** The QR code drawn with block characters, ready to print in a terminal. */
export function terminalQr(qr: string): Promise<string> {
  return QRCode.toString(qr, { type: 'terminal', small: true });
}

/** Prints a pairing QR code and how to scan it (Baileys no longer prints it itself). */
export async function printQr(qr: string, write: (text: string) => void = (text) => process.stdout.write(text)): Promise<void> {
  write(`\n${translate('id', 'whatsapp.terminal_qr')}\n${await terminalQr(qr)}\n`);
}
