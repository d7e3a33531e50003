import type { Page } from 'playwright-core';

/** Words of the Swedish UI that an English page must not show (outside the municipality's own data). */
const SWEDISH_WORDS =
  /(?<!\p{L})(Spara|Sparat|Mål|Målet|Enhet|Enhetens|Nämnd|Nämndens|Lägg till|Ta bort|Visa|Välj|Öppna|Skapa|Förhandsgranska|Historik|Indikator|Indikatorer|Aktivitet|Aktiviteter|Årsmål|Avbryt|Bekräfta|Läser in|Inledning|Övrigt|saknas|och|för|med|inte|är|att)(?!\p{L})/u;

/** Every string (3 characters or more) in a JSON value: the names, titles and texts the API sent. */
function strings(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (value.trim().length >= 3) out.add(value.trim());
  } else if (Array.isArray(value)) {
    for (const v of value) strings(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) strings(v, out);
  }
  return out;
}

/**
 * Records what the API sends to the page, so the municipality's own data (Swedish plan text, organisation
 * names) can be told apart from the UI's own words.
 */
export function recordApiData(page: Page): Set<string> {
  const data = new Set<string>();
  page.on('response', async (response) => {
    if (!response.url().includes('/api/v1/')) return;
    if (!(response.headers()['content-type'] ?? '').includes('json')) return;
    try {
      strings(await response.json(), data);
    } catch {
      // A response the page navigated away from has no body any more; its data is not on screen either.
    }
  });
  return data;
}

/**
 * The page's visible UI text and accessible names with the API's data cut out, one line per text node,
 * keeping those that still hold a Swedish word. Rich text, form values and the document preview are the
 * plan's own content and are skipped.
 */
export async function findSwedishLeftovers(page: Page, data: Set<string>): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const skip = '[contenteditable], .prose, .document, .preview-pane, textarea, select, script, style';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(skip) || parent.getClientRects().length === 0) continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (el.closest(skip)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    out.push(document.title);
    return out;
  });
  const known = [...data].sort((a, b) => b.length - a.length);
  return [
    ...new Set(
      texts.filter((text) => {
        // A quoted name is the municipality's data, possibly shortened with "…" so it matches no API string.
        let rest = text.replace(/[“”][^“”]*[“”]/g, ' ');
        for (const d of known) if (rest.includes(d)) rest = rest.split(d).join(' ');
        return SWEDISH_WORDS.test(rest);
      }),
    ),
  ];
}
