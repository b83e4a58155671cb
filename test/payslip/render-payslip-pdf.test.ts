import { PermissionFlag, PasswordResponses } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WIDE_MAPPING } from '../../src/domain/payslip/wide-mapping';
import { renderPayslipPdf } from '../../src/payslip/render-payslip-pdf';
import { makePayslipDocument } from './payslip-document-factory';
import { qrCellsFor, qrCellsOf } from '../documents/read-qr-cells';
import { openPdf, pdfTexts, type PlacedText } from './read-pdf';

const PASSWORD = '17081990';
const GENERATED_AT = new Date('2026-11-27T03:02:00Z');

describe('renderPayslipPdf', () => {
  let pdf: Buffer;
  let items: PlacedText[];
  let text: string;

  beforeAll(async () => {
    pdf = await renderPayslipPdf(makePayslipDocument(), { password: PASSWORD, generatedAt: GENERATED_AT });
    ({ items } = await pdfTexts(pdf, PASSWORD));
    text = items.map((i) => i.text).join('\n');
  });

  it('is an encrypted PDF 1.7 with AES and no readable content', () => {
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Encrypt');
    expect(raw).toContain('/AESV2');
    expect(raw).not.toContain('Rahmawati');
  });

  it('does not open without the password, nor with a wrong one', async () => {
    await expect(openPdf(pdf)).rejects.toMatchObject({ name: 'PasswordException', code: PasswordResponses.NEED_PASSWORD });
    await expect(openPdf(pdf, '01011990')).rejects.toMatchObject({
      name: 'PasswordException',
      code: PasswordResponses.INCORRECT_PASSWORD,
    });
  });

  it('shows the agency, title, period and employee identity', () => {
    for (const expected of [
      'PEMERINTAH KOTA SERANG',
      'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA',
      'Jl. Jenderal Sudirman No. 5, Kota Serang, Banten 42118',
      'SLIP GAJI',
      'Periode: November 2026',
      ': Siti Rahmawati, S.E.',
      ': 199008172015032001',
      ': Penata Muda Tk. I (III/b)',
      ': Analis Kepegawaian Ahli Pertama',
      ': Bidang Pengembangan Kompetensi',
      ': PNS',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('lists earnings and deductions with their totals and the net pay in figures and words', () => {
    for (const expected of [
      'PENGHASILAN',
      'Gaji pokok',
      'Rp 3.500.000',
      'Tunjangan beras',
      'Rp 289.680',
      'Jumlah penghasilan',
      'Rp 4.464.700',
      'POTONGAN',
      'Iuran wajib pegawai (IWP)',
      'Rp 159.200',
      'Jumlah potongan',
      'Rp 214.400',
      'GAJI BERSIH',
      'Rp 4.250.300',
      'Terbilang: empat juta dua ratus lima puluh ribu tiga ratus rupiah',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('puts each amount on its label line, right-aligned to one edge', () => {
    const amounts = items.filter((i) => i.text.startsWith('Rp '));
    expect(amounts).toHaveLength(12);
    const rightEdges = amounts.map((i) => i.x + i.width);
    for (const edge of rightEdges) expect(edge).toBeCloseTo(rightEdges[0] ?? 0, 0);
    const label = items.find((i) => i.text === 'Gaji pokok');
    expect(amounts.find((i) => i.text === 'Rp 3.500.000')?.y).toBeCloseTo(label?.y ?? -1, 1);
  });

  it('prints the time in Jakarta and how to verify the slip', () => {
    expect(text).toContain('Dicetak 27 Nov 2026 10:02 WIB');
    expect(text).toContain('Kode verifikasi: K7QM-3XPA-9D');
    expect(text).toContain('Verifikasi: https://sapa.serangkota.go.id/verify/K7QM-3XPA-9D');
  });

  it('carries the QR code of its verification link', async () => {
    const doc = await openPdf(pdf, PASSWORD);
    const ops = await (await doc.getPage(1)).getOperatorList();
    await doc.destroy();
    expect(qrCellsOf(ops)).toEqual(qrCellsFor('https://sapa.serangkota.go.id/verify/K7QM-3XPA-9D'));
  });

  it('allows printing but not copying or changing', async () => {
    const doc = await openPdf(pdf, PASSWORD);
    const permissions = await doc.getPermissions();
    await doc.destroy();
    expect(permissions).toContain(PermissionFlag.PRINT);
    expect(permissions).toContain(PermissionFlag.PRINT_HIGH_QUALITY);
    expect(permissions).not.toContain(PermissionFlag.COPY);
    expect(permissions).not.toContain(PermissionFlag.MODIFY_CONTENTS);
    expect(permissions).not.toContain(PermissionFlag.MODIFY_ANNOTATIONS);
  });

  it('names the document after the period and the employee', async () => {
    const doc = await openPdf(pdf, PASSWORD);
    const { info } = await doc.getMetadata();
    await doc.destroy();
    expect(info).toMatchObject({ Title: 'Slip gaji November 2026 - Siti Rahmawati, S.E.' });
  });
});

describe('renderPayslipPdf, other slips', () => {
  it('opens with a given owner password too', async () => {
    const pdf = await renderPayslipPdf(makePayslipDocument(), {
      password: PASSWORD,
      ownerPassword: 'agency-owner-secret',
      generatedAt: GENERATED_AT,
    });
    const doc = await openPdf(pdf, 'agency-owner-secret');
    expect(doc.numPages).toBe(1);
    await doc.destroy();
  });

  it('fits every default component on one page and wraps a long net in words', async () => {
    const lines = Object.values(DEFAULT_WIDE_MAPPING.columns).map((column, index) => ({
      ...column,
      amount: column.kind === 'EARNING' ? 177_777_777 : 1,
      position: index + 1,
    }));
    const earnings = lines.filter((l) => l.kind === 'EARNING').reduce((a, l) => a + l.amount, 0);
    const deductions = lines.filter((l) => l.kind === 'DEDUCTION').reduce((a, l) => a + l.amount, 0);
    const data = makePayslipDocument({ lines, earnings, deductions, net: earnings - deductions });
    const { pages, items } = await pdfTexts(
      await renderPayslipPdf(data, { password: PASSWORD, generatedAt: GENERATED_AT }),
      PASSWORD,
    );
    expect(pages).toBe(1);
    const text = items.map((i) => i.text).join(' ');
    expect(text).toContain('Rp 1.777.777.770');
    expect(text).toContain('Rp 1.777.777.764');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Terbilang: satu miliar tujuh ratus tujuh puluh tujuh juta tujuh ratus tujuh puluh tujuh ribu ' +
        'tujuh ratus enam puluh empat rupiah',
    );
    const wordsStart = items.findIndex((i) => i.text.startsWith('Terbilang:'));
    expect(items[wordsStart + 1]?.y).toBeLessThan(items[wordsStart]?.y ?? 0);
    expect(items[wordsStart + 1]?.text).toMatch(/rupiah$/);
    expect(text).toContain('Utang kepada negara');
  });

  it('says so when a slip has no deductions', async () => {
    const data = makePayslipDocument({
      lines: [{ kind: 'EARNING', code: 'GAJI_POKOK', label: 'Gaji pokok', amount: 2_000_000, position: 1 }],
      earnings: 2_000_000,
      deductions: 0,
      net: 2_000_000,
      employee: { ...makePayslipDocument().employee, status: 'PPPK' },
    });
    const { items } = await pdfTexts(await renderPayslipPdf(data, { password: PASSWORD, generatedAt: GENERATED_AT }), PASSWORD);
    const text = items.map((i) => i.text).join('\n');
    expect(text).toContain('(tidak ada)');
    expect(text).toContain(': PPPK');
    expect(text).toContain('Terbilang: dua juta rupiah');
  });
});
