/**
 * A realistic city for tests and the bench (never the demo): the Pemerintah
 * Kota with the Wali Kota at its head, the Sekretariat Daerah (the Sekda) with
 * its bagian, and 30+ OPD (dinas, badan, kecamatan, RSUD) under it, each with
 * bidang and seksi, heads, and its head named as the authorized official of
 * the OPD. Cuti besar and CLTN go above the agency head, to the Sekda. Pure
 * data, deterministic for a given size; insertCity writes it in bulk.
 */

export interface CityUnit {
  code: string;
  name: string;
  parentCode: string | null;
  headNip: string | null;
}

export interface CityEmployee {
  nip: string;
  name: string;
  kind: 'PNS' | 'PPPK';
  rank: string;
  position: string;
  unitCode: string;
  role: 'EMPLOYEE' | 'HR';
  serviceStart: string;
  contractEnd: string | null;
  birthDate: string;
  gender: 'M' | 'F';
  /** The OPD (or the Sekretariat Daerah, or the city) the employee works in. */
  agencyCode: string;
}

export interface CityOfficial {
  unitCode: string;
  typeCode: string;
  officialNip: string;
}

export interface CityDelegation {
  fromNip: string;
  toNip: string;
  startDate: string;
  endDate: string;
}

export interface City {
  units: CityUnit[];
  employees: CityEmployee[];
  officials: CityOfficial[];
  delegations: CityDelegation[];
  /** PolicyValue 'leave.authority': types above the agency head. */
  authority: { aboveAgency: Record<string, string>; grantor: string };
  mayorNip: string;
  sekdaNip: string;
  /** OPD code -> its head's NIP. */
  agencyHeads: Record<string, string>;
}

export const CITY_ROOT = 'KOTA';
export const CITY_SETDA = 'SETDA';

