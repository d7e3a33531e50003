import { createContext, type ReactNode, useContext } from 'react';

/**
 * Whether the form controls of a page are locked (a submitted report, someone else's plan). Undefined
 * outside a page that locks.
 *
 * A page used to wrap everything in one `<fieldset disabled>`. The browser then disables only the form
 * controls, but axe (and assistive tools that follow it) count a table's scroll region inside it as out of
 * keyboard reach. So the page provides the lock here, and each cluster of controls (and each table's
 * contents, inside its focusable scroll region) sits in a fieldset of its own.
 */
const FormLockContext = createContext<boolean | undefined>(undefined);

export function FormLock({ locked, children }: { locked: boolean; children: ReactNode }) {
  return <FormLockContext.Provider value={locked}>{children}</FormLockContext.Provider>;
}

/** The controls inside are disabled while the page is locked; outside a FormLock it adds nothing. */
export function Lockable({ children }: { children: ReactNode }) {
  const locked = useContext(FormLockContext);
  if (locked === undefined) return children;
  return (
    <fieldset className="editor-lock" disabled={locked}>
      {children}
    </fieldset>
  );
}
