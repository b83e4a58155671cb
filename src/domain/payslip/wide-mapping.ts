import type { LineKind } from './payslip-types';

/**
 * How the columns of a wide payroll export (one row per employee) become slip
 * lines. Column names are compared after normalising (lower case, spaces and
 * dashes to "_"). A column that is neither mapped nor ignored is refused, so
 * a component is never silently dropped.
 */
export interface WideColumn {
  kind: LineKind;
  code: string;
  label: string;
}

export interface WideMapping {
  nipColumn: string;
  netColumn: string;
  columns: Readonly<Record<string, WideColumn>>;
  /** Informational columns (name, grade...) that carry no amount. */
  ignoredColumns: readonly string[];
}

const earning = (code: string, label: string): WideColumn => ({ kind: 'EARNING', code, label });
const deduction = (code: string, label: string): WideColumn => ({ kind: 'DEDUCTION', code, label });

/** The usual PNS components (RULES.md, "Payslip components"); labels as printed on the slip. */
export const DEFAULT_WIDE_MAPPING: WideMapping = {
  nipColumn: 'nip',
  netColumn: 'net',
  columns: {
    gaji_pokok: earning('GAJI_POKOK', 'Gaji pokok'),
    tunj_istri: earning('TUNJ_ISTRI', 'Tunjangan istri/suami'),
    tunj_anak: earning('TUNJ_ANAK', 'Tunjangan anak'),
    tunj_umum: earning('TUNJ_UMUM', 'Tunjangan umum'),
    tunj_jabatan: earning('TUNJ_JABATAN', 'Tunjangan jabatan'),
    tunj_fungsional: earning('TUNJ_FUNGSIONAL', 'Tunjangan fungsional'),
    tunj_beras: earning('TUNJ_BERAS', 'Tunjangan beras'),
    tunj_khusus: earning('TUNJ_KHUSUS', 'Tunjangan khusus'),
    tunj_pph: earning('TUNJ_PPH', 'Tunjangan PPh'),
    pembulatan: earning('PEMBULATAN', 'Pembulatan'),
    iwp: deduction('IWP', 'Iuran wajib pegawai (IWP)'),
    bpjs: deduction('BPJS', 'BPJS Kesehatan'),
    tapera: deduction('TAPERA', 'Tapera'),
    pph21: deduction('PPH21', 'PPh 21'),
    sewa_rumah: deduction('SEWA_RUMAH', 'Sewa rumah dinas'),
    utang: deduction('UTANG', 'Utang kepada negara'),
  },
  ignoredColumns: ['no', 'nama', 'name', 'pangkat', 'golongan', 'jabatan', 'unit', 'unit_kerja', 'status'],
};
