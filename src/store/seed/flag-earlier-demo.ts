import type { Database } from '../database';
import { buildDemoOrganisation } from './demo-organisation';

/** The real-format number earlier releases gave demo person `index`. */
const earlierDemoPhone = (index: number) => `62812${String(10_000_000 + index).padStart(8, '0')}`;

/**
 * A database seeded by an earlier release holds the demo people unflagged and
 * with real-format phone numbers (perhaps a stranger's). Those still carrying
 * both their demo NIP and their old demo number are flagged as demo and moved
 * to the reserved demo numbers; anyone else is left alone. Returns how many.
 */
export async function flagEarlierDemo(db: Database, size = 40): Promise<number> {
  const demo = buildDemoOrganisation(size).employees.map((e, index) => ({ ...e, earlierPhone: earlierDemoPhone(index) }));
  const found = await db.prisma.employee.findMany({
    where: { demo: false, nip: { in: demo.map((e) => e.nip) }, phone: { in: demo.map((e) => e.earlierPhone) } },
    select: { id: true, nip: true, phone: true },
  });
  const earlier = found.flatMap((row) => {
    const match = demo.find((e) => e.nip === row.nip && e.earlierPhone === row.phone);
    return match ? [{ id: row.id, phone: match.phone }] : [];
  });
  if (earlier.length === 0) return 0;
  await db.prisma.$transaction(async (tx) => {
    for (const e of earlier) await tx.employee.update({ where: { id: e.id }, data: { demo: true, phone: e.phone } });
  });
  return earlier.length;
}
