import { markdownToHtml } from '../rich-text/markdown.ts';

/** Read-only rich text (Markdown rendered and sanitized). */
export function Prose({ label, markdown }: { label?: string; markdown: string }) {
  if (!markdown.trim()) return null;
  return (
    <div className="prose-block">
      {label && <p className="prose-label">{label}</p>}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: markdownToHtml sanitizes to an allow-list */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: markdownToHtml(markdown) }} />
    </div>
  );
}
