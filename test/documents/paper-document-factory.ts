import type { FormLeaveType, FormStep, LeaveFormDocument, LeaveLetterDocument } from '../../src/domain/paperwork/leave-paper-document';
import { leaveLength } from '../../src/domain/paperwork/leave-length';

export const LETTERHEAD = {
  lines: ['PEMERINTAH KOTA SERANG', 'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA'],
  address: 'Jl. Jenderal Sudirman No. 5, Kota Serang, Banten 42118',
};

const SUPERVISOR_SIGNATURE = { name: 'Budi Santoso, S.Sos.', nip: '197805122005011002', channel: 'Telegram', at: new Date('2026-11-27T03:02:00Z') };
const OFFICIAL_SIGNATURE = { name: 'Dr. Hj. Ratna Dewi, M.Si.', nip: '196904141994032005', channel: 'Telegram', at: new Date('2026-11-27T07:30:00Z') };

/** Dates per type: lengths the annex words differently (working days, days, months, years). */
export const DATES: Record<FormLeaveType, { start: string; end: string; days: number }> = {
  CT: { start: '2026-12-07', end: '2026-12-09', days: 3 },
  CB: { start: '2027-01-04', end: '2027-04-03', days: 90 },
  CS: { start: '2026-12-07', end: '2026-12-11', days: 5 },
  CM: { start: '2027-01-04', end: '2027-04-03', days: 90 },
  CAP: { start: '2026-12-07', end: '2026-12-16', days: 10 },
  CLTN: { start: '2027-01-01', end: '2027-12-31', days: 365 },
};

export type Path = 'APPROVE' | 'CHANGE' | 'DEFER' | 'REJECT';

function official(path: Path): FormStep {
  return {
    state: 'DECIDED',
    decision: path,
    note: path === 'APPROVE' ? null : path === 'CHANGE' ? 'Digeser satu pekan' : path === 'DEFER' ? 'Kebutuhan dinas akhir tahun' : 'Tenaga tidak mencukupi',
    changed: path === 'CHANGE' ? { start: '2026-12-14', end: '2026-12-16' } : null,
    signature: OFFICIAL_SIGNATURE,
  };
}

export function makeLeaveForm(typeCode: FormLeaveType = 'CT', path: Path = 'APPROVE', overrides: Partial<LeaveFormDocument> = {}): LeaveFormDocument {
  const { start, end, days } = DATES[typeCode];
  return {
    letterhead: LETTERHEAD,
    place: 'Serang',
    date: '2026-11-25',
    addressee: 'Kepala Badan Kepegawaian dan Pengembangan SDM',
    employee: {
      name: 'Siti Rahmawati, S.E.',
      nip: '199008172015032001',
      position: 'Analis Kepegawaian Ahli Pertama',
      serviceYears: 11,
      serviceMonths: 8,
      unit: 'Bidang Pengembangan Kompetensi',
    },
    typeCode,
    reason: 'Menghadiri pernikahan adik di Bandung',
    length: leaveLength(typeCode, start, end, days),
    start,
    end,
    record: {
      annual: [
        { year: 2024, left: 0, remark: 'sisa tahun 2024' },
        { year: 2025, left: 4, remark: 'sisa tahun 2025' },
        { year: 2026, left: 9, remark: 'tahun berjalan' },
      ],
      others: { CB: '-', CS: '1 kali, 2 hari (2026)', CM: '-', CAP: '-', CLTN: '-' },
    },
    addressDuring: 'Jl. Ahmad Yani 12, Bandung',
    phone: '081234567890',
    requester: { name: 'Siti Rahmawati, S.E.', nip: '199008172015032001', channel: 'WhatsApp', at: new Date('2026-11-25T02:15:00Z'), proxyName: null },
    supervisor: { state: 'DECIDED', decision: 'APPROVE', note: null, changed: null, signature: SUPERVISOR_SIGNATURE },
    official: official(path),
    statusLabel: { APPROVE: 'disetujui', CHANGE: 'disetujui dengan perubahan', DEFER: 'ditangguhkan', REJECT: 'tidak disetujui' }[path],
    verification: { code: 'K7QM-3XPA-9D', url: 'https://sapa.serangkota.go.id/verify/K7QM-3XPA-9D' },
    printedAt: new Date('2026-11-27T08:00:00Z'),
    ...overrides,
  };
}

export function makeLeaveLetter(typeCode: FormLeaveType = 'CT', overrides: Partial<LeaveLetterDocument> = {}): LeaveLetterDocument {
  const { start, end, days } = DATES[typeCode];
  return {
    letterhead: LETTERHEAD,
    place: 'Serang',
    date: '2026-11-27',
    number: '800.1.11.4/17/BKPSDM/2026',
    version: 1,
    typeCode,
    year: 2026,
    employee: {
      name: 'Siti Rahmawati, S.E.',
      nip: '199008172015032001',
      rank: 'Penata Muda Tk. I (III/b)',
      position: 'Analis Kepegawaian Ahli Pertama',
      unit: 'Bidang Pengembangan Kompetensi',
      kind: 'PNS',
    },
    length: leaveLength(typeCode, start, end, days),
    start,
    end,
    official: { ...OFFICIAL_SIGNATURE, position: 'Kepala Badan Kepegawaian dan Pengembangan SDM' },
    copies: ['Wali Kota Serang', 'Inspektur Kota Serang', 'Atasan langsung yang bersangkutan'],
    verification: { code: 'M2V8-QW4R-TZ', url: 'https://sapa.serangkota.go.id/verify/M2V8-QW4R-TZ' },
    printedAt: new Date('2026-11-27T08:00:00Z'),
    ...overrides,
  };
}
