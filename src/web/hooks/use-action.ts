import { useState } from 'react';
import { ApiError } from '../api/client.ts';

/**
 * Runs a one-off write (add, delete, reorder), keeping its pending state, the server's Swedish message and,
 * for a refused form, the message per field so each can be shown next to its field.
 */
export function useAction() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const run = async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
    setPending(true);
    setError(undefined);
    setFieldErrors({});
    try {
      return await fn();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      if (e instanceof ApiError) setFieldErrors(e.fieldErrors);
      return undefined;
    } finally {
      setPending(false);
    }
  };
  return { run, pending, error, fieldErrors };
}
