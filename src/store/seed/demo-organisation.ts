import { demoPhone } from '../../domain/demo-phone';

/**
 * A deterministic demo organisation: a civil-service agency with a head, three
 * sub-units with their heads, staff (PNS and PPPK) and HR officers. The same
 * builder makes the 40-person demo and the 10,000-person benchmark organisation.
 */
export type DemoUnit = { code: string; name: string; parentCode: string | null; headNip: string };

export type DemoEmployee = {
  nip: string;
  name: string;
  kind: 'PNS' | 'PPPK';
  rank: string;
  position: string;
  unitCode: string;
  supervisorNip: string | null;
  role: 'EMPLOYEE' | 'HR';
  serviceStart: string;
  contractEnd: string | null;
  birthDate: string;
  gender: 'M' | 'F';
  phone: string;
  language: 'id' | 'en';
};

const FIRST = ['Ahmad', 'Siti', 'Budi', 'Dewi', 'Rizky', 'Nur', 'Agus', 'Fitri', 'Hendra', 'Rina', 'Yusuf', 'Lestari', 'Dedi', 'Ayu', 'Bambang', 'Wulan', 'Eko', 'Indah', 'Fajar', 'Ratna'];
const LAST = ['Hidayat', 'Rahmawati', 'Santoso', 'Permata', 'Pratama', 'Aisyah', 'Saputra', 'Handayani', 'Gunawan', 'Susanti', 'Maulana', 'Kurniawati', 'Setiawan', 'Puspita', 'Nugroho', 'Anggraini'];
const PNS_RANKS = ['II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d'];
const STAFF_POSITIONS = ['Analis Sumber Daya Manusia Aparatur', 'Pengelola Data Kepegawaian', 'Arsiparis', 'Pranata Komputer', 'Pengadministrasi Umum', 'Analis Kebijakan'];
const SUB_UNITS = [
  { code: 'SEKRET', name: 'Sekretariat' },
  { code: 'MUTASI', name: 'Bidang Mutasi dan Promosi' },
  { code: 'BANGKOM', name: 'Bidang Pengembangan Kompetensi' },
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** An 18-digit NIP: birth date, start of service (year+month), gender digit, sequence. */
export function makeNip(birthDate: string, serviceStart: string, gender: 'M' | 'F', seq: number): string {
  return `${birthDate.replaceAll('-', '')}${serviceStart.slice(0, 7).replace('-', '')}${gender === 'M' ? 1 : 2}${pad(seq % 1000, 3)}`;
}

function person(i: number, kind: 'PNS' | 'PPPK') {
  const gender: 'M' | 'F' = i % 2 === 0 ? 'M' : 'F';
  const birthYear = 1968 + (i * 7) % 30;
  const birthDate = `${birthYear}-${pad(1 + (i * 5) % 12, 2)}-${pad(1 + (i * 11) % 28, 2)}`;
  const serviceYear = kind === 'PNS' ? Math.max(birthYear + 23, 1995 + (i * 3) % 30) : 2022 + (i % 3);
  const serviceStart = `${Math.min(serviceYear, 2025)}-${kind === 'PNS' ? '03' : '04'}-01`;
  const name = `${FIRST[(i * 3) % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
  const nip = makeNip(birthDate, serviceStart, gender, i);
  return { gender, birthDate, serviceStart, name, nip };
}

export function buildDemoOrganisation(size = 40): { units: DemoUnit[]; employees: DemoEmployee[] } {
  const employees: DemoEmployee[] = [];
  const add = (i: number, e: Omit<DemoEmployee, 'nip' | 'name' | 'serviceStart' | 'birthDate' | 'gender' | 'phone' | 'language' | 'contractEnd'>) => {
    const p = person(i, e.kind);
    const employee: DemoEmployee = {
      ...e,
      nip: p.nip,
      name: p.name,
      serviceStart: p.serviceStart,
      birthDate: p.birthDate,
      gender: p.gender,
      phone: demoPhone(i),
      language: i % 10 === 9 ? 'en' : 'id',
      contractEnd: e.kind === 'PPPK' ? `${Number(p.serviceStart.slice(0, 4)) + 5}-03-31` : null,
    };
    employees.push(employee);
    return employee;
  };

  const chief = add(0, { kind: 'PNS', rank: 'IV/c', position: 'Kepala Badan', unitCode: 'BKPSDM', supervisorNip: null, role: 'EMPLOYEE' });
  const units: DemoUnit[] = [{ code: 'BKPSDM', name: 'Badan Kepegawaian dan Pengembangan SDM', parentCode: null, headNip: chief.nip }];
  const heads = SUB_UNITS.map((unit, k) => {
    const head = add(1 + k, { kind: 'PNS', rank: 'IV/a', position: k === 0 ? 'Sekretaris' : `Kepala ${unit.name}`, unitCode: unit.code, supervisorNip: chief.nip, role: 'EMPLOYEE' });
    units.push({ code: unit.code, name: unit.name, parentCode: 'BKPSDM', headNip: head.nip });
    return head;
  });

  for (let i = 1 + SUB_UNITS.length; i < size; i += 1) {
    const unitIndex = i % SUB_UNITS.length;
    const kind: 'PNS' | 'PPPK' = i % 4 === 3 ? 'PPPK' : 'PNS';
    const isHr = unitIndex === 0 && (i === 4 + 3 - 1 || i === 4 + 3 * 4 - 1 - 1) ? true : false;
    add(i, {
      kind,
      rank: kind === 'PNS' ? PNS_RANKS[i % PNS_RANKS.length]! : 'IX',
      position: isHr ? 'Analis Kepegawaian (Pengelola Cuti)' : STAFF_POSITIONS[i % STAFF_POSITIONS.length]!,
      unitCode: SUB_UNITS[unitIndex]!.code,
      supervisorNip: heads[unitIndex]!.nip,
      role: isHr ? 'HR' : 'EMPLOYEE',
    });
  }
  if (!employees.some((e) => e.role === 'HR')) {
    const sekretStaff = employees.find((e) => e.unitCode === 'SEKRET' && e.supervisorNip !== chief.nip);
    if (sekretStaff) sekretStaff.role = 'HR';
  }
  return { units, employees };
}
