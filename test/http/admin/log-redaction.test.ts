import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger';
import { demoPeople } from '../../support/factories';
import { adminTestApp, type AdminTestApp } from './admin-test-app';

function capture(): { stream: Writable; text(): string } {
  const chunks: string[] = [];
  return {
    stream: new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
    text: () => chunks.join(''),
  };
}

/** "1990-01-17" as ISO, compact (inside a NIP) and as people write it. */
const spellings = (day: string) => [day, day.replaceAll('-', ''), day.split('-').reverse().join('-')];

describe('logs of the admin API', () => {
  const log = capture();
  let t: AdminTestApp;
  let birthDates: string[];
  let secrets: string[];

  beforeAll(async () => {
    t = await adminTestApp({ logStream: log.stream });
    const { employee, pppk } = await demoPeople(t.db);
    const record = await t.db.prisma.employee.findUniqueOrThrow({ where: { id: employee.id }, include: { unit: true } });
    birthDates = [record.birthDate, pppk.birthDate, '1991-02-03'];

    await t.call('GET', '/admin/whoami');
    await t.call('GET', `/admin/employees/${employee.nip}`);
    await t.call('GET', `/admin/employees?q=${employee.nip}`);
    const link = await t.call('POST', `/admin/employees/${pppk.nip}/link-code`);
    await t.call('POST', '/admin/imports/employees?dryRun=true', {
      csv: `nip,name,kind,rank,position,unitCode,serviceStart,birthDate,gender\n199102032020011001,Baru,PNS,III/a,Staf,SEKRET,2020-01-01,1991-02-03,L`,
    });
    await t.app.inject({ method: 'GET', url: '/admin/whoami', headers: { authorization: `Bearer ${t.token}-revoked` } });
    secrets = [t.token, link.json().code];
  });
  afterAll(() => t.close());

  it('logged every request', () => {
    expect(log.text().split('\n').filter((l) => l.includes('"responseTime"')).length).toBeGreaterThanOrEqual(6);
  });

  it('contain no token, no link code and no date of birth', () => {
    const text = log.text();
    for (const secret of secrets) expect(text).not.toContain(secret);
    for (const day of birthDates) for (const spelling of spellings(day)) expect(text).not.toContain(spelling);
  });

  it('the process logger censors tokens, amounts and birth dates at any depth it knows', () => {
    const out = capture();
    const logger = createLogger('info', out.stream);
    logger.info({ token: 'sapa_abc', birthDate: '1990-01-17', employee: { birthDate: '1990-01-17' }, slip: { lines: { net: 4250300 } } }, 'x');
    expect(out.text()).not.toMatch(/sapa_abc|1990-01-17|4250300/);
    expect(out.text()).toContain('[redacted]');
  });
});
