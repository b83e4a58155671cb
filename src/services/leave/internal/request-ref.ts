import { randomBytes } from 'node:crypto';

/** The reference people quote: type, year of submission, and the request's number: "CT-2026-000123". */
export function requestRef(typeCode: string, year: number, id: number): string {
  return `${typeCode}-${year}-${String(id).padStart(6, '0')}`;
}

/** A unique placeholder while the row's id is not known yet. */
export function provisionalRef(): string {
  return `tmp-${randomBytes(9).toString('hex')}`;
}
