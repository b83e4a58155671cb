import { createFlowRegistry } from '../flows';
import type { Composition, ModuleFactory } from './server';

/**
 * The parts of SAPA that `npm start` runs: each module contributes routes,
 * background services and channel senders. Add a module by appending its
 * factory here.
 */
export const modules: ModuleFactory[] = [];

export function defaultComposition(): Composition {
  return { flows: createFlowRegistry(), modules };
}
