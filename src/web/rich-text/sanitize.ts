/** The only markup rich text may hold: what Markdown can express (DESIGN §2). */
const KEEP = new Set(['P', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'A', 'BR']);
const RENAME: Record<string, string> = { B: 'STRONG', I: 'EM', H1: 'P', H2: 'P', H3: 'P', H4: 'P', DIV: 'P' };
const DROP = new Set(['SCRIPT', 'STYLE', 'META', 'LINK', 'TITLE', 'XML', 'IFRAME', 'OBJECT', 'svg', 'IMG']);

export function isSafeHref(href: string): boolean {
  return /^(https?:|mailto:)/i.test(href.trim());
}

/** Rebuilds a fragment keeping only allowed elements (without attributes, except a safe href). */
export function sanitizeFragment(source: ParentNode, doc: Document = document): DocumentFragment {
  const out = doc.createDocumentFragment();
  copyChildren(source, out, doc);
  return out;
}

function copyChildren(from: ParentNode, to: Node, doc: Document) {
  for (const node of Array.from(from.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.appendChild(doc.createTextNode(node.textContent ?? ''));
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = RENAME[el.tagName] ?? el.tagName;
    if (DROP.has(el.tagName) || DROP.has(tag)) continue;
    if (!KEEP.has(tag)) {
      copyChildren(el, to, doc);
      continue;
    }
    const copy = doc.createElement(tag);
    if (tag === 'A') {
      const href = el.getAttribute('href') ?? '';
      if (!isSafeHref(href)) {
        copyChildren(el, to, doc);
        continue;
      }
      copy.setAttribute('href', href);
    }
    copyChildren(el, copy, doc);
    to.appendChild(copy);
  }
}

export function sanitizeHtml(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const holder = document.createElement('div');
  holder.appendChild(sanitizeFragment(doc.body));
  return holder.innerHTML;
}
