import { describe, expect, it } from 'vitest';
import { FORM_LEAVE_TYPES } from '../../src/domain/paperwork/leave-paper-document';
import { renderLeaveFormPdf } from '../../src/documents/render-leave-form-pdf';
import { renderLeaveLetterPdf } from '../../src/documents/render-leave-letter-pdf';
import { pdfTexts } from '../payslip/read-pdf';
import { makeLeaveForm, makeLeaveLetter, type Path } from './paper-document-factory';
import { qrCellsOf, qrCellsFor } from './read-qr-cells';

async function textOf(pdf: Buffer): Promise<{ pages: number; lines: string[] }> {
  const { pages, items } = await pdfTexts(pdf, '');
  return { pages, lines: items.map((i) => i.text) };
}

const TYPE_NAMES = {
  CT: 'Cuti Tahunan',
  CB: 'Cuti Besar',
  CS: 'Cuti Sakit',
  CM: 'Cuti Melahirkan',
  CAP: 'Cuti Karena Alasan Penting',
  CLTN: 'Cuti di Luar Tanggungan Negara',
} as const;

const LENGTHS = { CT: '3 hari kerja', CB: '3 bulan', CS: '5 hari', CM: '3 bulan', CAP: '10 hari', CLTN: '1 tahun' } as const;
const PATHS: Path[] = ['APPROVE', 'CHANGE', 'DEFER', 'REJECT'];
const DECISION_LABELS = { APPROVE: 'DISETUJUI', CHANGE: 'PERUBAHAN****', DEFER: 'DITANGGUHKAN****', REJECT: 'TIDAK DISETUJUI****' } as const;

