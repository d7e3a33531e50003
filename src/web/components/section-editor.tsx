import { useTranslation } from 'react-i18next';
import { anchors } from '../../domain/completeness.ts';
import { LIMITS } from '../../domain/limits.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { TreeSection } from '../../shared/schemas/plan-tree.ts';
import { type Answer, call, reloadOnConflict } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import { useAutosave } from '../hooks/use-autosave.ts';
import { removeDraft } from '../lib/drafts.ts';
import { RichTextEditor } from '../rich-text/rich-text-editor.tsx';
import { ConflictPanel } from './conflict-panel.tsx';
import { MoveButtons } from './move-buttons.tsx';
import { SaveStatus } from './save-status.tsx';
import { TextField } from './text-field.tsx';

interface Fields {
  heading: string;
  body: string;
}

interface Props {
  section: TreeSection;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onChanged: () => void;
}

const pick = (s: { heading: string; body: string }): Fields => ({ heading: s.heading, body: s.body });

export function SectionEditor({ section, index, count, onMove, onChanged }: Props) {
  const { t } = useTranslation('plan');
  const draft = useAutosave<Fields>({
    key: `section:${section.id}`,
    server: pick(section),
    version: section.version,
    save: async (value, version) => {
      const row = await call(endpoints.updatePlanSection, {
        params: { id: section.id },
        body: { ...value, version: version! },
      });
      return { value: pick(row), version: row.version };
    },
    fromCurrent: (row: Answer<'updatePlanSection'>) => ({ value: pick(row), version: row.version }),
    onSaved: onChanged,
  });
  const remove = useAction();
  const name = draft.value.heading || t('section.unnamed');
  const headingId = `${anchors.section(section.id)}-h`;
  return (
    <section id={anchors.section(section.id)} className="section-editor" aria-labelledby={headingId}>
      <div className="item-head">
        <h3 id={headingId} className="item-title">
          {draft.value.heading || t('section.new')}
        </h3>
        <SaveStatus state={draft.state} message={draft.message} />
      </div>
      {draft.conflict && (
        <ConflictPanel
          conflict={draft.conflict}
          fields={[
            { key: 'heading', label: t('section.heading') },
            { key: 'body', label: t('section.text'), rich: true },
          ]}
          onKeepMine={draft.keepMine}
          onTakeTheirs={draft.takeTheirs}
        />
      )}
      <TextField
        id={`${anchors.section(section.id)}-rubrik`}
        label={t('section.heading')}
        limit={LIMITS.heading}
        value={draft.value.heading}
        onChange={(heading) => draft.update({ heading })}
        error={draft.fieldErrors.heading}
      />
      <RichTextEditor
        label={t('section.textUnder', { name })}
        value={draft.value.body}
        onChange={(body) => draft.update({ body })}
        error={draft.fieldErrors.body}
      />
      <div className="button-row">
        <MoveButtons id={section.id} name={name} index={index} count={count} onMove={onMove} />
        <button
          type="button"
          className="button small danger"
          disabled={remove.pending}
          onClick={() => {
            if (!window.confirm(t('section.confirmRemove', { name }))) return;
            void remove.run(async () => {
              await call(endpoints.deletePlanSection, {
                params: { id: section.id },
                query: { version: draft.baseVersion() ?? section.version },
              }).catch(reloadOnConflict(onChanged));
              removeDraft(`section:${section.id}`);
              onChanged();
            });
          }}
        >
          {t('section.remove')}
        </button>
        {remove.error && <span className="field-error">{remove.error}</span>}
      </div>
    </section>
  );
}
