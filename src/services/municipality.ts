import { AppError } from '../domain/errors.ts';
import { type LogoType, parseLogo } from '../domain/logo.ts';
import { assertCan } from './authz.ts';
import { type Ctx, inTransaction } from './context.ts';
import { createOrganisation } from './organisation.ts';
import { recordAudit } from './record.ts';
import { ensureYear } from './year.ts';

export interface MunicipalityInfo {
  /** The city organisation's name, or null before the first-run page has been filled in. */
  name: string | null;
  cityId: string | null;
  hasLogo: boolean;
  /** True while the demo municipality's data is in the database. */
  hasDemo: boolean;
  years: number[];
}

export async function getMunicipality(ctx: Ctx): Promise<MunicipalityInfo> {
  const [city, settings, demo, years] = await Promise.all([
    ctx.db
      .selectFrom('organisation')
      .select(['id', 'name'])
      .where('kind', '=', 'city')
      .orderBy('createdAt')
      .executeTakeFirst(),
    ctx.db.selectFrom('municipality').select('logoType').executeTakeFirst(),
    ctx.db.selectFrom('organisation').select('id').where('origin', '=', 'demo').executeTakeFirst(),
    ctx.db.selectFrom('planningYear').select('year').orderBy('year').execute(),
  ]);
  return {
    name: city?.name ?? null,
    cityId: city?.id ?? null,
    hasLogo: Boolean(settings?.logoType),
    hasDemo: Boolean(demo),
    years: years.map((y) => y.year),
  };
}

/** First run: the municipality (the city organisation) and its first planning year. */
export async function setUpMunicipality(ctx: Ctx, input: { name: string; firstYear: number }) {
  await assertCan(ctx, 'municipality.manage', { organisationId: null });
  return inTransaction(ctx, async (trx) => {
    const current = await getMunicipality(trx);
    if (current.hasDemo)
      throw new AppError(
        'CONFLICT',
        'Demokommunen finns kvar. Välj "Börja med egen kommun" för att ta bort demodata först.',
      );
    if (current.cityId)
      throw new AppError(
        'CONFLICT',
        `Kommunen ${current.name} är redan upplagd. Byt namn i organisationsregistret i stället.`,
      );
    await ensureYear(trx, input.firstYear);
    await createOrganisation(trx, { kind: 'city', name: input.name, validFrom: `${input.firstYear}-01-01` });
    return getMunicipality(trx);
  });
}

export async function setLogo(ctx: Ctx, bytes: Uint8Array): Promise<{ type: LogoType; bytes: number }> {
  await assertCan(ctx, 'municipality.manage', { organisationId: null });
  const type = parseLogo(bytes);
  return inTransaction(ctx, async (trx) => {
    const now = trx.now();
    const before = await trx.db.selectFrom('municipality').select(['logoType', 'version']).executeTakeFirst();
    await trx.db
      .insertInto('municipality')
      .values({
        logo: bytes,
        logoType: type,
        createdAt: now,
        createdBy: trx.actor,
        updatedAt: now,
        updatedBy: trx.actor,
      })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          logo: bytes,
          logoType: type,
          version: eb('municipality.version', '+', 1),
          updatedAt: now,
          updatedBy: trx.actor,
        })),
      )
      .execute();
    // The audit keeps the type and size, not the image bytes.
    await recordAudit(trx, 'municipality', 'logo', before ? 'update' : 'create', before ?? null, {
      logoType: type,
      bytes: bytes.length,
    });
    return { type, bytes: bytes.length };
  });
}

/** The letterhead logo for documents and the UI, or undefined when none has been uploaded. */
export async function findLogo(ctx: Ctx): Promise<{ type: LogoType; bytes: Uint8Array } | undefined> {
  const row = await ctx.db.selectFrom('municipality').select(['logo', 'logoType']).executeTakeFirst();
  if (!row?.logo || !row.logoType) return undefined;
  return { type: row.logoType, bytes: new Uint8Array(row.logo) };
}
