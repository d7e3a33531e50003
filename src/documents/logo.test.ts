import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import { openTestContext } from '../../test/helpers/db.ts';
import { buildMunicipality } from '../../test/helpers/factories.ts';
import { readZip } from '../../test/helpers/zip.ts';
import { setLogo } from '../services/municipality.ts';
import { buildPlanReport } from './build-plan-report.ts';
import { logoAspect } from './logo.ts';
import { renderDocx } from './render-docx.ts';
import { renderPdf } from './render-pdf.ts';

const ctx = await openTestContext();
const m = await buildMunicipality(ctx, 2025);
const dir = mkdtempSync(join(tmpdir(), 'malkedja-logo-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A real PNG of the given size (solid blue), built here so the test owns its fixture. */
function png(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([0x0b, 0x4f, 0x8a]))]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The images poppler finds in a PDF, as "width x height" per image. */
function pdfImages(pdf: Uint8Array): string[] {
  const file = join(dir, `doc-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const result = spawnSync('pdfimages', ['-list', file], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      return `${cols[3]}x${cols[4]}`;
    });
}

const skip = spawnSync('pdfimages', ['-v']).error ? 'poppler-utils saknas' : false;

describe('the municipality logo on documents', { skip }, () => {
  it('prints no image when the municipality has no logo', async () => {
    const report = await buildPlanReport(ctx.db, m.plan.id);
    assert.equal(report.front.logo, null);
    assert.deepEqual(pdfImages(await renderPdf(report)), []);
    const docx = readZip(await renderDocx(report));
    assert.ok(![...docx.keys()].some((name) => name.startsWith('word/media/')));
  });

  it('puts a PNG logo on the PDF front page and in the DOCX first-page header', async () => {
    await setLogo(ctx, png(90, 30));
    const report = await buildPlanReport(ctx.db, m.plan.id);
    assert.equal(report.front.logo?.type, 'image/png');
    assert.equal(report.front.logo?.aspect, 3);
    assert.deepEqual(pdfImages(await renderPdf(report)), ['90x30']);

    const docx = readZip(await renderDocx(report));
    const media = [...docx.keys()].filter((name) => name.startsWith('word/media/'));
    assert.equal(media.length, 1);
    assert.deepEqual(new Uint8Array(docx.get(media[0]!)!), new Uint8Array(png(90, 30)));
    const headers = [...docx.entries()].filter(([name]) => /^word\/header\d+\.xml$/.test(name));
    const withImage = headers.filter(([, xml]) => xml.toString('utf8').includes('<a:blip r:embed='));
    assert.equal(withImage.length, 1, 'only the first-page header carries the logo');
    assert.match(docx.get('word/document.xml')!.toString('utf8'), /<w:titlePg\/>/);
  });

  it('draws an SVG logo in the PDF and embeds it in the DOCX', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50"><rect width="200" height="50" fill="#0b4f8a"/></svg>';
    await setLogo(ctx, new TextEncoder().encode(svg));
    const report = await buildPlanReport(ctx.db, m.plan.id);
    assert.equal(report.front.logo?.aspect, 4);
    const pdf = Buffer.from(await renderPdf(report)).toString('latin1');
    const without = Buffer.from(
      await renderPdf({ ...report, front: { ...report.front, logo: null } }),
    ).toString('latin1');
    // Typst draws an SVG as vector paths, tagged (PDF/UA) as a figure with the logo's alternative text.
    const figures = (text: string) => (text.match(/\/Figure\b/g) ?? []).length;
    assert.equal(figures(without), 0);
    assert.equal(figures(pdf), 1);
    assert.match(pdf, /\/Alt/);
    assert.ok(pdf.length > without.length);
    const docx = readZip(await renderDocx(report));
    assert.ok([...docx.keys()].some((name) => /^word\/media\/.+\.svg$/.test(name)));
  });

  it('reads the proportions from width and height when an SVG has no viewBox', () => {
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"></svg>',
    );
    assert.equal(logoAspect('image/svg+xml', svg), 3);
  });
});
