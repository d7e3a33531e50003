import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanTree } from '../../shared/schemas/plan-tree.ts';
import { DocumentPreview } from './document-preview.tsx';

/** The plan as a document. Uses the document renderer's HTML when the server has it. */
export function PlanPreview({ tree }: { tree: PlanTree }) {
  const { t } = useTranslation('plan');
  const url = `/api/v1/plans/${tree.plan.id}/document.html`;
  const rendered = useQuery({
    queryKey: ['document-available', tree.plan.id],
    queryFn: async () => (await fetch(url, { method: 'HEAD' })).ok,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  // Any saved change (a goal's text, a target, a row) gives the document a new address, so it reloads.
  const stamp = useMemo(() => hashText(JSON.stringify(tree)), [tree]);
  if (rendered.data) {
    return <ScaledFrame title={t('preview.frame', { title: tree.plan.title })} src={`${url}?v=${stamp}`} />;
  }
  return <DocumentPreview tree={tree} label={t('preview.document')} />;
}

function hashText(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash << 5) + hash + text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}

/** The renderer lays pages out at A4 width; the preview shows them at that width, scaled to the pane. */
const PAGE_WIDTH = 820;

function ScaledFrame({ title, src }: { title: string; src: string }) {
  const holder = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setScale(Math.min(1, el.clientWidth / PAGE_WIDTH)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={holder} className="preview-scaler">
      <iframe
        className="preview-frame"
        title={title}
        src={src}
        // The document is server-rendered from user text; no scripts, forms or same-origin access even if sanitizing slipped.
        sandbox=""
        style={{ width: PAGE_WIDTH, height: `calc((100vh - 9rem) / ${scale})`, transform: `scale(${scale})` }}
      />
    </div>
  );
}
