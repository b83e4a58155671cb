import type { AuthenticationCreds, AuthenticationState, SignalDataSet } from '@whiskeysockets/baileys';

/** A socket's auth state and saves, shut off together when that socket is done. */
export interface GuardedAuth {
  state: AuthenticationState;
  /** Merges a `creds.update` into the credentials and saves them (saves run one after another). */
  saveCreds(update: Partial<AuthenticationCreds>): void;
  /** Ignores every later write and waits for the ones under way. */
  close(): Promise<void>;
}

/**
 * Wraps an auth state so a closed socket cannot write into the store any
 * more: after a logout the store is cleared, and a late `creds.update` or
 * `keys.set` of the old socket must not bring the old session back.
 */
export function guardAuth(
  auth: { state: AuthenticationState; saveCreds(): Promise<void> },
  onError: (error: unknown) => void,
): GuardedAuth {
  let open = true;
  const pending = new Set<Promise<unknown>>();
  let saves: Promise<void> = Promise.resolve();
  const track = <T>(task: Promise<T>): Promise<T> => {
    pending.add(task);
    void task.then(
      () => pending.delete(task),
      () => pending.delete(task),
    );
    return task;
  };
  const { keys } = auth.state;
  return {
    state: {
      creds: auth.state.creds,
      keys: {
        get: (type, ids) => keys.get(type, ids),
        set: (data: SignalDataSet) => (open ? track(Promise.resolve(keys.set(data))) : Promise.resolve()),
      },
    },
    saveCreds(update) {
      if (!open) return;
      Object.assign(auth.state.creds, update);
      saves = track(saves.then(() => auth.saveCreds()).catch(onError));
    },
    async close() {
      open = false;
      await Promise.allSettled([...pending]);
    },
  };
}
