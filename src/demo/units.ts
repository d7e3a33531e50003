import type { DemoUnit } from './unit-types.ts';
import { NORRVIK_UNITS } from './units-norrvik.ts';
import { SODERAS_UNITS } from './units-soderas.ts';

export type { DemoUnit } from './unit-types.ts';

/** Six fictional units with complete plans. */
export const UNITS: DemoUnit[] = [...NORRVIK_UNITS, ...SODERAS_UNITS];
