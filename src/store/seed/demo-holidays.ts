/**
 * Holidays of 2026 and 2027 for the demo organisation, after the SKB 3 Menteri
 * lists. HR imports the official list each year; the table is authoritative.
 */
export type DemoHoliday = { date: string; name: string; kind: 'NATIONAL' | 'CUTI_BERSAMA' };

const n = (date: string, name: string): DemoHoliday => ({ date, name, kind: 'NATIONAL' });
const cb = (date: string, name: string): DemoHoliday => ({ date, name, kind: 'CUTI_BERSAMA' });

export const demoHolidays: readonly DemoHoliday[] = [
  n('2026-01-01', 'Tahun Baru 2026 Masehi'),
  n('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
  cb('2026-02-16', 'Cuti Bersama Tahun Baru Imlek'),
  n('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
  cb('2026-03-18', 'Cuti Bersama Hari Suci Nyepi'),
  n('2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'),
  n('2026-03-20', 'Idul Fitri 1447 Hijriah'),
  n('2026-03-21', 'Idul Fitri 1447 Hijriah'),
  cb('2026-03-23', 'Cuti Bersama Idul Fitri'),
  cb('2026-03-24', 'Cuti Bersama Idul Fitri'),
  n('2026-04-03', 'Wafat Yesus Kristus'),
  n('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
  n('2026-05-01', 'Hari Buruh Internasional'),
  n('2026-05-14', 'Kenaikan Yesus Kristus'),
  cb('2026-05-15', 'Cuti Bersama Kenaikan Yesus Kristus'),
  n('2026-05-27', 'Idul Adha 1447 Hijriah'),
  cb('2026-05-28', 'Cuti Bersama Idul Adha'),
  n('2026-05-31', 'Hari Raya Waisak 2570 BE'),
  n('2026-06-01', 'Hari Lahir Pancasila'),
  n('2026-06-16', 'Tahun Baru Islam 1448 Hijriah'),
  n('2026-08-17', 'Hari Proklamasi Kemerdekaan RI'),
  n('2026-08-25', 'Maulid Nabi Muhammad SAW'),
  cb('2026-12-24', 'Cuti Bersama Hari Raya Natal'),
  n('2026-12-25', 'Hari Raya Natal'),
  n('2027-01-01', 'Tahun Baru 2027 Masehi'),
  n('2027-01-05', 'Isra Mikraj Nabi Muhammad SAW'),
  cb('2027-02-05', 'Cuti Bersama Tahun Baru Imlek'),
  n('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili'),
  n('2027-03-09', 'Idul Fitri 1448 Hijriah'),
  n('2027-03-10', 'Idul Fitri 1448 Hijriah'),
  cb('2027-03-11', 'Cuti Bersama Idul Fitri'),
  cb('2027-03-12', 'Cuti Bersama Idul Fitri'),
  n('2027-03-26', 'Wafat Yesus Kristus'),
  n('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)'),
  n('2027-04-08', 'Hari Suci Nyepi Tahun Baru Saka 1949'),
  n('2027-05-01', 'Hari Buruh Internasional'),
  n('2027-05-06', 'Kenaikan Yesus Kristus'),
  cb('2027-05-07', 'Cuti Bersama Kenaikan Yesus Kristus'),
  n('2027-05-17', 'Idul Adha 1448 Hijriah'),
  n('2027-05-20', 'Hari Raya Waisak 2571 BE'),
  n('2027-06-01', 'Hari Lahir Pancasila'),
  n('2027-06-06', 'Tahun Baru Islam 1449 Hijriah'),
  n('2027-08-15', 'Maulid Nabi Muhammad SAW'),
  n('2027-08-17', 'Hari Proklamasi Kemerdekaan RI'),
  cb('2027-12-24', 'Cuti Bersama Hari Raya Natal'),
  n('2027-12-25', 'Hari Raya Natal'),
];
