import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { AWKWARD_TITLE, buildEdgeCasePlan } from '../../test/helpers/documents.ts';
import { buildPlanReport } from './build-plan-report.ts';
import { escapeHtml, renderMarkdownHtml } from './markdown.ts';
import { renderHtml } from './render-html.ts';

const ctx = await openTestContext();
const m = await buildEdgeCasePlan(ctx);
const report = await buildPlanReport(ctx.db, m.plan.id);

describe('renderHtml', () => {
  it('writes a Swedish document with one h1, nested headings and a linked table of contents', () => {
    const html = renderHtml(report);
    assert.match(html, /^<!doctype html>\n<html lang="sv">/);
    assert.equal(html.match(/<h1[ >]/g)?.length, 1);
    assert.match(html, /<title>Verksamhetsplan 2025 – Enheten för stöd \d+<\/title>/);
    for (const entry of report.toc) assert.ok(html.includes(`<a href="#${entry.id}">`), entry.text);
    for (const block of report.body)
      if (block.kind === 'heading') assert.ok(html.includes(`<h${block.level} id="${block.id}"`), block.text);
  });

  it('writes real tables with column and row header cells', () => {
    const html = renderHtml(report);
    assert.match(
      html,
      /<thead><tr><th scope="col">Indikator<\/th><th scope="col">Årsmål<\/th><th scope="col">KF:s årsmål år 2025<\/th><th scope="col">Periodicitet<\/th><\/tr><\/thead>/,
    );
    assert.match(
      html,
      /<th scope="row">Indikator 34 om kvalitet i stödet till brukare<\/th><td>94 %<\/td><td>84 %<\/td>/,
    );
    assert.match(html, /<table class="md-table md-table-wide"><thead><tr><th scope="col">Kolumn1<\/th>/);
  });

  it('escapes <, & and " in titles and never lets raw HTML through', () => {
    const html = renderHtml(report);
    assert.ok(html.includes(escapeHtml(AWKWARD_TITLE)));
    assert.ok(html.includes('Trygghet för ♀ &amp; ♂ &lt;alla&gt; &quot;nu&quot;'));
    assert.ok(!html.includes(AWKWARD_TITLE), 'the raw title never appears');
    assert.ok(!/<script/i.test(html), 'no script element');
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
  });

  it('renders Markdown lists as lists and drops unsafe links', () => {
    const html = renderMarkdownHtml(
      '- ett\n- två\n\n1. först\n2. sedan\n\n[x](javascript:alert(1)) [y](https://example.se)',
    );
    assert.match(html, /<ul>\n<li>ett<\/li>\n<li>två<\/li>\n<\/ul>/);
    assert.match(html, /<ol>\n<li>först<\/li>/);
    assert.ok(!html.includes('javascript:'));
    assert.ok(html.includes('<a href="https://example.se">y</a>'));
    assert.equal(
      renderMarkdownHtml('<div onclick="x">hej</div>'),
      '<p>&lt;div onclick=&quot;x&quot;&gt;hej&lt;/div&gt;</p>\n',
    );
  });

  it('gives the preview just the document fragment', () => {
    const fragment = renderHtml(report, { fragment: true });
    assert.ok(!fragment.includes('<html'));
    assert.ok(!fragment.includes('<body'));
    assert.match(fragment, /<article class="plan-document" lang="sv">/);
    assert.match(fragment, /<style>/);
  });

  it('prints contents page numbers with leaders only in paged output', () => {
    const first = report.toc[0]!;
    const paged = renderHtml(report, { print: true, pageNumbers: new Map([[first.id, 7]]) });
    assert.ok(
      paged.includes(
        `<a href="#${first.id}"><span class="toc-text">Inledning</span><span class="toc-leader"></span><span class="toc-page">7</span></a>`,
      ),
    );
    assert.ok(paged.includes('@page { size: A4;'));
    const screen = renderHtml(report);
    assert.ok(!screen.includes('class="toc-page"'));
    assert.ok(!screen.includes('@page'));
  });

  it('prints an empty section as a heading alone', () => {
    const html = renderHtml(report);
    assert.match(html, /<h3 id="sec-\d+">Tomt avsnitt<\/h3>\s*<h\d/);
  });
});
