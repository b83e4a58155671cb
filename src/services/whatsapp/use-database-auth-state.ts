import {
  BufferJSON,
  initAuthCreds,
  proto,
  type AuthenticationCreds,
  type AuthenticationState,
  type SignalDataSet,
  type SignalDataTypeMap,
} from '@whiskeysockets/baileys';
import type { Database, Tx } from '../../store/database';

/** The row holding the account's credentials; every signal key is `<type>-<id>`. */
export const CREDS_KEY = 'creds';

export interface DatabaseAuthState {
  state: AuthenticationState;
  /** Writes the current `state.creds` (call on every `creds.update`). */
  saveCreds(): Promise<void>;
}

/** Rows per statement, well under SQLite's and PostgreSQL's bind-parameter limits. */
const CHUNK = 500;
const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

const keyOf = (type: string, id: string) => `${type}-${id}`;
const encode = (value: unknown) => JSON.stringify(value, BufferJSON.replacer);
const decode = (text: string): unknown => JSON.parse(text, BufferJSON.reviver);

async function readCreds(db: Database): Promise<AuthenticationCreds | null> {
  const row = await db.prisma.whatsappAuth.findUnique({ where: { key: CREDS_KEY }, select: { value: true } });
  return row ? (decode(row.value) as AuthenticationCreds) : null;
}

async function upsertValue(tx: Tx, key: string, value: string): Promise<void> {
  await tx.whatsappAuth.upsert({ where: { key }, create: { key, value }, update: { value }, select: { key: true } });
}

/**
 * Baileys' auth state kept in the `WhatsappAuth` table instead of files: one
 * row for the credentials and one per signal key, JSON with Buffers encoded by
 * `BufferJSON`. A restart or another machine on the same database resumes the
 * session without pairing again. `keys.set` with null deletes the key.
 */
export async function useDatabaseAuthState(db: Database): Promise<DatabaseAuthState> {
  const creds = (await readCreds(db)) ?? initAuthCreds();
  return {
    state: {
      creds,
      keys: {
        async get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
          const rows = await db.prisma.whatsappAuth.findMany({
            where: { key: { in: ids.map((id) => keyOf(type, id)) } },
            select: { key: true, value: true },
          });
          const byKey = new Map(rows.map((r) => [r.key, r.value]));
          const found: { [id: string]: SignalDataTypeMap[T] } = {};
          for (const id of ids) {
            const text = byKey.get(keyOf(type, id));
            if (text === undefined) continue;
            const value = decode(text);
            found[id] = (type === 'app-state-sync-key'
              ? proto.Message.AppStateSyncKeyData.fromObject(value as Record<string, unknown>)
              : value) as SignalDataTypeMap[T];
          }
          return found;
        },
        async set(data: SignalDataSet) {
          const writes: Array<[string, string]> = [];
          const deletes: string[] = [];
          for (const [type, entries] of Object.entries(data)) {
            for (const [id, value] of Object.entries(entries ?? {})) {
              if (value === null || value === undefined) deletes.push(keyOf(type, id));
              else writes.push([keyOf(type, id), encode(value)]);
            }
          }
          if (writes.length === 0 && deletes.length === 0) return;
          // One transaction: a batch of pre-keys is stored whole or not at all.
          await db.prisma.$transaction(
            async (tx) => {
              const stale = [...deletes, ...writes.map(([key]) => key)];
              for (const keys of chunks(stale)) await tx.whatsappAuth.deleteMany({ where: { key: { in: keys } } });
              for (const rows of chunks(writes)) await tx.whatsappAuth.createMany({ data: rows.map(([key, value]) => ({ key, value })) });
            },
            { timeout: 60_000, maxWait: 20_000 },
          );
        },
      },
    },
    saveCreds: () => upsertValue(db.prisma, CREDS_KEY, encode(creds)),
  };
}
