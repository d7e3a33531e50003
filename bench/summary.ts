// The bench's top-level `summary`: one number per key (milliseconds unless the name says otherwise),
// taken by name from the parts that ran; a part that did not run leaves its keys null.
type Part = Record<string, unknown> | undefined;

const pick = (part: unknown, key: string): number | null => {
  const value = (part as Part)?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

/** Mean of the first import of each plan (`importMs.<file>#<n>` in the import part). */
function importMsPerPlan(part: unknown): number | null {
  const times = Object.entries((part as Part) ?? {})
    .filter(([key, value]) => key.startsWith('importMs.') && typeof value === 'number')
    .map(([, value]) => value as number);
  if (times.length === 0) return null;
  return Math.round((times.reduce((a, b) => a + b, 0) / times.length) * 10) / 10;
}

export function summarise(result: Record<string, unknown>): Record<string, number | null> {
  return {
    planTreeP95MsPostgresql: pick(result.goalChainPostgresql, 'planTreeP95Ms'),
    planTreeP95MsPglite: pick(result.goalChainPglite, 'planTreeP95Ms'),
    planTreeBytes:
      pick(result.goalChainPglite, 'planTreeBytes') ?? pick(result.goalChainPostgresql, 'planTreeBytes'),
    loadP95MsPostgresql: pick(result.loadPostgresql, 'p95Ms'),
    loadRequestsPerSecondPostgresql: pick(result.loadPostgresql, 'requestsPerSecond'),
    loadP99WriteMsPglite: pick(result.loadPglite, 'writeP99Ms'),
    docxMs: pick(result.documents, 'docxMs'),
    pdfWarmMs: pick(result.documents, 'pdfWarmMs'),
    pdfRawPrintMs: pick(result.documents, 'pdfRawPrintMs'),
    importMsPerPlan: importMsPerPlan(result.import),
    renderAllPeakRssMb: pick(result.documents, 'renderAllPeakRssMb'),
  };
}
