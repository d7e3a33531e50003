import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import {
  AWKWARD_TITLE,
  buildEdgeCasePlan,
  findDemoPlans,
  hasCommand,
  normalise,
  pdfText,
} from '../../test/helpers/documents.ts';
import { readZip } from '../../test/helpers/zip.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { buildPlanReport } from './build-plan-report.ts';
import type { PlanReport, ReportHeading } from './plan-report.ts';
import { renderDocx } from './render-docx.ts';
import { layoutContentsPages, renderPdf } from './render-pdf.ts';

function pdfTextIfAvailable(pdf: Uint8Array): string | null {
  return hasCommand('pdftotext') ? pdfText(pdf, 1) + pdfText(pdf, 2) : null;
}

const ctx = await openTestContext();
await seedDemo(ctx);
const demo = await findDemoPlans(ctx);
const edge = await buildEdgeCasePlan(ctx);

async function docx(planId: string) {
  const report = await buildPlanReport(ctx.db, planId);
  const bytes = await renderDocx(report);
  const files = readZip(bytes);
  return { report, bytes, files, xml: files.get('word/document.xml')!.toString('utf8') };
}

/** Paragraphs as [style, text] in document order. */
function paragraphs(xml: string): Array<[string, string]> {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((m) => {
    const body = m[1] ?? m[2] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? '';
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    return [style, unescapeXml(text)];
  });
}

function unescapeXml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

const headingText = (h: ReportHeading) => (h.label ? `${h.label}: ${h.text}` : h.text);
const headingsOf = (r: PlanReport) => r.body.filter((b): b is ReportHeading => b.kind === 'heading');

