import { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';
import { requiredText, Year } from './common.ts';

export const MunicipalitySetup = z.object({
  name: requiredText(LIMITS.name, 'Kommunens namn'),
  firstYear: Year,
});
export type MunicipalitySetup = z.infer<typeof MunicipalitySetup>;

export const Municipality = z.object({
  name: z.string().nullable(),
  cityId: z.string().nullable(),
  hasLogo: z.boolean(),
  hasDemo: z.boolean(),
  years: z.array(z.number().int()),
});
export type Municipality = z.infer<typeof Municipality>;

export const DemoRemovalConfirm = z.object({
  confirm: z.literal(true, { error: 'Bekräfta att demodata ska tas bort.' }),
});

export const LogoSaved = z.object({ type: z.enum(['image/png', 'image/svg+xml']), bytes: z.number().int() });

export const DemoRemovalResult = z.object({
  organisations: z.number().int(),
  goals: z.number().int(),
  indicators: z.number().int(),
  activities: z.number().int(),
  plans: z.number().int(),
  targets: z.number().int(),
  decisions: z.number().int(),
});
