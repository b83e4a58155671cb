import type { Database } from '../../store/database';

/** Forgets the WhatsApp session (credentials and every key): the next socket pairs anew. */
export async function clearAuthState(db: Database): Promise<number> {
  const { count } = await db.prisma.whatsappAuth.deleteMany({});
  return count;
}