describe('renderDocx', () => {
  it('writes every heading in order with a Word heading style', async () => {
    const { report, xml } = await docx(demo.unitPlanId);
    const paras = paragraphs(xml);
    let from = 0;
    for (const h of headingsOf(report)) {
      const at = paras.findIndex(([, text], i) => i >= from && text === headingText(h));
      assert.ok(at >= 0, `heading "${headingText(h)}"`);
      const style = paras[at]![0];
      assert.equal(style, `Heading${Math.min(5, h.level - 1)}`, headingText(h));
      from = at + 1;
    }
    assert.ok(paras.some(([style, text]) => style === 'Title' && text === 'Verksamhetsplan 2025'));
  });

  it('uses only Word heading styles Heading1–5 and the contents title style', async () => {
    const { xml, files } = await docx(demo.boardPlanId);
    const styles = new Set(paragraphs(xml).map(([style]) => style));
    for (const style of styles)
      assert.match(style, /^(|Title|Subtitle|ListParagraph|TOCHeading|TOC\d|Heading[1-5])$/);
    assert.ok(!files.get('word/styles.xml')!.toString('utf8').includes('Rubrik'));
  });

  it('has a contents field with the page numbers of the PDF, and page numbers in the header', async () => {
    const { report, xml, files } = await docx(demo.unitPlanId);
    assert.match(xml, /<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    const tocEntries = paragraphs(xml).filter(([style]) => /^TOC\d$/.test(style));
    assert.equal(tocEntries.length, report.toc.length);
    const pages = layoutContentsPages(report);
    for (const [i, entry] of report.toc.entries()) {
      assert.ok((pages.get(entry.id) ?? 0) >= 2, entry.text);
      assert.equal(tocEntries[i]![1], `${entry.text}${pages.get(entry.id)}`);
    }
    const pdf = pdfTextIfAvailable(await renderPdf(report));
    if (pdf)
      for (const entry of report.toc)
        assert.match(
          pdf,
          new RegExp(`${escapeRe(normalise(entry.text))}[ .]* ${pages.get(entry.id)}\\b`),
          entry.text,
        );
    const header = files.get('word/header1.xml')!.toString('utf8');
    assert.match(header, /Sid <\/w:t>.*PAGE.*\(<\/w:t>.*NUMPAGES.*\)<\/w:t>/s);
    const styles = files.get('word/styles.xml')!.toString('utf8');
    assert.match(styles, /w:lang w:val="sv-SE"/);
    const core = files.get('docProps/core.xml')!.toString('utf8');
    assert.match(core, /<dc:title>Verksamhetsplan 2025 – Norrviks hemtjänst<\/dc:title>/);
    assert.match(core, /<dc:creator>Karin Lindqvist<\/dc:creator>/);
  });

  it('writes the indicator, activity and budget tables with repeating header rows', async () => {
    const { report, xml } = await docx(demo.unitPlanId);
    const tables = [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].map((m) => m[1]!).slice(1);
    const expected = report.body.filter((b) => b.kind === 'table');
    assert.equal(tables.length, expected.length);
    for (const [i, table] of expected.entries()) {
      const rows = [...tables[i]!.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((m) => m[1]!);
      assert.equal(rows.length, table.rows.length + 1);
      assert.match(rows[0]!, /<w:tblHeader\/>/);
      const cellTexts = (row: string) =>
        [...row.matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((c) =>
          unescapeXml([...c[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
        );
      assert.deepEqual(
        cellTexts(rows[0]!),
        table.columns.map((c) => c.text),
      );
      for (const [r, row] of table.rows.entries()) assert.deepEqual(cellTexts(rows[r + 1]!), row.cells);
    }
  });

  it('turns Markdown lists into Word lists that restart their numbering', async () => {
    const { xml, files } = await docx(edge.plan.id);
    const numbered = [
      ...xml.matchAll(/<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/g),
    ];
    assert.ok(numbered.length >= 45 + 40, `list paragraphs: ${numbered.length}`);
    const numbering = files.get('word/numbering.xml')!.toString('utf8');
    assert.match(numbering, /<w:numFmt w:val="bullet"\/>/);
    assert.match(numbering, /<w:numFmt w:val="decimal"\/>/);
    const listIds = new Set(numbered.map((m) => m[2]));
    assert.ok(listIds.size >= 3, 'each list has its own numbering instance');
  });

  it('keeps awkward characters, the wide table and the empty section', async () => {
    const { xml } = await docx(edge.plan.id);
    const paras = paragraphs(xml);
    assert.ok(paras.some(([, t]) => t === `Enhetsmål: ${AWKWARD_TITLE}`));
    assert.ok(xml.includes('Trygghet för ♀ &amp; ♂ &lt;alla&gt;'));
    assert.ok(paras.some(([, t]) => t === 'Följs upp med <script>alert("x")</script> & annat.'));
    const empty = paras.findIndex(([, t]) => t === 'Tomt avsnitt');
    assert.match(paras[empty + 1]![1], /^KF:s inriktningsmål/);
    const wide = [...xml.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gs)].find((m) => m[1]!.includes('Kolumn12'))!;
    assert.equal([...wide[1]!.matchAll(/<w:gridCol /g)].length, 12);
    const widths = [...wide[1]!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].reduce((s, m) => s + Number(m[1]), 0);
    assert.ok(widths <= 9355, `grid ${widths} twips fits the text width`);
  });

  it('writes nested lists, links, bold and italic text as Word formatting', async () => {
    const report: PlanReport = {
      meta: {
        planId: 'x',
        year: 2025,
        scope: 'unit',
        templateKey: 'kf-2023',
        title: 'Test',
        author: 'A',
        subject: 'S',
        language: 'sv',
        issuer: 'I',
        dnr: '',
        documentDate: null,
      },
      front: { issuer: 'I', letterhead: [], title: 'Test', subtitle: null, decision: null },
      tocHeading: 'Innehållsförteckning',
      toc: [],
      body: [
        {
          kind: 'markdown',
          markdown:
            '- ett\n  - inre\n- **fet** och *kursiv* [länk](https://example.se) [farlig](javascript:x)',
        },
      ],
    };
    const files = readZip(await renderDocx(report));
    const xml = files.get('word/document.xml')!.toString('utf8');
    assert.match(xml, /<w:ilvl w:val="1"\/>/);
    assert.match(xml, /<w:b\/>.*fet/s);
    assert.match(xml, /<w:i\/>.*kursiv/s);
    assert.match(xml, /<w:hyperlink [^>]*r:id="[^"]+"[^>]*>.*länk/s);
    assert.ok(!files.get('word/_rels/document.xml.rels')!.toString('utf8').includes('javascript:'));
    assert.ok(xml.includes('farlig'));
  });

  it('opens in LibreOffice with every heading and the page header', {
    skip:
      hasCommand('soffice') && hasCommand('pdftotext')
        ? false
        : 'LibreOffice (libreoffice-writer-nogui) saknas',
  }, async () => {
    const { report, bytes } = await docx(demo.unitPlanId);
    const dir = mkdtempSync(join(tmpdir(), 'malkedja-docx-'));
    try {
      writeFileSync(join(dir, 'plan.docx'), bytes);
      const out = spawnSync(
        'soffice',
        ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'plan.docx')],
        {
          env: { ...process.env, HOME: dir },
          timeout: 120_000,
        },
      );
      assert.equal(out.status, 0, String(out.stderr));
      const pdf = new Uint8Array(readFileSync(join(dir, 'plan.pdf')));
      const text = pdfText(pdf);
      for (const h of headingsOf(report)) assert.ok(text.includes(normalise(headingText(h))), headingText(h));
      assert.match(text, /Sid 1 \(\d+\)/);
      // LibreOffice shows the contents as written: the page numbers of the PDF.
      const pages = layoutContentsPages(report);
      for (const entry of report.toc)
        assert.match(
          text,
          new RegExp(`${escapeRe(normalise(entry.text))}[ .]*${pages.get(entry.id)}\\b`),
          entry.text,
        );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
