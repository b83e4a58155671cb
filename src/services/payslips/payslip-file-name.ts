/**
 * "slip-gaji-2026-11.pdf" ("slip-tpp-2026-11.pdf"): the kind and month only. The file name travels in the clear
 * (chat previews, forwards, download folders), so it carries nothing about
 * its owner; a NIP would give away both PDF passwords (it starts with the
 * date of birth and ends with NIP_LAST6).
 */
export function payslipFileName(period: string, kind: 'GAJI' | 'TPP' = 'GAJI'): string {
  return `slip-${kind === 'TPP' ? 'tpp' : 'gaji'}-${period.replace(/[^0-9-]/g, '')}.pdf`;
}

export const PDF_MIME_TYPE = 'application/pdf';
