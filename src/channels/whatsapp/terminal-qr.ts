import QRCode from 'qrcode';

/** The QR code drawn with block characters, ready to print in a terminal. */
export function terminalQr(qr: string): Promise<string> {
  return QRCode.toString(qr, { type: 'terminal', small: true });
}

/** Prints a pairing QR code and how to scan it (Baileys no longer prints it itself). */
export async function printQr(qr: string, write: (text: string) => void = (text) => process.stdout.write(text)): Promise<void> {
  write(`\nWhatsApp SAPA: pindai kode QR ini di WhatsApp > Perangkat tertaut > Tautkan perangkat\n${await terminalQr(qr)}\n`);
}
