import { useTranslation } from 'react-i18next';
import { anchors } from '../../domain/completeness.ts';
import { LIMITS } from '../../domain/limits.ts';
import { PLAN_FIELD_LABELS, type PlanDraft } from '../hooks/use-plan-draft.ts';
import { ConflictPanel } from './conflict-panel.tsx';
import { SaveStatus } from './save-status.tsx';
import { DATE_INPUT, TextField } from './text-field.tsx';

/** Letterhead: handläggare, telefon, till, datum, dnr. */
export function PlanMetadataForm({ draft }: { draft: PlanDraft }) {
  const { t } = useTranslation('plan');
  const { value, update, fieldErrors } = draft;
  return (
    <section className="doc-part card" aria-labelledby="uppgifter">
      <div className="part-head">
        <h2 id="uppgifter">{t('metadata.heading')}</h2>
        <SaveStatus state={draft.state} message={draft.message} />
      </div>
      {draft.conflict && (
        <ConflictPanel
          conflict={draft.conflict}
          fields={PLAN_FIELD_LABELS.map((f) => ({ ...f, label: t(`metadata.field.${f.key}`) }))}
          onKeepMine={draft.keepMine}
          onTakeTheirs={draft.takeTheirs}
        />
      )}
      <div className="form-grid">
        <TextField
          id={anchors.planField('title')}
          className="span-2"
          label={t('metadata.title')}
          limit={LIMITS.title}
          value={value.title}
          onChange={(title) => update({ title })}
          error={fieldErrors.title}
        />
        <TextField
          label={t('metadata.author')}
          limit={LIMITS.name}
          value={value.author}
          onChange={(author) => update({ author })}
          autoComplete="name"
          error={fieldErrors.author}
        />
        <TextField
          label={t('metadata.phone')}
          type="tel"
          value={value.phone}
          onChange={(phone) => update({ phone })}
          autoComplete="tel"
          error={fieldErrors.phone}
        />
        <TextField
          label={t('metadata.addressee')}
          limit={LIMITS.name}
          hint={t('metadata.addresseeHint')}
          value={value.addressee}
          onChange={(addressee) => update({ addressee })}
          error={fieldErrors.addressee}
        />
        <TextField
          label={t('metadata.date')}
          {...DATE_INPUT}
          value={value.documentDate}
          onChange={(documentDate) => update({ documentDate })}
          error={fieldErrors.documentDate}
        />
        <TextField
          label={t('metadata.dnr')}
          value={value.dnr}
          onChange={(dnr) => update({ dnr })}
          error={fieldErrors.dnr}
        />
      </div>
    </section>
  );
}
