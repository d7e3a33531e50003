import { marked } from 'marked';
import { sanitizeHtml } from './sanitize.ts';

/** Stored Markdown → sanitized HTML for the editor and the preview. */
export function markdownToHtml(markdown: string): string {
  if (!markdown.trim()) return '';
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false }) as string;
  return sanitizeHtml(html);
}

/** Editor HTML → Markdown with paragraphs, lists, bold, italic and links. */
export function htmlToMarkdown(root: ParentNode): string {
  const blocks: string[] = [];
  let inline = '';
  const flush = () => {
    if (inline.trim()) blocks.push(inline.trim());
    inline = '';
  };
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (el.tagName === 'UL' || el.tagName === 'OL') {
        flush();
        blocks.push(listToMarkdown(el, 0));
        continue;
      }
      if (el.tagName === 'P' || el.tagName === 'DIV') {
        flush();
        const text = inlineToMarkdown(el).trim();
        if (text) blocks.push(text);
        continue;
      }
    }
    inline += inlineToMarkdown(node);
  }
  flush();
  return blocks.join('\n\n');
}

function listToMarkdown(list: Element, depth: number): string {
  const lines: string[] = [];
  let n = 1;
  for (const item of Array.from(list.children)) {
    if (item.tagName !== 'LI') continue;
    const marker = list.tagName === 'OL' ? `${n++}.` : '-';
    const nested: string[] = [];
    let text = '';
    for (const child of Array.from(item.childNodes)) {
      const el = child as Element;
      if (el.tagName === 'UL' || el.tagName === 'OL') nested.push(listToMarkdown(el, depth + 1));
      else if (el.tagName === 'P') text += `${inlineToMarkdown(el)} `;
      else text += inlineToMarkdown(child);
    }
    lines.push(`${'  '.repeat(depth)}${marker} ${text.replace(/\s+/g, ' ').trim()}`);
    lines.push(...nested);
  }
  return lines.join('\n');
}

function inlineToMarkdown(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return escapeMarkdown((node.textContent ?? '').replace(/\s+/g, ' '));
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as Element;
  const inner = Array.from(el.childNodes).map(inlineToMarkdown).join('');
  switch (el.tagName) {
    case 'BR':
      return '  \n';
    case 'STRONG':
    case 'B':
      return wrap(inner, '**');
    case 'EM':
    case 'I':
      return wrap(inner, '*');
    case 'A': {
      const href = el.getAttribute('href') ?? '';
      return href ? `[${inner}](${href.replace(/\)/g, '%29')})` : inner;
    }
    default:
      return inner;
  }
}

/** Keeps the emphasis markers outside surrounding spaces so Markdown reads them back. */
function wrap(text: string, marker: string): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text);
  if (!match?.[2]) return text;
  return `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
}

function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\*_`[\]])/g, '\\$1')
    .replace(/^(\s*)([-+])(\s)/, '$1\\$2$3')
    .replace(/^(\s*\d+)\.(\s)/, '$1\\.$2');
}
