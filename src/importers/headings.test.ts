import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isFreeHeading, readsAsSentence } from './headings.ts';
import type { Item } from './text.ts';

const line = (text: string): Item => ({
  no: 1,
  raw: text,
  text,
  isRow: false,
  blankBefore: true,
  blankAfter: true,
});
const next = line('Nästa stycke börjar med versal.');

describe('free headings', () => {
  it('does not take a stand-alone sentence without a full stop for a heading', () => {
    for (const text of [
      'Enhetens verksamhetsplan har behandlats på arbetsplatsträff',
      'Planen har tagits fram tillsammans med medarbetarna i arbetslagen',
      'Samverkansgruppen informerades 2021-03-04',
      'Verksamhetsplanen fastställdes av enhetschefen under våren',
    ]) {
      assert.equal(readsAsSentence(text), true, text);
      assert.equal(isFreeHeading(line(text), next), false, text);
    }
  });

  it('still takes titles, short questions and the template headings', () => {
    for (const text of [
      'Systematiskt kvalitetsarbete',
      'Vad är kvalitet',
      'Utvecklingsområden 2021',
      'Brukarnas delaktighet och inflytande',
      'Samverkan med andra aktörer',
      'Alla barn får en likvärdig utbildning och når målen',
    ]) {
      assert.equal(isFreeHeading(line(text), next), true, text);
    }
  });
});
