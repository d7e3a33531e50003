import { type DocumentLogo, LOGO_HEIGHT_MM } from './logo.ts';
import type { LetterheadLine, PlanReport, ReportBlock, ReportTable } from './plan-report.ts';
import { parseRichText, type RichBlock } from './rich-text.ts';

/**
 * What the Typst template reads from `sys.inputs.report`: the report model with its Markdown parsed
 * into a block tree. The template is data-driven: it knows blocks (heading, rich, table), not plans,
 * so other reports (follow-up T1/T2/VB) can feed it their own front matter and body.
 */
export interface TypstDocument {
  meta: {
    title: string;
    author: string;
    subject: string;
    keywords: string[];
    issuer: string;
    dnr: string;
    documentDate: string | null;
    footer: string;
  };
  front: {
    issuer: string;
    letterhead: LetterheadLine[][];
    title: string;
    subtitle: string | null;
    decision: { heading: string; blocks: RichBlock[] } | null;
    logo?: TypstLogo | null;
  };
  tocHeading: string | null;
  body: TypstBlock[];
}

export type TypstBlock =
  | {
      kind: 'heading';
      /** The level in the document (1 is the title); never more than one below the previous heading (PDF/UA). */
      level: number;
      label: string | null;
      /** How the heading looks: the report's own level, kept when the document level is pulled up. */
      style: number;
      text: string;
      toc: boolean;
      pageBreakBefore: boolean;
    }
  | { kind: 'rich'; blocks: RichBlock[] }
  | ReportTable;

export function toTypstDocument(report: PlanReport): TypstDocument {
  const { meta, front } = report;
  // The title is level 1; front matter headings (decision, contents) are level 2.
  let previous = 2;
  const body = report.body.map((b: ReportBlock): TypstBlock => {
    if (b.kind === 'markdown') return { kind: 'rich', blocks: parseRichText(b.markdown) };
    if (b.kind === 'table') return b;
    const level = Math.min(b.level, previous + 1);
    previous = level;
    return {
      kind: 'heading',
      level,
      style: b.level,
      label: b.label,
      text: b.text,
      toc: b.toc,
      pageBreakBefore: Boolean(b.pageBreakBefore),
    };
  });
  return {
    meta: {
      title: meta.title,
      author: meta.author,
      subject: meta.subject,
      keywords: ['verksamhetsplan', String(meta.year), meta.dnr].filter(Boolean),
      issuer: meta.issuer,
      dnr: meta.dnr,
      documentDate: meta.documentDate,
      footer: meta.title,
    },
    front: {
      issuer: front.issuer,
      letterhead: front.letterhead,
      title: front.title,
      subtitle: front.subtitle,
      decision: front.decision
        ? { heading: front.decision.heading, blocks: parseRichText(front.decision.markdown) }
        : null,
      logo: front.logo ? toTypstLogo(front.logo) : null,
    },
    tocHeading: report.toc.length ? report.tocHeading : null,
    body,
  };
}

/** The logo as the template reads it: SVG as text, PNG as byte values (JSON has no bytes). */
export interface TypstLogo {
  format: 'png' | 'svg';
  svg: string | null;
  png: number[] | null;
  heightMm: number;
  alt: string;
}

export function toTypstLogo(logo: DocumentLogo): TypstLogo {
  const svg = logo.type === 'image/svg+xml';
  return {
    format: svg ? 'svg' : 'png',
    svg: svg ? new TextDecoder().decode(logo.bytes) : null,
    png: svg ? null : Array.from(logo.bytes),
    heightMm: LOGO_HEIGHT_MM,
    alt: 'Kommunens logotyp',
  };
}
