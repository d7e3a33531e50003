import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { readDraft, removeDraft, writeDraft } from '../lib/drafts.ts';
import { type SaveState, useReportSaveState } from '../lib/save-registry.ts';

export interface Saved<T> {
  value: T;
  version: number | null;
}

export interface AutosaveOptions<T> {
  /** Identifies the record; also the localStorage key of its draft. */
  key: string;
  server: T;
  version: number | null;
  save: (value: T, version: number | null) => Promise<Saved<T>>;
  /** Turns a 409's details.current (the stored record) into comparable fields. */
  /** Its parameter is the endpoint's own record type (a 409 carries the stored record as details.current). */
  fromCurrent: (current: never) => Saved<T>;
  onSaved?: () => void;
  delay?: number;
}

export interface Conflict<T> {
  mine: T;
  theirs: T;
  theirVersion: number | null;
}

export interface Autosave<T> {
  value: T;
  update: (patch: Partial<T>) => void;
  state: SaveState;
  message?: string;
  fieldErrors: Record<string, string>;
  conflict?: Conflict<T>;
  keepMine: () => void;
  takeTheirs: () => void;
  /** The version the editor last saw (after its own saves too): what a delete of the record sends. */
  baseVersion: () => number | null;
}

const RETRY_MS = 5000;

/**
 * Local-first editing of one record: every change goes to a localStorage draft at once and to the server
 * after a short pause. A stale version (409) surfaces as a conflict with both versions; the draft stays
 * until the user has chosen, so nothing typed is lost.
 */
export function useAutosave<T extends object>(options: AutosaveOptions<T>): Autosave<T> {
  const { key, delay = 700 } = options;
  const initialDraft = useRef(readDraft<T>(key));
  const [value, setValue] = useState<T>(() =>
    initialDraft.current ? { ...options.server, ...initialDraft.current.value } : options.server,
  );
  const [state, setState] = useState<SaveState>(initialDraft.current ? 'unsaved' : 'saved');
  const [message, setMessage] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Conflict<T>>();
  const live = useRef({
    value,
    base: initialDraft.current ? initialDraft.current.baseVersion : options.version,
    dirty: Boolean(initialDraft.current),
    edits: 0,
    saving: false,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
  });
  const opts = useRef(options);
  opts.current = options;
  useReportSaveState(key, state);

  const save = useCallback(async () => {
    const handleSaveError = (error: unknown) => {
      const s = live.current;
      if (
        error instanceof ApiError &&
        error.code === 'CONFLICT' &&
        error.details &&
        'current' in error.details
      ) {
        const theirs = opts.current.fromCurrent(error.details.current as never);
        // Our own earlier save can land without its answer (reload, lost connection): nothing to choose then.
        if (JSON.stringify(theirs.value) === JSON.stringify(s.value)) {
          s.base = theirs.version;
          s.dirty = false;
          removeDraft(key);
          setState('saved');
          return;
        }
        setConflict({ mine: s.value, theirs: theirs.value, theirVersion: theirs.version });
        setState('conflict');
        setMessage(error.message);
        return;
      }
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
        setFieldErrors(error.fieldErrors);
        setMessage(error.message);
        setState('invalid');
        return;
      }
      setMessage(error instanceof Error ? error.message : String(error));
      setState('offline');
      s.timer = setTimeout(save, RETRY_MS);
    };

    const s = live.current;
    clearTimeout(s.timer);
    if (!s.dirty || s.saving) return;
    s.saving = true;
    const snapshot = s.value;
    const edits = s.edits;
    setState('saving');
    try {
      const saved = await opts.current.save(snapshot, s.base);
      s.base = saved.version;
      setFieldErrors({});
      setMessage(undefined);
      if (s.edits === edits) {
        s.dirty = false;
        removeDraft(key);
        setState('saved');
      } else {
        writeDraft(key, { value: s.value, baseVersion: s.base });
        s.timer = setTimeout(save, 50);
      }
      opts.current.onSaved?.();
    } catch (error) {
      handleSaveError(error);
    } finally {
      s.saving = false;
    }
  }, [key]);

  const update = useCallback(
    (patch: Partial<T>) => {
      const s = live.current;
      s.value = { ...s.value, ...patch };
      s.dirty = true;
      s.edits += 1;
      writeDraft(key, { value: s.value, baseVersion: s.base });
      setValue(s.value);
      setState((prev) => (prev === 'conflict' ? prev : 'unsaved'));
      clearTimeout(s.timer);
      if (!conflictRef.current) s.timer = setTimeout(save, opts.current.delay ?? delay);
    },
    [key, save, delay],
  );
  const conflictRef = useRef(conflict);
  conflictRef.current = conflict;

  const keepMine = useCallback(() => {
    const s = live.current;
    if (!conflictRef.current) return;
    s.base = conflictRef.current.theirVersion;
    s.dirty = true;
    writeDraft(key, { value: s.value, baseVersion: s.base });
    setConflict(undefined);
    conflictRef.current = undefined;
    void save();
  }, [key, save]);

  const takeTheirs = useCallback(() => {
    const s = live.current;
    if (!conflictRef.current) return;
    s.value = conflictRef.current.theirs;
    s.base = conflictRef.current.theirVersion;
    s.dirty = false;
    removeDraft(key);
    setValue(s.value);
    setConflict(undefined);
    conflictRef.current = undefined;
    setState('saved');
    opts.current.onSaved?.();
  }, [key]);

  // A pending draft from an earlier visit is sent as soon as the editor opens.
  useEffect(() => {
    const s = live.current;
    if (s.dirty) s.timer = setTimeout(save, 100);
    return () => {
      clearTimeout(s.timer);
      if (s.dirty && !s.saving) void save();
    };
  }, [save]);

  // Newer server data replaces the shown value only when nothing local is pending.
  useEffect(() => {
    const s = live.current;
    if (s.dirty || s.saving || options.version === s.base) return;
    // A refetch that started before our last save answers with the older version: it is not newer data.
    if (s.base !== null && (options.version === null || options.version < s.base)) return;
    s.base = options.version;
    s.value = options.server;
    setValue(options.server);
  }, [options.version, options.server]);

  const baseVersion = useCallback(() => live.current.base, []);
  return { value, update, state, message, fieldErrors, conflict, keepMine, takeTheirs, baseVersion };
}
