import { useEffect, useSyncExternalStore } from 'react';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'offline' | 'invalid' | 'conflict';

/** Every autosaving field reports here so the page can show one overall state. */
const states = new Map<string, SaveState>();
const listeners = new Set<() => void>();
let snapshot: SaveState = 'saved';

const RANK: SaveState[] = ['saved', 'saving', 'unsaved', 'offline', 'invalid', 'conflict'];

function recompute() {
  let worst: SaveState = 'saved';
  for (const state of states.values()) if (RANK.indexOf(state) > RANK.indexOf(worst)) worst = state;
  if (worst !== snapshot) {
    snapshot = worst;
    for (const listener of listeners) listener();
  }
}

export function reportSaveState(key: string, state: SaveState | undefined) {
  if (state === undefined || state === 'saved') states.delete(key);
  else states.set(key, state);
  recompute();
}

export function useReportSaveState(key: string, state: SaveState) {
  useEffect(() => {
    reportSaveState(key, state);
    return () => reportSaveState(key, undefined);
  }, [key, state]);
}

export function useOverallSaveState(): SaveState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
}

export const SAVE_LABEL: Record<SaveState, string> = {
  saved: 'Sparat',
  saving: 'Sparar …',
  unsaved: 'Ej sparat',
  offline: 'Ej sparat – ingen kontakt, försöker igen',
  invalid: 'Ej sparat – rätta det markerade fältet',
  conflict: 'Ej sparat – någon annan har ändrat, välj version',
};
