import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSplitContinuation, itemsToMarkdown, stripMarkup, toItems, toLines } from './text.ts';

const md = (text: string) => itemsToMarkdown(toItems(toLines(text)));

describe('isSplitContinuation', () => {
  it('re-joins paragraphs cut by a page break', () => {
    assert.equal(isSplitContinuation('Brukarna tar', 'upp önskemål på mötet.'), true);
    assert.equal(
      isSplitContinuation('samarbetar med andra aktörer som', 'Jobbcentrum för att fler ska få arbete.'),
      true,
    );
    assert.equal(isSplitContinuation('insatser till icke-', 'biståndsbedömda personer.'), true);
    assert.equal(
      isSplitContinuation(`${'Ett långt stycke utan slut '.repeat(5)}i kemikaliesystemet`, 'Kemsystemet.'),
      true,
    );
  });

  it('keeps separate paragraphs apart', () => {
    assert.equal(isSplitContinuation('Målet följs upp i T2.', 'resultatet redovisas.'), false);
    assert.equal(isSplitContinuation('Att brukare trivs', 'Att medarbetare trivs'), false);
    assert.equal(isSplitContinuation('Inledning', '- Första punkten'), false);
  });
});

describe('itemsToMarkdown', () => {
  it('keeps lists, normalises "-text" items and joins a split list item', () => {
    assert.equal(
      md('- Ett\n-Två\n - Under\n\n2. Ökad andel kunder kan påverka när insatserna\n\nerbjuds.'),
      '- Ett\n- Två\n  - Under\n2. Ökad andel kunder kan påverka när insatserna erbjuds.',
    );
  });

  it('renders TAB rows as a Markdown table with the first row as header', () => {
    assert.equal(
      md('Schema:\n\nDag\tGrupp\nMåndag\tA|B\n\nSlut'),
      'Schema:\n\n| Dag | Grupp |\n| --- | --- |\n| Måndag | A\\|B |\n\nSlut',
    );
  });

  it('treats whitespace-only lines as blank and joins a hyphen-broken word without a space', () => {
    assert.equal(
      md('Stöd till icke-\n \n \nbiståndsbedömda.\n\nNästa stycke.'),
      'Stöd till icke-biståndsbedömda.\n\nNästa stycke.',
    );
  });
});

describe('stripMarkup', () => {
  it('removes bold, italics and HTML italics and collapses spacing', () => {
    assert.equal(stripMarkup('**Enheten  för**'), 'Enheten för');
    assert.equal(stripMarkup('*Helhetssyn* och <i>Summa</i>'), 'Helhetssyn och Summa');
  });
});
