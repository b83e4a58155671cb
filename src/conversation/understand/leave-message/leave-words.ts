import type { LeaveTypeCode } from '../../../domain/leave';

/**
 * The words of a leave request written in one message, normalized
 * (normalizeText: lowercase, no punctuation). Phrases are word lists; longer
 * words forgive a typo or two (see `allowedTypos`).
 */

/** Said with the leave word or as a code: these name the type outright, and are not part of a reason. */
export const EXPLICIT_TYPE_PHRASES: ReadonlyArray<readonly [LeaveTypeCode, readonly string[]]> = [
  ['CLTN', ['cuti', 'di', 'luar', 'tanggungan', 'negara']],
  ['CLTN', ['diluar', 'tanggungan', 'negara']],
  ['CLTN', ['luar', 'tanggungan', 'negara']],
  ['CLTN', ['luar', 'tanggungan']],
  ['CLTN', ['diluar', 'tanggungan']],
  ['CLTN', ['cltn']],
  ['CLTN', ['unpaid', 'leave']],
  ['CAP', ['cuti', 'karena', 'alasan', 'penting']],
  ['CAP', ['cuti', 'alasan', 'penting']],
  ['CAP', ['karena', 'alasan', 'penting']],
  ['CAP', ['alasan', 'penting']],
  ['CAP', ['cuti', 'penting']],
  ['CAP', ['important', 'reason', 'leave']],
  ['CAP', ['important', 'reason']],
  ['CAP', ['important', 'reasons']],
  ['CAP', ['compassionate', 'leave']],
  ['CAP', ['cuti', 'menikah']],
  ['CAP', ['cuti', 'nikah']],
  ['CAP', ['cap']],
  ['CB', ['cuti', 'besar']],
  ['CB', ['cuti', 'bsr']],
  ['CB', ['long', 'service', 'leave']],
  ['CB', ['long', 'leave']],
  ['CB', ['cb']],
  ['CM', ['cuti', 'melahirkan']],
  ['CM', ['cuti', 'bersalin']],
  ['CM', ['cuti', 'persalinan']],
  ['CM', ['cuti', 'lahiran']],
  ['CM', ['cuti', 'hamil']],
  ['CM', ['maternity', 'leave']],
  ['CM', ['maternity']],
  ['CS', ['cuti', 'sakit']],
  ['CS', ['izin', 'sakit']],
  ['CS', ['ijin', 'sakit']],
  ['CS', ['cuti', 'skt']],
  ['CS', ['sick', 'leave']],
  ['CT', ['cuti', 'tahunan']],
  ['CT', ['cuti', 'thn']],
  ['CT', ['cuti', 'thnan']],
  ['CT', ['annual', 'leave']],
  ['CT', ['tahunan']],
  ['CT', ['annual']],
  ['CT', ['anual']],
  ['CT', ['ct']],
];

/** Words that give the type away but also say why (kept in the reason): "ibu saya meninggal", "istri melahirkan". */
export const IMPLIED_TYPE_PHRASES: ReadonlyArray<readonly [LeaveTypeCode, readonly string[]]> = [
  ['CAP', ['istri', 'melahirkan']],
  ['CAP', ['istri', 'lahiran']],
  ['CAP', ['istri', 'bersalin']],
  ['CAP', ['wife', 'giving', 'birth']],
  ['CAP', ['meninggal']],
  ['CAP', ['wafat']],
  ['CAP', ['passed', 'away']],
  ['CS', ['sakit']],
  ['CS', ['skt']],
  ['CS', ['sick']],
];

/** "anak sakit", "ortu sakit", "rumah sakit": somebody else is ill, or it is a hospital. */
export const NOT_THE_EMPLOYEE: ReadonlySet<string> = new Set([
  'anak', 'ibu', 'ayah', 'bapak', 'ortu', 'tua', 'istri', 'suami', 'kakak', 'adik', 'mertua', 'nenek', 'kakek', 'keluarga',
  'rumah', 'child', 'son', 'daughter', 'mother', 'father', 'wife', 'husband', 'family',
]);

/** Words that make a message a leave request at all. */
export const LEAVE_WORDS: ReadonlySet<string> = new Set(['cuti', 'cutii', 'cuty', 'izin', 'ijin', 'leave', 'off']);

/** A question about leave is not a request: "sisa cuti saya berapa?". */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['berapa', 'brp', 'kapan', 'sisa', 'saldo', 'status', 'how', 'when', 'gimana', 'bagaimana']);

