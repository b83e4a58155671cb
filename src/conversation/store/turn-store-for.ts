import type { Database } from '../../store/database';
import { postgresTurnStore } from './postgres-turn-store';
import { sqliteTurnStore } from './sqlite-turn-store';
import type { TurnStore } from './turn-store';

/** The turn store of the database's provider. */
export function turnStoreFor(db: Database): TurnStore {
  return db.sqlite ? sqliteTurnStore(db.sqlite) : postgresTurnStore();
}