describe('renderLeaveFormPdf', () => {
  describe.each(FORM_LEAVE_TYPES.flatMap((type) => PATHS.map((path) => [type, path] as const)))('%s, official decides %s', (type, path) => {
    it('prints every part of Anak Lampiran I.b in order with its values, the ticks and the verification', async () => {
      const pdf = await renderLeaveFormPdf(makeLeaveForm(type, path), { ref: 'CT-2026-0001' });
      const { pages, lines } = await textOf(pdf);
      expect(pages).toBe(1);
      const text = lines.join('\n');
      const parts = [
        'FORMULIR PERMINTAAN DAN PEMBERIAN CUTI',
        'I. DATA PEGAWAI',
        'II. JENIS CUTI YANG DIAMBIL**',
        'III. ALASAN CUTI',
        'IV. LAMANYA CUTI',
        'V. CATATAN CUTI***',
        'VI. ALAMAT SELAMA MENJALANKAN CUTI',
        'VII. PERTIMBANGAN ATASAN LANGSUNG**',
        'VIII. KEPUTUSAN PEJABAT YANG BERWENANG MEMBERIKAN CUTI**',
      ];
      const positions = parts.map((p) => lines.indexOf(p));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      for (const expected of [
        'PEMERINTAH KOTA SERANG',
        'Serang, 25 Nov 2026',
        'Yth. Kepala Badan Kepegawaian dan',
        'Siti Rahmawati, S.E.',
        '199008172015032001',
        'Analis Kepegawaian Ahli Pertama',
        '11 tahun 8 bulan',
        'Bidang Pengembangan Kompetensi',
        'Menghadiri pernikahan adik di Bandung',
        LENGTHS[type],
        'N-2 (2024)',
        'N-1 (2025)',
        'N (2026)',
        '4 hari',
        '9 hari',
        '1 kali, 2 hari (2026)',
        '2. CUTI BESAR',
        '6. CUTI DI LUAR TANGGUNGAN',
        'Jl. Ahmad Yani 12, Bandung',
        '081234567890',
        'Kode verifikasi: K7QM-3XPA-9D',
        'Periksa keaslian: https://sapa.serangkota.go.id/verify/K7QM-3XPA-9D',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).toMatch(/Ditandatangani secara elektronik oleh Siti\s+Rahmawati, S\.E\. melalui WhatsApp, 25 Nov 2026\s+09:15 WIB/);
      expect(text).toMatch(/oleh Budi Santoso,\s+S\.Sos\. melalui Telegram, 27 Nov 2026 10:02 WIB/);
      expect(text).toMatch(/oleh Dr\. Hj\. Ratna\s+Dewi, M\.Si\. melalui Telegram, 27 Nov 2026 14:30/);

      // II: the type's box is the one ticked; VII: the supervisor approved; VIII: the official's path.
      const typeIndex = FORM_LEAVE_TYPES.indexOf(type);
      expect(lines[lines.indexOf(`${typeIndex + 1}. ${TYPE_NAMES[type]}`) + 1]).toBe('V');
      expect(lines.filter((l) => l === 'V')).toHaveLength(3);
      const vii = lines.slice(positions[7], positions[8]);
      expect(vii[vii.indexOf('DISETUJUI') + 1]).toBe('V');
      const viii = lines.slice(positions[8]);
      expect(viii[viii.indexOf(DECISION_LABELS[path]) + 1]).toBe('V');
      if (path === 'CHANGE') expect(viii.join('\n')).toContain('Tanggal diubah menjadi 14-16 Des 2026\nAlasan: Digeser satu pekan');
      if (path === 'DEFER') expect(viii).toContain('Alasan: Kebutuhan dinas akhir tahun');
      if (path === 'REJECT') expect(viii).toContain('Alasan: Tenaga tidak mencukupi');
      expect(qrCellsOf(await pdfOps(pdf))).toEqual(qrCellsFor('https://sapa.serangkota.go.id/verify/K7QM-3XPA-9D'));
    });
  });

  it('says who still decides, and that the official was not needed', async () => {
    const pdf = await renderLeaveFormPdf(
      makeLeaveForm('CT', 'APPROVE', { supervisor: { state: 'PENDING', approverName: 'Budi Santoso' }, official: { state: 'NOT_NEEDED' }, statusLabel: 'menunggu keputusan' }),
      { ref: 'CT-2026-0001' },
    );
    const { lines } = await textOf(pdf);
    expect(lines).toContain('Menunggu keputusan Budi Santoso');
    expect(lines.join(' ')).toContain('Tidak diperlukan: keputusan sebelumnya bersifat akhir menurut kebijakan instansi');
    expect(lines.filter((l) => l === 'V')).toHaveLength(1);
  });
});

const CONDITIONS = {
  CT: ['Sebelum menjalankan cuti tahunan, wajib menyerahkan pekerjaannya', 'Setelah selesai menjalankan cuti tahunan, wajib melaporkan diri'],
  CB: ['Sebelum menjalankan cuti besar', 'tidak berhak atas tunjangan jabatan', 'Setelah selesai menjalankan cuti besar'],
  CS: ['Sebelum menjalankan cuti sakit', 'Setelah selesai menjalankan cuti sakit'],
  CM: ['Sebelum menjalankan cuti melahirkan', 'memberitahukan tanggal persalinan', 'Setelah selesai menjalankan cuti melahirkan'],
  CAP: ['Sebelum menjalankan cuti karena alasan penting', 'Setelah selesai menjalankan cuti karena alasan penting'],
  CLTN: ['diberhentikan dari jabatannya', 'tidak diperhitungkan sebagai masa kerja', 'melaporkan diri secara tertulis'],
} as const;

describe('renderLeaveLetterPdf', () => {
  it.each(FORM_LEAVE_TYPES)('prints the Surat Izin %s after the annex model, with its conditions, official, copies and QR', async (type) => {
    const pdf = await renderLeaveLetterPdf(makeLeaveLetter(type));
    const { pages, lines } = await textOf(pdf);
    expect(pages).toBe(1);
    const text = lines.join(' ');
    for (const expected of [
      'PEMERINTAH KOTA SERANG',
      `SURAT IZIN ${TYPE_NAMES[type].toUpperCase()}`,
      'NOMOR: 800.1.11.4/17/BKPSDM/2026',
      ': Siti Rahmawati, S.E.',
      ': 199008172015032001',
      ': Penata Muda Tk. I (III/b)',
      ': Analis Kepegawaian Ahli Pertama',
      ': Bidang Pengembangan Kompetensi',
      `selama ${LENGTHS[type]}, terhitung mulai tanggal`,
      ...CONDITIONS[type],
      `Demikian surat izin ${TYPE_NAMES[type].toLowerCase()} ini dibuat`,
      'Serang, 27 Nov 2026',
      'Kepala Badan Kepegawaian dan Pengembangan',
      'Dr. Hj. Ratna Dewi, M.Si.',
      'NIP 196904141994032005',
      'Tembusan:',
      '1. Wali Kota Serang',
      '3. Atasan langsung yang bersangkutan',
      'Kode verifikasi: M2V8-QW4R-TZ',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain(type === 'CT' ? 'Diberikan cuti tahunan untuk tahun 2026 kepada Pegawai Negeri Sipil:' : 'kepada Pegawai Negeri Sipil:');
    expect(qrCellsOf(await pdfOps(pdf))).toEqual(qrCellsFor('https://sapa.serangkota.go.id/verify/M2V8-QW4R-TZ'));
  });

  it('names a PPPK employee as such, and a later version as replacing the earlier one', async () => {
    const letter = makeLeaveLetter('CT', { version: 2 });
    const pdf = await renderLeaveLetterPdf({ ...letter, employee: { ...letter.employee, kind: 'PPPK' } });
    const text = (await textOf(pdf)).lines.join(' ');
    expect(text).toContain('kepada Pegawai Pemerintah dengan Perjanjian Kerja:');
    expect(text).toContain('Versi 2: menggantikan versi sebelumnya');
  });
});

async function pdfOps(pdf: Buffer) {
  const { openPdf } = await import('../payslip/read-pdf');
  const doc = await openPdf(pdf);
  const page = await doc.getPage(1);
  const ops = await page.getOperatorList();
  await doc.destroy();
  return ops;
}
