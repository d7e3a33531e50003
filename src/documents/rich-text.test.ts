import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRichText } from './rich-text.ts';

describe('parseRichText', () => {
  it('turns paragraphs, bold, italic and safe links into a tree of plain data', () => {
    assert.deepEqual(
      parseRichText('Vi **ska** göra *mer* med [stöd](https://example.se) och [x](javascript:alert(1)).'),
      [
        {
          t: 'p',
          c: [
            { t: 'text', v: 'Vi ' },
            { t: 'strong', c: [{ t: 'text', v: 'ska' }] },
            { t: 'text', v: ' göra ' },
            { t: 'em', c: [{ t: 'text', v: 'mer' }] },
            { t: 'text', v: ' med ' },
            { t: 'link', href: 'https://example.se', c: [{ t: 'text', v: 'stöd' }] },
            { t: 'text', v: ' och x.' },
          ],
        },
      ],
    );
  });

  it('keeps bullet and numbered lists with their start number and nesting', () => {
    const [bullets, numbers] = parseRichText('- ett\n  - två\n\n3. tre\n4. fyra');
    assert.equal(bullets?.t, 'list');
    assert.equal(bullets.t === 'list' && bullets.ordered, false);
    assert.deepEqual(bullets.t === 'list' && bullets.items[0]?.[1], {
      t: 'list',
      ordered: false,
      start: 1,
      items: [[{ t: 'p', c: [{ t: 'text', v: 'två' }] }]],
    });
    assert.deepEqual(numbers, {
      t: 'list',
      ordered: true,
      start: 3,
      items: [[{ t: 'p', c: [{ t: 'text', v: 'tre' }] }], [{ t: 'p', c: [{ t: 'text', v: 'fyra' }] }]],
    });
  });

  it('keeps raw HTML and entities as the text the user wrote', () => {
    assert.deepEqual(parseRichText('<script>alert("x")</script> & <b>'), [
      { t: 'p', c: [{ t: 'text', v: '<script>alert("x")</script> & <b>' }] },
    ]);
  });
});
