import { useEffect, useState } from 'react';

/**
 * Optimistic ordering for "Flytta upp/ner" and drag and drop: the list moves at once, the server is told,
 * and focus stays on the moved item's button so keyboard users can keep moving it.
 */
export function useReorder(serverIds: string[], persist: (ids: string[]) => Promise<unknown>) {
  const [ids, setIds] = useState(serverIds);
  const serverKey = serverIds.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: serverKey captures the list's content
  useEffect(() => setIds(serverIds), [serverKey]);

  const moveTo = (id: string, index: number, focusId?: string) => {
    const from = ids.indexOf(id);
    if (from < 0 || index < 0 || index >= ids.length || index === from) return;
    const next = ids.filter((x) => x !== id);
    next.splice(index, 0, id);
    setIds(next);
    void persist(next);
    if (focusId) {
      requestAnimationFrame(() => {
        const el = document.getElementById(focusId) as HTMLButtonElement | null;
        if (el && !el.disabled) el.focus();
        else
          document
            .getElementById(focusId.replace(/-(upp|ner)$/, (_m, d) => (d === 'upp' ? '-ner' : '-upp')))
            ?.focus();
      });
    }
  };
  const move = (id: string, delta: -1 | 1) =>
    moveTo(id, ids.indexOf(id) + delta, `flytta-${id}-${delta < 0 ? 'upp' : 'ner'}`);
  return { ids, move, moveTo };
}
