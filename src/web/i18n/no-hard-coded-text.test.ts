import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { findHardCodedText } from './hard-coded-text.ts';

const WEB = join(import.meta.dirname, '..');

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return name.endsWith('.tsx') ? [path] : [];
  });
}

const texts = (source: string) => findHardCodedText(source).map((f) => f.text);

/** Files whose text is the printed document's, which stays in the municipality's language. */
const DOCUMENT_FILES = new Set(['components/document-preview.tsx']);

describe('the hard-coded text scanner', () => {
  it('finds JSX text in a paragraph', () => {
    assert.deepEqual(findHardCodedText('export const A = () => <p>Hej</p>;'), [{ line: 1, text: 'Hej' }]);
  });

  it('finds text attributes, shown strings, templates and confirm texts, naming the line', () => {
    const source = [
      'export function A({ n, ok }: { n: number; ok: boolean }) {',
      "  if (!confirm('Ta bort?')) return null;",
      '  return (',
      '    <div>',
      '      <button type="button" aria-label="Stäng">x</button>',
      "      <input placeholder={'Sök'} />",
      "      <span>{ok ? 'Klar' : 'Pågår'}</span>",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample is source text with a template literal
      '      <span>{`${n} rader`}</span>',
      '    </div>',
      '  );',
      '}',
      "const LABEL = { draft: 'Utkast', sent: 'Inlämnad för granskning' };",
      "const KINDS = [['percent', 'Procent'], ['number', 'Antal']];",
      'export const B = () => <TextField hint="Till exempel 94" label={t(\'x\')} />;',
    ].join('\n');
    assert.deepEqual(
      findHardCodedText(source).map((f) => `${f.line}:${f.text}`),
      [
        '2:Ta bort?',
        '5:Stäng',
        '5:x',
        '6:Sök',
        '7:Klar',
        '7:Pågår',
        '8:rader',
        '12:Utkast',
        '12:Inlämnad för granskning',
        '13:Procent',
        '13:Antal',
        '14:Till exempel 94',
      ],
    );
  });

  it('finds a Swedish label map imported from the vocabulary', () => {
    const source = "import { PLAN_STATUS_LABEL, PLAN_STATUSES } from '../../shared/vocabulary.ts';";
    assert.deepEqual(texts(source), ['PLAN_STATUS_LABEL']);
  });

  it('lets translated text, the brand, units, numbers and class names through', () => {
    const source = [
      "import { useTranslation } from 'react-i18next';",
      'export function A({ n }: { n: number }) {',
      "  const { t } = useTranslation('plan');",
      '  return (',
      '    <p className="lead" aria-label={t(\'a\')}>',
      "      Målkedja {n} % {t('b')} – {n} kr ({n} kB)",
      '      {e.key === \'Enter\' ? <input type="text" /> : null}',
      '    </p>',
      '  );',
      '}',
    ].join('\n');
    assert.deepEqual(texts(source), []);
  });
});

describe('the web app', () => {
  it('has no user-visible text outside the i18n namespaces', () => {
    const found = tsxFiles(WEB)
      .filter((file) => !DOCUMENT_FILES.has(relative(WEB, file)))
      .flatMap((file) =>
        findHardCodedText(readFileSync(file, 'utf8'), file).map(
          (f) => `${relative(WEB, file)}:${f.line}: ${JSON.stringify(f.text)}`,
        ),
      );
    assert.deepEqual(
      found,
      [],
      `Move these texts into src/web/i18n/{sv,en}/<namespace>.ts:\n${found.join('\n')}`,
    );
  });
});
