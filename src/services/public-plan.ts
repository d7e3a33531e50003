import { AppError } from '../domain/errors.ts';
import type { Ctx } from './context.ts';

// Published plans are public records: these reads need no sign-in and show nothing that is not published.

const notPublished = (id: string) =>
  new AppError(
    'NOT_FOUND',
    `Det finns ingen publicerad plan med id ${id}. Välj en plan i listan över publicerade planer.`,
  );

/** The published plans of a year with their decision (the latest decided version). */
export async function listPublishedPlans(ctx: Ctx, year: number) {
  return ctx.db
    .selectFrom('plan')
    .innerJoin('organisation', 'organisation.id', 'plan.organisationId')
    .innerJoin('decision', 'decision.id', 'plan.decisionId')
    .select([
      'plan.id',
      'plan.year',
      'plan.kind',
      'plan.title',
      'organisation.name as organisationName',
      'organisation.kind as organisationKind',
      'decision.decidedOn',
      'decision.body as decisionBody',
      'decision.dnr as decisionDnr',
    ])
    .where('plan.status', '=', 'published')
    .where('plan.year', '=', year)
    .orderBy('organisation.name')
    .orderBy('plan.kind')
    .execute();
}

async function latestSnapshot(ctx: Ctx, planId: string) {
  const row = await ctx.db
    .selectFrom('planSnapshot')
    .innerJoin('plan', 'plan.id', 'planSnapshot.planId')
    .select(['planSnapshot.pdf', 'planSnapshot.report', 'planSnapshot.id'])
    .where('planSnapshot.planId', '=', planId)
    .where('plan.status', '=', 'published')
    .orderBy('planSnapshot.takenAt', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) throw notPublished(planId);
  return row;
}

/** The decided PDF of a published plan, exactly as frozen. */
export async function getPublishedPdf(ctx: Ctx, planId: string) {
  const row = await latestSnapshot(ctx, planId);
  return { pdf: new Uint8Array(row.pdf), report: JSON.parse(row.report) };
}

/** Open data: every published plan of a year with its decided document model (goals, targets, texts, budget). */
export async function buildOpenData(ctx: Ctx, year: number) {
  const plans = await listPublishedPlans(ctx, year);
  const documents = [];
  for (const plan of plans) {
    const { report } = await latestSnapshot(ctx, plan.id);
    documents.push({
      ...plan,
      pdf: `/api/v1/public/plans/${plan.id}/document.pdf`,
      document: JSON.parse(report),
    });
  }
  return { year, license: 'CC0-1.0', plans: documents };
}
