import { type ClipboardEvent, type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { htmlToMarkdown, markdownToHtml } from './markdown.ts';
import { isSafeHref } from './sanitize.ts';
import { cleanPastedHtml } from './word-paste.ts';

interface Props {
  label: string;
  value: string;
  onChange: (markdown: string) => void;
  id?: string;
  hint?: string;
  error?: string;
}

/** A small WYSIWYG editor that stores Markdown: paragraphs, lists, bold, italic, links. */
export function RichTextEditor({ label, value, onChange, id, hint, error }: Props) {
  const { t } = useTranslation('plan');
  const generated = useId();
  const editorId = id ?? `rt-${generated}`;
  const labelId = `${editorId}-label`;
  const hintId = `${editorId}-hint`;
  const errorId = `${editorId}-error`;
  const ref = useRef<HTMLDivElement>(null);
  const lastEmitted = useRef<string | null>(null);

  useEffect(() => {
    if (!ref.current || value === lastEmitted.current) return;
    ref.current.innerHTML = markdownToHtml(value);
    lastEmitted.current = value;
  }, [value]);

  const emit = () => {
    if (!ref.current) return;
    const markdown = htmlToMarkdown(ref.current);
    lastEmitted.current = markdown;
    onChange(markdown);
  };

  const command = (name: string, arg?: string) => {
    ref.current?.focus();
    document.execCommand(name, false, arg);
    emit();
  };

  const addLink = () => {
    const href = window.prompt(t('richText.linkPrompt'), 'https://');
    if (!href || !isSafeHref(href)) return;
    const selection = window.getSelection();
    if (selection?.isCollapsed) command('insertHTML', `<a href="${encodeURI(href)}">${href}</a>`);
    else command('createLink', href);
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    event.preventDefault();
    const html = event.clipboardData.getData('text/html');
    if (html) document.execCommand('insertHTML', false, cleanPastedHtml(html));
    else document.execCommand('insertText', false, event.clipboardData.getData('text/plain'));
    emit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'b' || key === 'i') {
      event.preventDefault();
      command(key === 'b' ? 'bold' : 'italic');
    } else if (key === 'k') {
      event.preventDefault();
      addLink();
    }
  };

  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field rich-text">
      <span className="field-label" id={labelId}>
        {label}
      </span>
      {hint && (
        <span className="field-hint" id={hintId}>
          {hint}
        </span>
      )}
      <div className="rt-frame">
        <div className="rt-toolbar" role="toolbar" aria-label={t('richText.toolbar', { label })}>
          <ToolButton label={t('richText.bold')} onClick={() => command('bold')}>
            <b>{t('richText.boldGlyph')}</b>
          </ToolButton>
          <ToolButton label={t('richText.italic')} onClick={() => command('italic')}>
            <i>{t('richText.italicGlyph')}</i>
          </ToolButton>
          <ToolButton label={t('richText.bullets')} onClick={() => command('insertUnorderedList')}>
            <Icon d="M4 6h.01M4 12h.01M4 18h.01M8 6h12M8 12h12M8 18h12" />
          </ToolButton>
          <ToolButton label={t('richText.numbered')} onClick={() => command('insertOrderedList')}>
            <Icon d="M3 5h2v4M3 9h3M3 14c0-1 3-1 3 0s-3 2-3 3h3M9 6h11M9 12h11M9 18h11" />
          </ToolButton>
          <ToolButton label={t('richText.link')} onClick={addLink}>
            <Icon d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
          </ToolButton>
        </div>
        {/* biome-ignore lint/a11y/useSemanticElements: a contentEditable div is the only rich-text surface */}
        <div
          ref={ref}
          id={editorId}
          className="rt-content"
          contentEditable
          suppressContentEditableWarning
          role="textbox"
          tabIndex={0}
          aria-multiline="true"
          aria-labelledby={labelId}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onFocus={() => document.execCommand('defaultParagraphSeparator', false, 'p')}
          onInput={emit}
          onPaste={onPaste}
          onKeyDown={onKeyDown}
        />
      </div>
      {error && (
        <span className="field-error" id={errorId}>
          {error}
        </span>
      )}
    </div>
  );
}

function Icon({ d }: { d: string }) {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}

function ToolButton({
  label,
  onClick,
  children,
}: {
  label: string;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      className="rt-button"
      aria-label={label}
      title={label}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}
