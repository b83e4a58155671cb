/** A promise that resolves on the next `fire()`; each fire arms a fresh one. */
export function createWakeSignal() {
  let fire: () => void = () => undefined;
  let pending = false;
  let promise = arm();
  function arm(): Promise<void> {
    return new Promise<void>((resolve) => {
      fire = resolve;
    });
  }
  return {
    /** Resolves at the next fire (immediately if one came since the last `consume`). */
    wait: (): Promise<void> => promise,
    fire(): void {
      pending = true;
      fire();
    },
    /** True once after a fire: the caller acts on it and re-arms the signal. */
    consume(): boolean {
      if (!pending) return false;
      pending = false;
      promise = arm();
      return true;
    },
  };
}
