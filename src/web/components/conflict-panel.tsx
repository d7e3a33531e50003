import { useTranslation } from 'react-i18next';
import type { Conflict } from '../hooks/use-autosave.ts';
import { Prose } from './prose.tsx';

export interface FieldSpec<T> {
  key: keyof T & string;
  label: string;
  rich?: boolean;
}

interface Props<T> {
  conflict: Conflict<T>;
  fields: FieldSpec<T>[];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** Shows both versions of the fields that differ and lets the user choose; nothing is discarded silently. */
export function ConflictPanel<T>({ conflict, fields, onKeepMine, onTakeTheirs }: Props<T>) {
  const { t } = useTranslation('plan');
  const differing = fields.filter(
    (f) => String(conflict.mine[f.key] ?? '') !== String(conflict.theirs[f.key] ?? ''),
  );
  return (
    <div className="conflict" role="alert">
      <h4 className="conflict-title">{t('conflict.heading')}</h4>
      <p>{t('conflict.intro')}</p>
      {differing.map((f) => (
        <div key={f.key} className="conflict-field">
          <h5>{f.label}</h5>
          <div className="conflict-columns">
            <section aria-label={t('conflict.mineLabel', { field: f.label })}>
              <h6>{t('conflict.mine')}</h6>
              <Value value={conflict.mine[f.key]} rich={f.rich} />
            </section>
            <section aria-label={t('conflict.theirsLabel', { field: f.label })}>
              <h6>{t('conflict.theirs')}</h6>
              <Value value={conflict.theirs[f.key]} rich={f.rich} />
            </section>
          </div>
        </div>
      ))}
      <div className="button-row">
        <button type="button" className="button primary" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="button" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </div>
  );
}

function Value({ value, rich }: { value: unknown; rich?: boolean }) {
  const { t } = useTranslation('plan');
  const text = String(value ?? '');
  if (!text.trim()) return <p className="muted">{t('conflict.empty')}</p>;
  if (rich) return <Prose markdown={text} />;
  return <p>{text}</p>;
}
