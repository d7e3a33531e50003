import { useEffect, useRef, useState } from 'react';

/** Sends a new order with the order it replaces (the list's version: the server answers 409 if that changed). */
export type PersistOrder = (ids: string[], expectedIds: string[]) => Promise<unknown>;

/**
 * Optimistic ordering for "Flytta upp/ner" and drag and drop: the list moves at once, the server is told,
 * and focus stays on the moved item's button so keyboard users can keep moving it. Moves are sent one after
 * the other, each with the order it started from; a refused move (someone else reordered) puts the stored
 * order back and keeps the server's Swedish message in `error`.
 */
export function useReorder(serverIds: string[], persist: PersistOrder) {
  const [ids, setIds] = useState(serverIds);
  const [error, setError] = useState<string>();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const serverKey = serverIds.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: serverKey captures the list's content
  useEffect(() => setIds(serverIds), [serverKey]);

  const moveTo = (id: string, index: number, focusId?: string) => {
    const from = ids.indexOf(id);
    if (from < 0 || index < 0 || index >= ids.length || index === from) return;
    const next = ids.filter((x) => x !== id);
    next.splice(index, 0, id);
    const expected = ids;
    setIds(next);
    queue.current = queue.current.then(() =>
      persist(next, expected).then(
        () => setError(undefined),
        (e: unknown) => {
          setIds(serverIds);
          setError(e instanceof Error ? e.message : String(e));
        },
      ),
    );
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
  return { ids, move, moveTo, error };
}
