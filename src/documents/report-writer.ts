import type { HeadingLevel, ReportBlock } from './plan-report.ts';

export interface ReportWriter {
  body: ReportBlock[];
  heading: (level: HeadingLevel, text: string, toc: boolean, label?: string | null) => void;
}

/** Collects blocks in document order and numbers the headings sec-1, sec-2 … (ids that cannot clash with a host page). */
export function reportWriter(): ReportWriter {
  const body: ReportBlock[] = [];
  let n = 0;
  return {
    body,
    heading: (level, text, toc, label = null) => {
      body.push({ kind: 'heading', id: `sec-${++n}`, level, label, text, toc });
    },
  };
}
