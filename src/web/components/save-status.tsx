import { useTranslation } from 'react-i18next';
import { type SaveState, useOverallSaveState } from '../lib/save-registry.ts';

const ICON: Record<SaveState, string> = {
  saved: '✓',
  saving: '↻',
  unsaved: '●',
  offline: '⚠',
  invalid: '⚠',
  conflict: '⚠',
};

/** One record's state, next to what it saves. */
export function SaveStatus({ state, message }: { state: SaveState; message?: string }) {
  // Saved is the normal case; the page header says so once instead of on every field.
  const { t } = useTranslation('vocabulary');
  if (state === 'saved') return null;
  return (
    <span className={`save-status save-${state}`}>
      <span aria-hidden="true">{ICON[state]} </span>
      {t(`save.${state}`)}
      {message && state !== 'saving' && state !== 'unsaved' && (
        <span className="save-message">: {message}</span>
      )}
    </span>
  );
}

/** The page's overall state, announced politely to screen readers. */
export function OverallSaveStatus() {
  const { t } = useTranslation(['plan', 'vocabulary']);
  const state = useOverallSaveState();
  return (
    <output className={`save-status save-overall save-${state}`} aria-live="polite">
      <span aria-hidden="true">{ICON[state]} </span>
      {state === 'saved' ? t('plan:editor.allSaved') : t(`vocabulary:save.${state}`)}
    </output>
  );
}
