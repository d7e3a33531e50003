import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/** A deep link to #anchor (from the completeness list) scrolls to and focuses the field once it exists. */
export function useHashFocus(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const el = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    const focusable = el.matches('input, [contenteditable], textarea, select')
      ? el
      : el.querySelector<HTMLElement>('input, [contenteditable], textarea, select, button');
    focusable?.focus({ preventScroll: true });
  }, [ready, hash]);
}
