/** A row with its Date columns as ISO strings: the shape JSON gives them, and the shared schemas expect. */
export type IsoTimes<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };

export function isoTimes<T extends object>(row: T): IsoTimes<T> {
  const out = { ...row } as Record<string, unknown>;
  for (const [key, value] of Object.entries(out)) if (value instanceof Date) out[key] = value.toISOString();
  return out as IsoTimes<T>;
}
