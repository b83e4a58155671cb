import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError } from '../../domain/app-error';
import { addMonths } from '../../domain/day';
import type { Language } from '../../domain/language';
import type { ZipEntry } from '../../documents/zip-stream';
import { translate } from '../../i18n/translate';
import type { Tx } from '../../store/database';
import { type AuditEntry, writeAudit } from '../audit';
import { toCsv } from '../admin/to-csv';
import { unitSubtree } from '../admin/unit-subtree';
import { paperFileName } from './paper-message';
import type { PaperworkConfig } from './paperwork-config';
import { renderLeavePaper } from './resolve-leave-paper';

/** The most letters one archive holds: a city agency grants a few hundred a month; a larger request names a smaller unit. */
export const ARCHIVE_MAX_LETTERS = 5_000;

const COLUMNS = ['file', 'number', 'version', 'status', 'ref', 'nip', 'name', 'unit', 'type', 'start', 'end', 'days', 'issued_at', 'code'] as const;

export interface ArchiveLetter {
  paperId: number;
  number: string | null;
  version: number;
  status: string;
  issuedAt: Date;
  code: string;
  ref: string;
  typeCode: string;
  start: string;
  end: string;
  days: number;
  employee: { nip: string; name: string; unitCode: string };
}

export interface LetterArchive {
  unit: { code: string; name: string };
  month: string;
  letters: ArchiveLetter[];
}

/** The instants a month (YYYY-MM) starts and ends in Asia/Jakarta. */
function monthSpan(month: string): { gte: Date; lt: Date } {
  const first = `${month}-01`;
  return { gte: new Date(`${first}T00:00:00+07:00`), lt: new Date(`${addMonths(first, 1)}T00:00:00+07:00`) };
}

/**
 * Every Surat Izin Cuti issued in `month` (Asia/Jakarta) to an employee of
 * the unit `unitCode` or one of its sub-units, each version a letter of its
 * own (a reissued letter and the one it replaced), in the order they were
 * issued; the hand-out is audited (`leave.letters_archived`). 'error.not_found'
 * for an unknown unit; 'paperwork.archive_too_large' past ARCHIVE_MAX_LETTERS.
 */
export async function findArchiveLetters(
  tx: Tx,
  input: { unitCode: string; month: string; auditAs: Pick<AuditEntry, 'actorType' | 'actorId' | 'actorName' | 'channel'> },
): Promise<LetterArchive> {
  const units = await tx.orgUnit.findMany({ select: { id: true, code: true, name: true, parentId: true } });
  const unit = units.find((u) => u.code === input.unitCode);
  if (!unit) throw new AppError('error.not_found');
  const where = {
    kind: 'LETTER' as const,
    issuedAt: monthSpan(input.month),
    request: { employee: { unitId: { in: unitSubtree(units, unit.id) } } },
  };
  const count = await tx.leavePaper.count({ where });
  if (count > ARCHIVE_MAX_LETTERS) throw new AppError('paperwork.archive_too_large', { count, max: ARCHIVE_MAX_LETTERS });
  const rows = await tx.leavePaper.findMany({
    where,
    orderBy: [{ issuedAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true, number: true, version: true, status: true, issuedAt: true, verificationCode: true,
      request: { select: { ref: true, typeCode: true, startDate: true, endDate: true, days: true, employee: { select: { nip: true, name: true, unit: { select: { code: true } } } } } },
    },
  });
  await writeAudit(tx, {
    ...input.auditAs, action: 'leave.letters_archived', entity: 'OrgUnit', entityId: unit.id,
    data: { unit: unit.code, month: input.month, count: rows.length, paperIds: rows.map((r) => r.id) },
  });
  return {
    unit: { code: unit.code, name: unit.name },
    month: input.month,
    letters: rows.map((r) => ({
      paperId: r.id, number: r.number, version: r.version, status: r.status, issuedAt: r.issuedAt, code: r.verificationCode,
      ref: r.request.ref, typeCode: r.request.typeCode, start: r.request.startDate, end: r.request.endDate, days: r.request.days,
      employee: { nip: r.request.employee.nip, name: r.request.employee.name, unitCode: r.request.employee.unit.code },
    })),
  };
}

/**
 * The archive's files: each letter's PDF (printed `now`, as the verification
 * page would confirm it) and, last, the index (indeks.csv: one line per
 * letter, headers in `lang`; a letter that could not be printed has no file
 * and says so). Rendered one at a time, giving way to other work between
 * letters.
 */
export async function* letterArchiveEntries(tx: Tx, config: PaperworkConfig, archive: LetterArchive, now: Date, lang: Language = 'id'): AsyncGenerator<ZipEntry> {
  const lines: Array<Array<string | number>> = [];
  for (const letter of archive.letters) {
    let file = '';
    try {
      const pdf = await renderLeavePaper(tx, config, letter.paperId, now, lang);
      file = paperFileName('LETTER', letter.ref, letter.version);
      yield { name: file, content: pdf.content, modified: letter.issuedAt };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      file = translate(lang, 'paperwork.archive.not_printed');
    }
    const { employee } = letter;
    lines.push([
      file, letter.number ?? '', letter.version, translate(lang, `paperwork.archive.status.${letter.status}`), letter.ref, employee.nip, employee.name,
      employee.unitCode, letter.typeCode, letter.start, letter.end, letter.days, letter.issuedAt.toISOString(), letter.code,
    ]);
    await nextTurn();
  }
  const header = COLUMNS.map((c) => translate(lang, `paperwork.archive.column.${c}`));
  yield { name: 'indeks.csv', content: new TextEncoder().encode(toCsv(header, lines)), modified: now, compress: true };
}
