import { sanitizeFragment } from './sanitize.ts';

/**
 * Pasted HTML (Word, web pages) → clean HTML: Word's list paragraphs become real lists, every style,
 * class and unknown element is dropped.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  convertWordLists(doc);
  const holder = document.createElement('div');
  holder.appendChild(sanitizeFragment(doc.body));
  for (const p of Array.from(holder.querySelectorAll('p'))) {
    if (!p.textContent?.trim() && !p.querySelector('br')) p.remove();
  }
  return holder.innerHTML;
}

function isWordListParagraph(el: Element): boolean {
  const style = el.getAttribute('style') ?? '';
  return el.tagName === 'P' && (/mso-list/i.test(style) || /MsoListParagraph/i.test(el.className));
}

function convertWordLists(doc: Document) {
  const paragraphs = Array.from(doc.body.querySelectorAll('p')).filter(isWordListParagraph);
  let list: HTMLElement | undefined;
  let previous: Element | undefined;
  for (const p of paragraphs) {
    const marker = takeMarker(p);
    const ordered = /^\s*[0-9a-zA-Z]{1,3}[.)]/.test(marker);
    const contiguous = previous && previous.nextElementSibling === p;
    if (!list || !contiguous || (list.tagName === 'OL') !== ordered) {
      list = doc.createElement(ordered ? 'ol' : 'ul');
      p.before(list);
    }
    const item = doc.createElement('li');
    item.append(...Array.from(p.childNodes));
    list.appendChild(item);
    previous = p;
    p.replaceWith(doc.createComment('list item'));
    previous = list;
  }
}

/** Removes Word's typed bullet or number ("·", "o", "1.") and returns it. */
function takeMarker(p: Element): string {
  const ignore = Array.from(p.querySelectorAll('span')).find((span) =>
    /mso-list:\s*Ignore/i.test(span.getAttribute('style') ?? ''),
  );
  if (ignore) {
    const text = ignore.textContent ?? '';
    ignore.remove();
    return text;
  }
  const first = p.firstChild;
  if (first?.nodeType === Node.TEXT_NODE) {
    const match = /^\s*([·•o§▪\-–]|[0-9a-zA-Z]{1,3}[.)])\s+/.exec(first.textContent ?? '');
    if (match) {
      first.textContent = (first.textContent ?? '').slice(match[0].length);
      return match[1] ?? '';
    }
  }
  return '';
}
