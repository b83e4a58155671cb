/**
 * `YYYYMMDDHHMMSS_name` in UTC, the folder name `prisma migrate dev` uses.
 * The name is reduced to lower-case letters, digits and underscores.
 */
export function migrationFolderName(now: Date, name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!slug) throw new Error(`Migration name "${name}" has no letters or digits`);
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  return `${stamp}_${slug}`;
}
