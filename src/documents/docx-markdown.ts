import {
  BorderStyle,
  ExternalHyperlink,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Token, Tokens } from 'marked';
import { lexMarkdown, safeHref, unescapeHtml } from './markdown.ts';

/** Content width of an A4 page with the document's margins (25 mm + 20 mm), in twentieths of a point. */
export const CONTENT_WIDTH = 11906 - 1417 - 1134;

export const THIN = { style: BorderStyle.SINGLE, size: 4, color: '9AA5B1' } as const;
export const CELL_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN };
export const CELL_MARGINS = { top: 45, bottom: 45, left: 90, right: 90 };

interface InlineStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  mono?: boolean;
  /** Half-points. */
  size?: number;
}

/** Numbered lists restart in each list: every list gets its own numbering instance. */
export interface ListCounter {
  next: () => number;
}

/** Rich text (Markdown) as Word paragraphs, lists as real Word lists, tables as Word tables. */
export function markdownToDocx(markdown: string, lists: ListCounter): Array<Paragraph | Table> {
  return blocks(lexMarkdown(markdown), lists, 0);
}

function blocks(tokens: Token[], lists: ListCounter, depth: number): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
      case 'def':
        break;
      case 'paragraph':
      case 'text':
        out.push(new Paragraph({ children: inline(childTokens(token), {}) }));
        break;
      case 'heading':
        out.push(
          new Paragraph({
            children: inline(childTokens(token), { bold: true }),
            keepNext: true,
            spacing: { before: 160 },
          }),
        );
        break;
      case 'list':
        out.push(...list(token as Tokens.List, lists, depth));
        break;
      case 'table':
        out.push(table(token as Tokens.Table));
        break;
      case 'blockquote':
        out.push(...blocks((token as Tokens.Blockquote).tokens, lists, depth));
        break;
      case 'code':
        for (const line of (token as Tokens.Code).text.split('\n'))
          out.push(new Paragraph({ children: [new TextRun({ text: line, font: 'Courier New', size: 18 })] }));
        break;
      case 'hr':
        out.push(new Paragraph({ children: [], border: { bottom: THIN } }));
        break;
      case 'html':
        out.push(new Paragraph({ children: [new TextRun((token as Tokens.HTML).text.trim())] }));
        break;
      default:
        if ('text' in token && typeof token.text === 'string')
          out.push(new Paragraph({ children: [new TextRun(token.text)] }));
    }
  }
  return out;
}

function list(token: Tokens.List, lists: ListCounter, depth: number): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  const reference = token.ordered ? 'numbers' : 'bullets';
  const instance = lists.next();
  const level = Math.min(depth, 3);
  for (const item of token.items) {
    let first = true;
    for (const child of item.tokens) {
      if (child.type === 'list') {
        out.push(...list(child as Tokens.List, lists, depth + 1));
        continue;
      }
      if (child.type === 'space') continue;
      if (child.type !== 'text' && child.type !== 'paragraph') {
        out.push(...blocks([child], lists, depth + 1));
        continue;
      }
      out.push(
        new Paragraph({
          children: inline(childTokens(child), {}),
          ...(first
            ? { numbering: { reference, level, instance } }
            : { indent: { left: 360 * (level + 1) + 360 } }),
          spacing: { after: 60 },
        }),
      );
      first = false;
    }
  }
  return out;
}

function childTokens(token: Token): Token[] {
  const t = token as { tokens?: Token[]; text?: string };
  return t.tokens ?? [{ type: 'text', raw: t.text ?? '', text: t.text ?? '' } as Tokens.Text];
}

function run(text: string, style: InlineStyle): TextRun {
  return new TextRun({
    text,
    bold: style.bold,
    italics: style.italics,
    strike: style.strike,
    size: style.size,
    ...(style.mono ? { font: 'Courier New' } : {}),
  });
}

export function inline(tokens: Token[], style: InlineStyle): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'strong':
        out.push(...inline(childTokens(token), { ...style, bold: true }));
        break;
      case 'em':
        out.push(...inline(childTokens(token), { ...style, italics: true }));
        break;
      case 'del':
        out.push(...inline(childTokens(token), { ...style, strike: true }));
        break;
      case 'codespan':
        out.push(run((token as Tokens.Codespan).text, { ...style, mono: true }));
        break;
      case 'br':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const href = safeHref(link.href);
        const children = inline(link.tokens, style);
        if (href) out.push(new ExternalHyperlink({ link: href, children }));
        else out.push(...children);
        break;
      }
      case 'image':
        out.push(run((token as Tokens.Image).text, style));
        break;
      case 'text': {
        const t = token as Tokens.Text;
        if (t.tokens?.length) out.push(...inline(t.tokens, style));
        else out.push(run(unescapeHtml(t.text), style));
        break;
      }
      default:
        out.push(run(unescapeHtml((token as { text?: string; raw: string }).text ?? token.raw), style));
    }
  }
  return out;
}

function table(token: Tokens.Table): Table {
  const columns = token.header.length;
  const width = Math.floor(CONTENT_WIDTH / columns);
  const size = columns > 5 ? 16 : 19;
  const cell = (c: Tokens.TableCell, header: boolean) =>
    new TableCell({
      borders: CELL_BORDERS,
      margins: CELL_MARGINS,
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'DDE6EF' } } : {}),
      children: [
        new Paragraph({ children: inline(c.tokens, { bold: header, size }), spacing: { after: 0 } }),
      ],
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    rows: [
      new TableRow({ tableHeader: true, children: token.header.map((c) => cell(c, true)) }),
      ...token.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, false)) })),
    ],
  });
}
