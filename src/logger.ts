import { createRequire } from 'node:module';
import pino from 'pino';
import { logRedactPaths } from './log-redaction';

export type Logger = pino.Logger;

/** The process logger: tokens, payslip amounts and dates of birth are censored (see log-redaction.ts). */
export function createLogger(level: string, stream?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: logRedactPaths, censor: '[redacted]' } }, stream);
}

/**
 * Where the logs go: one JSON object a line for a collector, or lines a person
 * reads (pino-pretty) when stdout is a terminal outside production. The pretty
 * printer is loaded only then.
 */
export function logDestination(terminal: { isTTY: boolean; production: boolean }, out?: NodeJS.WritableStream): pino.DestinationStream | undefined {
  if (!terminal.isTTY || terminal.production) return undefined;
  const pretty = createRequire(import.meta.url)('pino-pretty') as (options: Record<string, unknown>) => pino.DestinationStream;
  return pretty({ colorize: out === undefined, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true, ...(out ? { destination: out, sync: true } : {}) });
}

/** This process's log destination (see logDestination) under `nodeEnv`. */
export const processLogDestination = (nodeEnv: string): pino.DestinationStream | undefined =>
  logDestination({ isTTY: process.stdout.isTTY === true, production: nodeEnv === 'production' });
