import type { ModuleFactory } from './server';

/**
 * The parts of SAPA that `npm start` runs, in order: each contributes routes
 * and background services (channels, outbox worker, job scheduler).
 */
export const modules: ModuleFactory[] = [];
