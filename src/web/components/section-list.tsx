import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { PlanTree } from '../../shared/schemas/plan-tree.ts';
import { call, reloadOnConflict } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import { useReorder } from '../hooks/use-reorder.ts';
import { focusLater } from '../lib/focus.ts';
import { SECTION_SUGGESTIONS } from '../lib/section-suggestions.ts';
import { SectionEditor } from './section-editor.tsx';
import { TextField } from './text-field.tsx';

interface Props {
  tree: PlanTree;
  part: 'intro' | 'other';
  title: string;
  onChanged: () => void;
}

/** Inledning or Övrigt: free sections with recommended headings offered. */
export function SectionList({ tree, part, title, onChanged }: Props) {
  const { t } = useTranslation('plan');
  const sections = tree.sections.filter((s) => s.part === part);
  const byId = new Map(sections.map((s) => [s.id, s]));
  const order = useReorder(
    sections.map((s) => s.id),
    (ids, expectedIds) =>
      call(endpoints.reorderPlanSections, {
        params: { id: tree.plan.id },
        body: { part, ids, expectedIds },
      })
        .catch(reloadOnConflict(onChanged))
        .then(onChanged),
  );
  const [heading, setHeading] = useState('');
  const add = useAction();
  const used = new Set(sections.map((s) => s.heading.trim().toLowerCase()));
  const suggestions = SECTION_SUGGESTIONS[part](tree.plan.year).filter((h) => !used.has(h.toLowerCase()));
  const headingId = `del-${part}`;

  const create = (text: string) =>
    add.run(async () => {
      const created = await call(endpoints.createPlanSection, {
        params: { id: tree.plan.id },
        body: { part, heading: text },
      });
      setHeading('');
      onChanged();
      focusLater(`avsnitt-${created.id}-rubrik`);
    });

  return (
    <section
      className="doc-part card"
      aria-labelledby={headingId}
      id={part === 'intro' ? 'inledning' : 'ovrigt'}
    >
      <h2 id={headingId}>{title}</h2>
      {order.ids.length === 0 && <p className="muted">{t('section.none')}</p>}
      {order.error && (
        <p className="field-error" role="alert">
          {order.error}
        </p>
      )}
      {order.ids.map((id, index) => {
        const section = byId.get(id);
        return section ? (
          <SectionEditor
            key={id}
            section={section}
            index={index}
            count={order.ids.length}
            onMove={(delta) => order.move(id, delta)}
            onChanged={onChanged}
          />
        ) : null;
      })}
      <fieldset className="add-box">
        <legend>{t('section.addIn', { title })}</legend>
        {suggestions.length > 0 && (
          <div className="suggestions">
            <span className="field-hint">{t('section.suggested')}</span>
            {suggestions.map((s) => (
              <button
                key={s}
                type="button"
                className="button small"
                onClick={() => void create(s)}
                disabled={add.pending}
              >
                <span aria-hidden="true">+ </span>
                {s}
              </button>
            ))}
          </div>
        )}
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (heading.trim()) void create(heading.trim());
          }}
        >
          <TextField label={t('section.ownHeading', { title })} value={heading} onChange={setHeading} />
          <button type="submit" className="button" disabled={add.pending || !heading.trim()}>
            {t('section.add')}
          </button>
        </form>
        {add.error && <p className="field-error">{add.error}</p>}
      </fieldset>
    </section>
  );
}
