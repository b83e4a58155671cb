/** True when `error` is Prisma's unique-constraint violation (P2002), optionally on `model`. */
export function isUniqueViolation(error: unknown, model?: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: string; meta?: { modelName?: string } };
  if (e.code !== 'P2002') return false;
  return model === undefined || e.meta?.modelName === undefined || e.meta.modelName === model;
}