const OPD = [
  'Dinas Pendidikan dan Kebudayaan', 'Dinas Kesehatan', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas Perumahan dan Kawasan Permukiman',
  'Dinas Sosial', 'Dinas Tenaga Kerja', 'Dinas Lingkungan Hidup', 'Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Perhubungan',
  'Dinas Komunikasi dan Informatika', 'Dinas Koperasi dan UKM', 'Dinas Penanaman Modal dan PTSP', 'Dinas Pemuda dan Olahraga',
  'Dinas Pariwisata', 'Dinas Perpustakaan dan Kearsipan', 'Dinas Pertanian', 'Dinas Perikanan', 'Dinas Perindustrian dan Perdagangan',
  'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'Satuan Polisi Pamong Praja', 'Badan Perencanaan Pembangunan Daerah',
  'Badan Pengelolaan Keuangan dan Aset Daerah', 'Badan Pendapatan Daerah', 'Badan Kepegawaian dan Pengembangan SDM',
  'Badan Penanggulangan Bencana Daerah', 'Badan Kesatuan Bangsa dan Politik', 'Inspektorat', 'Sekretariat DPRD', 'RSUD Kota',
  'Kecamatan Serang', 'Kecamatan Cipocok Jaya', 'Kecamatan Taktakan', 'Kecamatan Kasemen', 'Kecamatan Walantaka', 'Kecamatan Curug',
];
const BIDANG = ['Sekretariat', 'Bidang Program', 'Bidang Pelayanan', 'Bidang Pembinaan'];
const SEKSI = ['Seksi Perencanaan', 'Seksi Pelaksanaan', 'Seksi Evaluasi'];
const BAGIAN = ['Bagian Umum', 'Bagian Hukum', 'Bagian Organisasi', 'Bagian Pemerintahan'];
const FIRST = ['Ahmad', 'Siti', 'Budi', 'Dewi', 'Rizky', 'Nur', 'Agus', 'Fitri', 'Hendra', 'Rina', 'Yusuf', 'Lestari', 'Dedi', 'Ayu', 'Bambang', 'Wulan', 'Eko', 'Indah', 'Fajar', 'Ratna', 'Iwan', 'Sri', 'Joko', 'Maya'];
const LAST = ['Hidayat', 'Rahmawati', 'Santoso', 'Permata', 'Pratama', 'Aisyah', 'Saputra', 'Handayani', 'Gunawan', 'Susanti', 'Maulana', 'Kurniawati', 'Setiawan', 'Puspita', 'Nugroho', 'Anggraini', 'Wibowo', 'Lubis'];
const RANKS = ['II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a'];
const STAFF = ['Analis Kebijakan', 'Pengelola Data', 'Arsiparis', 'Pranata Komputer', 'Pengadministrasi Umum', 'Penyuluh', 'Perawat', 'Guru'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Builds a city of about `size` employees (at least one per head). */
export function generateCity(size = 10_000): City {
  const units: CityUnit[] = [];
  const employees: CityEmployee[] = [];
  const nips = new Set<string>();
  let seq = 0;

  const person = (unitCode: string, agencyCode: string, position: string, role: 'EMPLOYEE' | 'HR' = 'EMPLOYEE', senior = false): CityEmployee => {
    const i = seq++;
    const kind: 'PNS' | 'PPPK' = senior || i % 7 !== 0 ? 'PNS' : 'PPPK';
    const gender: 'M' | 'F' = i % 2 === 0 ? 'M' : 'F';
    const birthYear = senior ? 1966 + (i % 8) : 1966 + ((i * 7) % 34);
    const birthDate = `${birthYear}-${pad(1 + ((i * 5) % 12), 2)}-${pad(1 + ((i * 11) % 28), 2)}`;
    const serviceYear = kind === 'PNS' ? Math.min(2024, Math.max(birthYear + 23, 1990 + ((i * 3) % 34))) : 2021 + (i % 4);
    const serviceStart = `${serviceYear}-${kind === 'PNS' ? '03' : '04'}-01`;
    let n = i;
    let nip = '';
    do {
      nip = `${birthDate.replaceAll('-', '')}${serviceStart.slice(0, 7).replace('-', '')}${gender === 'M' ? 1 : 2}${pad(n % 1000, 3)}`;
      n += 1;
    } while (nips.has(nip));
    nips.add(nip);
    const employee: CityEmployee = {
      nip, name: `${FIRST[(i * 3) % FIRST.length]} ${LAST[(i * 7 + Math.floor(i / 50)) % LAST.length]}`, kind,
      rank: kind === 'PNS' ? (senior ? 'IV/c' : RANKS[i % RANKS.length]!) : 'IX', position, unitCode, role,
      serviceStart, contractEnd: kind === 'PPPK' ? `${serviceYear + 5}-03-31` : null, birthDate, gender, agencyCode,
    };
    employees.push(employee);
    return employee;
  };
  const unit = (code: string, name: string, parentCode: string | null, agencyCode: string, headTitle: string): CityUnit => {
    const head = person(code, agencyCode, headTitle, 'EMPLOYEE', parentCode === null || parentCode === CITY_ROOT || parentCode === CITY_SETDA);
    const u: CityUnit = { code, name, parentCode, headNip: head.nip };
    units.push(u);
    return u;
  };

  const root = unit(CITY_ROOT, 'Pemerintah Kota Serang', null, CITY_ROOT, 'Wali Kota');
  const setda = unit(CITY_SETDA, 'Sekretariat Daerah', CITY_ROOT, CITY_SETDA, 'Sekretaris Daerah');
  BAGIAN.forEach((name, b) => unit(`${CITY_SETDA}-B${b + 1}`, name, CITY_SETDA, CITY_SETDA, `Kepala ${name}`));
  const agencyHeads: Record<string, string> = {};
  const leaves: CityUnit[] = [];
  OPD.forEach((name, o) => {
    const code = `OPD${pad(o + 1, 2)}`;
    const opd = unit(code, name, CITY_SETDA, code, name.startsWith('Kecamatan') ? 'Camat' : `Kepala ${name}`);
    agencyHeads[code] = opd.headNip!;
    BIDANG.forEach((bidang, b) => {
      const bidangCode = `${code}-B${b + 1}`;
      unit(bidangCode, bidang, code, code, b === 0 ? 'Sekretaris' : `Kepala ${bidang}`);
      if (b === 0) leaves.push(units.at(-1)!);
      else SEKSI.forEach((seksi, s) => leaves.push(unit(`${bidangCode}-S${s + 1}`, seksi, bidangCode, code, `Kepala ${seksi}`)));
    });
  });
  const setdaLeaves = units.filter((u) => u.parentCode === CITY_SETDA && u.code.startsWith(`${CITY_SETDA}-`));
  const pool = [...setdaLeaves, ...leaves];
  const agencyOf = (u: CityUnit) => (u.code.startsWith(CITY_SETDA) ? CITY_SETDA : u.code.slice(0, 5));
  for (let i = 0; employees.length < size; i += 1) {
    const u = pool[i % pool.length]!;
    const agency = agencyOf(u);
    const hr = agency === 'OPD24' && i % 10 === 0;
    person(u.code, agency, hr ? 'Analis SDM Aparatur' : STAFF[i % STAFF.length]!, hr ? 'HR' : 'EMPLOYEE');
  }

  const officials: CityOfficial[] = [
    { unitCode: CITY_SETDA, typeCode: '*', officialNip: setda.headNip! },
    ...Object.entries(agencyHeads).map(([unitCode, officialNip]) => ({ unitCode, typeCode: '*', officialNip })),
  ];
  // A few heads of sub-units away, each standing in for by a colleague of the same OPD, in December 2026.
  const delegations: CityDelegation[] = leaves.slice(0, 20).flatMap((u, k) => {
    const colleague = employees.find((e) => e.unitCode === u.code && e.nip !== u.headNip);
    return colleague ? [{ fromNip: u.headNip!, toNip: colleague.nip, startDate: `2026-12-${pad(1 + (k % 10), 2)}`, endDate: `2026-12-${pad(11 + (k % 10), 2)}` }] : [];
  });
  return {
    units, employees, officials, delegations,
    authority: { aboveAgency: { CB: CITY_SETDA, CLTN: CITY_SETDA }, grantor: 'Wali Kota' },
    mayorNip: root.headNip!, sekdaNip: setda.headNip!, agencyHeads,
  };
}
