import type { Token, Tokens } from 'marked';
import { lexMarkdown, safeHref, unescapeHtml } from './markdown.ts';

/**
 * Rich text (Markdown) as a tree of plain data, for renderers that must never see markup built from
 * user text (Typst gets this as JSON and places every string as text). Raw HTML becomes text,
 * links keep only http(s) and mailto targets, headings inside a field become bold paragraphs.
 */
export type RichInline =
  | { t: 'text'; v: string }
  | { t: 'strong' | 'em' | 'del'; c: RichInline[] }
  | { t: 'code'; v: string }
  | { t: 'link'; href: string; c: RichInline[] }
  | { t: 'br' };

export type RichBlock =
  | { t: 'p'; c: RichInline[] }
  | { t: 'heading'; c: RichInline[] }
  | { t: 'list'; ordered: boolean; start: number; items: RichBlock[][] }
  | { t: 'table'; header: RichInline[][]; align: Array<'left' | 'center' | 'right'>; rows: RichInline[][][] }
  | { t: 'quote'; c: RichBlock[] }
  | { t: 'code'; v: string }
  | { t: 'hr' };

export function parseRichText(markdown: string): RichBlock[] {
  return blocks(lexMarkdown(markdown));
}

function blocks(tokens: Token[]): RichBlock[] {
  const out: RichBlock[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
      case 'def':
        break;
      case 'paragraph':
      case 'text':
        out.push({ t: 'p', c: inline(childTokens(token)) });
        break;
      case 'heading':
        out.push({ t: 'heading', c: inline(childTokens(token)) });
        break;
      case 'list':
        out.push(list(token as Tokens.List));
        break;
      case 'table': {
        const table = token as Tokens.Table;
        out.push({
          t: 'table',
          header: table.header.map((c) => inline(c.tokens)),
          align: table.header.map((c) => c.align ?? 'left'),
          rows: table.rows.map((r) => r.map((c) => inline(c.tokens))),
        });
        break;
      }
      case 'blockquote':
        out.push({ t: 'quote', c: blocks((token as Tokens.Blockquote).tokens) });
        break;
      case 'code':
        out.push({ t: 'code', v: (token as Tokens.Code).text });
        break;
      case 'hr':
        out.push({ t: 'hr' });
        break;
      case 'html':
        out.push({ t: 'p', c: [{ t: 'text', v: (token as Tokens.HTML).text.trim() }] });
        break;
      default:
        if ('text' in token && typeof token.text === 'string')
          out.push({ t: 'p', c: [{ t: 'text', v: unescapeHtml(token.text) }] });
    }
  }
  return out;
}

function list(token: Tokens.List): RichBlock {
  const start = typeof token.start === 'number' ? token.start : 1;
  return {
    t: 'list',
    ordered: token.ordered,
    start,
    items: token.items.map((item) => blocks(item.tokens)),
  };
}

function childTokens(token: Token): Token[] {
  const t = token as { tokens?: Token[]; text?: string };
  return t.tokens ?? [{ type: 'text', raw: t.text ?? '', text: t.text ?? '' } as Tokens.Text];
}

function inline(tokens: Token[]): RichInline[] {
  const out: RichInline[] = [];
  const text = (v: string) => {
    const last = out[out.length - 1];
    if (last?.t === 'text') last.v += v;
    else if (v) out.push({ t: 'text', v });
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'strong':
      case 'em':
      case 'del':
        out.push({ t: token.type, c: inline(childTokens(token)) });
        break;
      case 'codespan':
        out.push({ t: 'code', v: unescapeHtml((token as Tokens.Codespan).text) });
        break;
      case 'br':
        out.push({ t: 'br' });
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const href = safeHref(link.href);
        const children = inline(link.tokens);
        if (href) out.push({ t: 'link', href, c: children });
        else for (const child of children) child.t === 'text' ? text(child.v) : out.push(child);
        break;
      }
      case 'image':
        text((token as Tokens.Image).text);
        break;
      case 'text': {
        const t = token as Tokens.Text;
        if (t.tokens?.length) out.push(...inline(t.tokens));
        else text(unescapeHtml(t.text));
        break;
      }
      default:
        text(unescapeHtml((token as { text?: string; raw: string }).text ?? token.raw));
    }
  }
  return out;
}
