import { Marked, type Token, type Tokens } from 'marked';

/**
 * Rich text is Markdown without raw HTML (DESIGN §2). Raw HTML in the source is printed as text,
 * links keep only http(s) and mailto targets, and headings inside a field become bold paragraphs
 * so they never compete with the document's own heading hierarchy.
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** marked hands some text over already escaped; undo that before escaping once. */
export function unescapeHtml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

export function safeHref(href: string): string | null {
  const trimmed = href.trim();
  return /^(https?:|mailto:)/i.test(trimmed) ? trimmed : null;
}

const OPTIONS = { gfm: true, breaks: true } as const;

const html = new Marked({
  ...OPTIONS,
  renderer: {
    text(token) {
      if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
      return escapeHtml(unescapeHtml(token.text));
    },
    html(token) {
      return token.block ? `<p>${escapeHtml(token.text.trim())}</p>\n` : escapeHtml(token.text);
    },
    link(token) {
      const text = this.parser.parseInline(token.tokens);
      const href = safeHref(token.href);
      return href ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
    },
    image(token) {
      return escapeHtml(token.text);
    },
    heading(token) {
      return `<p class="md-heading"><strong>${this.parser.parseInline(token.tokens)}</strong></p>\n`;
    },
    table(token) {
      const cell = (c: Tokens.TableCell, tag: 'th' | 'td') => {
        const align = c.align ? ` class="align-${c.align}"` : '';
        const scope = tag === 'th' ? ' scope="col"' : '';
        return `<${tag}${scope}${align}>${this.parser.parseInline(c.tokens)}</${tag}>`;
      };
      const head = `<tr>${token.header.map((c) => cell(c, 'th')).join('')}</tr>`;
      const rows = token.rows.map((r) => `<tr>${r.map((c) => cell(c, 'td')).join('')}</tr>`).join('\n');
      const cls = token.header.length > 5 ? 'md-table md-table-wide' : 'md-table';
      return `<table class="${cls}"><thead>${head}</thead><tbody>${rows}</tbody></table>\n`;
    },
  },
});

/** Markdown to sanitized HTML. */
export function renderMarkdownHtml(markdown: string): string {
  return html.parse(markdown, { async: false }) as string;
}

const lexer = new Marked(OPTIONS);

/** Markdown as marked's block tokens, for the DOCX renderer. */
export function lexMarkdown(markdown: string): Token[] {
  return lexer.lexer(markdown);
}
