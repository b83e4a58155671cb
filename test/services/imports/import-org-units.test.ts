import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importOrgUnits } from '../../../src/services/imports/org-units/import-org-units';
import { adminTestApp, type AdminTestApp } from '../../http/admin/admin-test-app';
import { makeAdminActor } from '../../support/factories';

const actor = makeAdminActor({ name: 'Rina (BKPSDM)' });

async function unit(t: AdminTestApp, code: string) {
  return t.db.prisma.orgUnit.findUniqueOrThrow({
    where: { code },
    select: { name: true, parent: { select: { code: true } }, head: { select: { nip: true } } },
  });
}

async function headNip(t: AdminTestApp, code: string): Promise<string> {
  return (await unit(t, code)).head!.nip;
}

describe('importOrgUnits', () => {
  let t: AdminTestApp;
  beforeEach(async () => {
    t = await adminTestApp();
  });
  afterEach(() => t.close());

  it('creates a subtree whose parents come from the file or SAPA, in any order', async () => {
    const csv = 'kode,nama,kode induk\nSUBBID1,Subbidang Satu,BIDX\nBIDX,Bidang X,BKPSDM\n';
    const outcome = await importOrgUnits(t.db, csv, { dryRun: false, actor });
    expect(outcome).toMatchObject({ ok: true, summary: { created: 2 } });
    expect(await unit(t, 'SUBBID1')).toEqual({ name: 'Subbidang Satu', parent: { code: 'BIDX' }, head: null });
    expect((await unit(t, 'BIDX')).parent).toEqual({ code: 'BKPSDM' });
  });

  it('names a unit’s authorized official (pejabat column), then removes it with an empty cell', async () => {
    const official = await headNip(t, 'BKPSDM');
    const named = await importOrgUnits(t.db, `kode,nama,pejabat\nMUTASI,Bidang Mutasi dan Promosi,${official}\n`, { dryRun: false, actor });
    expect(named).toMatchObject({ ok: true, changes: [{ key: 'MUTASI', action: 'update', fields: ['official'] }] });
    const rules = () => t.db.prisma.unitOfficial.findMany({ where: { unit: { code: 'MUTASI' } }, select: { typeCode: true, official: { select: { nip: true } } } });
    expect(await rules()).toEqual([{ typeCode: '*', official: { nip: official } }]);
    await importOrgUnits(t.db, 'kode,nama,pejabat\nMUTASI,Bidang Mutasi dan Promosi,\n', { dryRun: false, actor });
    expect(await rules()).toEqual([]);
  });

  it('swaps the heads of two units', async () => {
    const [mutasi, bangkom] = [await headNip(t, 'MUTASI'), await headNip(t, 'BANGKOM')];
    const rows = [
      { code: 'MUTASI', name: 'Bidang Mutasi dan Promosi', headNip: bangkom },
      { code: 'BANGKOM', name: 'Bidang Pengembangan Kompetensi', headNip: mutasi },
    ];
    const outcome = await importOrgUnits(t.db, rows, { dryRun: false, actor });
    expect(outcome).toMatchObject({ ok: true, summary: { updated: 2 } });
    expect([await headNip(t, 'MUTASI'), await headNip(t, 'BANGKOM')]).toEqual([bangkom, mutasi]);
  });

  it('refuses a head who would head a second unit, and a loop in the tree', async () => {
    const sekretHead = await headNip(t, 'SEKRET');
    const outcome = await importOrgUnits(
      t.db,
      [
        { code: 'NEW', name: 'Baru', headNip: sekretHead },
        { code: 'BKPSDM', name: 'Badan', parentCode: 'SEKRET' },
      ],
      { dryRun: false, actor },
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toEqual([
      { line: 1, code: 'admin.import.head_elsewhere', params: { nip: sekretHead, unit: 'SEKRET' } },
      { line: 2, code: 'admin.import.unit_cycle', params: { cycle: 'BKPSDM -> SEKRET -> BKPSDM' } },
    ]);
    expect(await t.db.prisma.orgUnit.count({ where: { code: 'NEW' } })).toBe(0);
  });

  it('refuses unknown parents and heads', async () => {
    const outcome = await importOrgUnits(t.db, 'code;name;parentCode;headNip\nA;A;NOPE;\nB;B;;199001012020011999', { dryRun: false, actor });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors.map((e) => [e.line, e.code])).toEqual([[2, 'admin.import.unknown_parent'], [3, 'admin.import.unknown_employee']]);
  });
});
