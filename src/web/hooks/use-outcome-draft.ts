import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutcomeStatus } from '../../shared/vocabulary.ts';
import { ApiError } from '../api/client.ts';
import { readDraft, removeDraft, writeDraft } from '../lib/drafts.ts';
import { type SaveState, useReportSaveState } from '../lib/save-registry.ts';

export interface OutcomeFields {
  value: string;
  status: OutcomeStatus;
  comment: string;
}

interface Options {
  key: string;
  server: OutcomeFields;
  /** The revision the server's fields come from (0 when none is stored). */
  serverRevision: number;
  /** Saves a new revision and returns its number; throws an ApiError (or the parse error) when the fields cannot be saved. */
  save: (fields: OutcomeFields) => Promise<number>;
  onSaved: () => void;
}

const IDLE_MS = 2500;

/**
 * An outcome is append-only: every save is a new row in its history. So it is saved when the person
 * leaves the row, picks a status or pauses for a while, not on every short pause in typing; until then the draft lives in
 * localStorage like every other edit, and a draft left from an earlier visit is sent on opening.
 */
export function useOutcomeDraft({ key, server, serverRevision, save, onSaved }: Options) {
  const initial = useRef(readDraft<OutcomeFields>(key));
  const [fields, setFields] = useState<OutcomeFields>(initial.current?.value ?? server);
  const [state, setState] = useState<SaveState>(initial.current ? 'unsaved' : 'saved');
  const [message, setMessage] = useState<string>();
  const live = useRef({
    fields,
    dirty: Boolean(initial.current),
    saving: false,
    saved: 0,
    idle: undefined as ReturnType<typeof setTimeout> | undefined,
  });
  const opts = useRef({ save, onSaved });
  opts.current = { save, onSaved };
  useReportSaveState(key, state);

  const commit = useCallback(async () => {
    const s = live.current;
    clearTimeout(s.idle);
    if (!s.dirty || s.saving) return;
    s.saving = true;
    const snapshot = s.fields;
    setState('saving');
    try {
      s.saved = await opts.current.save(snapshot);
      if (s.fields === snapshot) {
        s.dirty = false;
        removeDraft(key);
        setState('saved');
      } else setState('unsaved');
      setMessage(undefined);
      opts.current.onSaved();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
      setState(error instanceof ApiError && error.status === 0 ? 'offline' : 'invalid');
    } finally {
      s.saving = false;
    }
  }, [key]);

  const update = useCallback(
    (patch: Partial<OutcomeFields>, now = false) => {
      const s = live.current;
      s.fields = { ...s.fields, ...patch };
      s.dirty = true;
      writeDraft(key, { value: s.fields, baseVersion: null });
      setFields(s.fields);
      setState('unsaved');
      clearTimeout(s.idle);
      if (now) void commit();
      // Someone who stops typing but stays in the row is saved too, after a longer pause than other fields.
      else s.idle = setTimeout(() => void commit(), IDLE_MS);
    },
    [key, commit],
  );

  useEffect(() => {
    const s = live.current;
    if (s.dirty) void commit();
    return () => clearTimeout(s.idle);
  }, [commit]);

  // Newer server data (after a refresh) replaces the shown fields only when nothing local is pending.
  const serverJson = JSON.stringify(server);
  // biome-ignore lint/correctness/useExhaustiveDependencies: compared by value through serverJson
  useEffect(() => {
    const s = live.current;
    // A refetch that started before our last save still has the older revision: keep what was saved.
    if (s.dirty || s.saving || serverRevision < s.saved) return;
    s.fields = server;
    setFields(server);
  }, [serverJson, serverRevision]);

  return { fields, update, commit, state, message };
}
