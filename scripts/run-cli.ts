import { ConfigError } from '../src/config';

/** Runs a command-line entry point: its result is the exit code; a bad configuration prints its message, not a stack. */
export function runCli(main: () => Promise<number>): void {
  main()
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      console.error(error instanceof ConfigError ? error.message : error);
      process.exit(1);
    });
}
