import type { PlanReport } from './plan-report.ts';

/** "Verksamhetsplan 2025 – Norrviks hemtjänst" → "verksamhetsplan-2025-norrviks-hemtjanst.pdf". */
export function documentFileName(report: PlanReport, extension: 'pdf' | 'docx' | 'html'): string {
  const slug = report.meta.title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return `${slug || 'plan'}.${extension}`;
}