export const HALF_DAY_PHRASES: ReadonlyArray<readonly string[]> = [
  ['setengah', 'hari'], ['setengah', 'hr'], ['stgh', 'hari'], ['stgh', 'hr'], ['stengah', 'hari'], ['setengah', 'hri'], ['half', 'day'],
];
export const HALF_DAY_PARTS: ReadonlyMap<string, 'MORNING' | 'AFTERNOON'> = new Map(Object.entries({
  pagi: 'MORNING', morning: 'MORNING', am: 'MORNING',
  siang: 'AFTERNOON', sore: 'AFTERNOON', afternoon: 'AFTERNOON', pm: 'AFTERNOON',
}));

/** What introduces a reason. `label` markers only count as one when written as a label ("keperluan: ..."). */
export const REASON_MARKERS: ReadonlyArray<{ words: readonly string[]; label?: true }> = [
  { words: ['dalam', 'rangka'] }, { words: ['dlm', 'rangka'] }, { words: ['because', 'of'] }, { words: ['due', 'to'] },
  { words: ['untuk'] }, { words: ['utk'] }, { words: ['unt'] }, { words: ['buat'] }, { words: ['karena'] }, { words: ['dikarenakan'] }, { words: ['krn'] },
  { words: ['karna'] }, { words: ['krna'] }, { words: ['sebab'] }, { words: ['alasannya'] }, { words: ['alasan'] },
  { words: ['for'] }, { words: ['because'] }, { words: ['reason'] }, { words: ['keperluan'], label: true },
];

/**
 * What introduces an address. `toLine`: an address label, read to the end of
 * the line (an address has commas); `named`: only before a capitalized name
 * ("in Bandung", not "in the morning").
 */
export const ADDRESS_MARKERS: ReadonlyArray<{ words: readonly string[]; toLine?: true; named?: true }> = [
  { words: ['alamat', 'selama', 'cuti'], toLine: true }, { words: ['alamat', 'cuti'], toLine: true }, { words: ['alamat'], toLine: true },
  { words: ['almt'], toLine: true }, { words: ['address'], toLine: true }, { words: ['staying', 'at'] },
  { words: ['di'] }, { words: ['in'], named: true },
];

/** "ke Palembang" right after the dates: where the person will be. */
export const DESTINATION_WORD = 'ke';

/** Words that carry nothing of a reason around it: politeness, the asking itself, labels. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'mohon', 'permisi', 'izin', 'ijin', 'cuti', 'cutii', 'saya', 'sy', 'aku', 'mau', 'mo', 'ingin', 'aja', 'saja', 'pengen', 'minta', 'ambil', 'mengajukan', 'ajukan', 'pengajuan',
  'ya', 'yaa', 'pak', 'bu', 'dong', 'deh', 'nih', 'terima', 'kasih', 'makasih', 'tks', 'trims', 'maaf', 'tidak', 'tdk', 'gak', 'bisa', 'masuk',
  'kerja', 'hadir', 'selama', 'jenis', 'tanggal', 'tgl', 'seminggu', 'sehari', 'dan', 'juga', 'assalamualaikum', 'innalillahi', 'halo', 'selamat',
  'thanks', 'thank', 'you', 'please', 'pls', 'i', 'need', 'would', 'like', 'to', 'take', 'taking', 'can', 'request', 'apply', 'for', 'leave', 'am', 'on', 'since', 'from', 'mulai', 'dari', 'sejak',
]);

/** A clause about the doctor's letter is not a reason: "surat dokter nyusul". */
export const DOCUMENT_PHRASES: readonly string[] = ['surat dokter', 'surat dr', 'surat keterangan', 'surat sakit', 'doctor s note', 'doctors note', 'medical certificate', 'sick note'];

/** "mulai 2 jan", "since yesterday": a start with the end left open. */
export const OPEN_START_WORDS: ReadonlySet<string> = new Set(['mulai', 'dari', 'sejak', 'starting', 'from', 'since', 'start', 'per']);

/** "anak ke-2", "anak kedua": the child's order (maternity leave). */
export const CHILD_WORDS: ReadonlySet<string> = new Set(['anak', 'child']);

/** "3 bulan", "tiga bulan": a length the dates already say or the rules fix. */
export const DURATION_UNITS: ReadonlySet<string> = new Set(['bulan', 'bln', 'minggu', 'tahun', 'thn', 'months', 'month', 'weeks', 'week', 'years', 'year']);

/** Abbreviations whose full stop does not end a clause: "Jl. Merdeka". */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(['jl', 'jln', 'no', 'dr', 'rt', 'rw', 'kel', 'kec', 'kab', 'gg', 'tgl', 'st', 'prof', 'h', 'hj', 'blok', 'perum', 'komp']);
