import { describe, expect, it } from 'vitest';
import { readImportRows } from '../../../src/services/imports/read-import-rows';

const spec = { fields: ['nip', 'name', 'parentCode'], required: ['nip', 'name'], aliases: { nama: 'name' } };

describe('readImportRows', () => {
  it('reads CSV with ; and Indonesian or spaced headers; blank cells are null; lines count from the header', () => {
    const read = readImportRows('\uFEFFNIP;Nama;Parent Code\r\n1;Budi;\r\n\r\n2;"Siti; S.Kom";X\r\n', spec);
    expect(read).toEqual({
      ok: true,
      rows: [
        { line: 2, values: { nip: '1', name: 'Budi', parentCode: null } },
        { line: 4, values: { nip: '2', name: 'Siti; S.Kom', parentCode: 'X' } },
      ],
    });
  });

  it('refuses unknown and missing columns on the header line', () => {
    expect(readImportRows('nip,nmae\n1,Budi', spec)).toEqual({
      ok: false,
      errors: [
        { line: 1, code: 'admin.import.unknown_column', params: { column: 'nmae' } },
        { line: 1, code: 'admin.import.missing_column', params: { column: 'name' } },
      ],
    });
  });

  it('names rows with the wrong number of cells', () => {
    expect(readImportRows('nip,name\n1,Budi\n2', spec)).toEqual({
      ok: false,
      errors: [{ line: 3, code: 'admin.import.column_count', params: { expected: 2, actual: 1 } }],
    });
  });

  it('reads JSON rows (an array or { rows }), numbering them from 1; absent keys stay absent', () => {
    const rows = [{ nip: '1', nama: ' Budi ' }, { nip: '2', name: 'Siti', parentCode: '' }];
    const expected = {
      ok: true,
      rows: [
        { line: 1, values: { nip: '1', name: 'Budi' } },
        { line: 2, values: { nip: '2', name: 'Siti', parentCode: null } },
      ],
    };
    expect(readImportRows(rows, spec)).toEqual(expected);
    expect(readImportRows({ rows }, spec)).toEqual(expected);
    expect(readImportRows([{ nip: '1', extra: 1 }, 'x'], spec)).toEqual({
      ok: false,
      errors: [
        { line: 1, code: 'admin.import.unknown_column', params: { column: 'extra' } },
        { line: 2, code: 'admin.import.not_an_object', params: {} },
      ],
    });
  });

  it('refuses an empty body unless the import allows it', () => {
    expect(readImportRows('', spec)).toMatchObject({ ok: false, errors: [{ code: 'admin.import.empty' }] });
    expect(readImportRows('nip,name\n', spec)).toMatchObject({ ok: false, errors: [{ code: 'admin.import.empty' }] });
    expect(readImportRows(undefined, spec, { allowEmpty: true })).toEqual({ ok: true, rows: [] });
    expect(readImportRows(42, spec)).toMatchObject({ ok: false, errors: [{ code: 'admin.import.invalid_body' }] });
  });
});
