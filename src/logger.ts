import pino from 'pino';
import { logRedactPaths } from './http/log-redaction';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: logRedactPaths, censor: '[redacted]' } });
}
