// What the authorization matrix (authz-matrix.test.ts) covers, kept outside the test so the bench counts the
// same cells from the same route table instead of a number copied by hand.
import { ROLES } from '../domain/vocabulary.ts';
import type { EndpointDef } from '../shared/endpoint.ts';

/** Write endpoints the matrix leaves to their own stream's tests, each with the reason. */
export const ELSEWHERE: Record<string, string> = {
  signIn: 'signing in and out is open to everyone (routes/session.test.ts)',
  signOut: 'signing in and out is open to everyone (routes/session.test.ts)',
  signInAsDemo: 'demo accounts only (routes/session.test.ts)',
  ensureFollowUpPeriods: 'follow-up periods (tested in routes/follow-up.test.ts)',
  updateFollowUpPeriod: 'follow-up periods (tested in routes/follow-up.test.ts)',
  writeActivityStatus: 'needs an activity assigned to the unit (routes/follow-up.test.ts)',
  writeForecast: 'needs a forecast row of the report (routes/follow-up.test.ts)',
  importOutcomes: 'outcome files (routes/outcome-import tests)',
  setDeviationThreshold: 'board threshold (routes/follow-up.test.ts)',
};

export const routeKey = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`;

/** Every write route of the table with its contract name (the path when it has none). */
export function listMatrixWrites(
  routes: EndpointDef[],
  contract: Record<string, { method: string; path: string }>,
) {
  const nameOf = new Map(Object.entries(contract).map(([name, e]) => [routeKey(e), name] as const));
  return routes
    .filter((r) => r.method !== 'get')
    .map((route) => ({ route, name: nameOf.get(routeKey(route)) ?? routeKey(route) }));
}

/**
 * Cells the matrix checks: each write route outside ELSEWHERE × own/other organisation × (every role +
 * anonymous). The matrix test fails when a write route has neither a case nor an ELSEWHERE reason, so this is
 * exactly the number of requests it makes.
 */
export function countMatrixCells(
  routes: EndpointDef[],
  contract: Record<string, { method: string; path: string }>,
): number {
  const covered = listMatrixWrites(routes, contract).filter((w) => !(w.name in ELSEWHERE));
  return covered.length * 2 * (ROLES.length + 1);
}
