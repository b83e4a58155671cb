import pino from 'pino';
import { logRedactPaths } from './log-redaction';

export type Logger = pino.Logger;

/** The process logger: tokens, payslip amounts and dates of birth are censored (see log-redaction.ts). */
export function createLogger(level: string, stream?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: logRedactPaths, censor: '[redacted]' } }, stream);
}
