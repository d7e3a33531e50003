import type { ReactNode } from 'react';
import { Lockable } from './form-lock.tsx';

/**
 * A wide table scrolls sideways on a phone; the region is focusable so the keyboard can scroll it too, and
 * named (usually as the table's caption) so a screen reader says what it scrolls. On a locked page the
 * table's controls are disabled inside the region, never the region itself.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: WCAG 2.1.1 – scrollable content must be reachable by keyboard
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      <Lockable>{children}</Lockable>
    </section>
  );
}
