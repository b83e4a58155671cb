/** "slip-gaji-2026-11-199008172015032001.pdf" */
export function payslipFileName(period: string, nip: string): string {
  return `slip-gaji-${period}-${nip.replace(/[^0-9A-Za-z]/g, '')}.pdf`;
}

export const PDF_MIME_TYPE = 'application/pdf';
