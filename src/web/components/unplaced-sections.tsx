import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { PlanTree, TreeSection } from '../../shared/schemas/plan-tree.ts';
import { call, reloadOnConflict } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import { SectionEditor } from './section-editor.tsx';

/**
 * Text an import could not place: kept in the plan (never dropped) until someone moves it into
 * Inledning or Övrigt, rewrites it or removes it. The completeness panel lists it until then.
 */
export function UnplacedSections({ tree, onChanged }: { tree: PlanTree; onChanged: () => void }) {
  const { t } = useTranslation('unplaced');
  const sections = tree.sections.filter((s) => s.part === 'unplaced');
  if (sections.length === 0) return null;
  return (
    <section className="doc-part card unplaced" aria-labelledby="att-sortera" id="att-sortera-del">
      <h2 id="att-sortera">{t('heading', { count: sections.length })}</h2>
      <p>{t('intro')}</p>
      {sections.map((section, index) => (
        <div key={section.id} className="stack">
          <SectionEditor
            section={section}
            index={index}
            count={1}
            onMove={() => undefined}
            onChanged={onChanged}
          />
          <MoveTo section={section} onChanged={onChanged} />
        </div>
      ))}
    </section>
  );
}

function MoveTo({ section, onChanged }: { section: TreeSection; onChanged: () => void }) {
  const { t } = useTranslation('unplaced');
  const action = useAction();
  const move = (part: 'intro' | 'other') =>
    action.run(() =>
      call(endpoints.updatePlanSection, {
        params: { id: section.id },
        body: { part, version: section.version },
      })
        .catch(reloadOnConflict(onChanged))
        .then(onChanged),
    );
  const name = section.heading || t('untitled');
  return (
    <div className="button-row">
      <button
        type="button"
        className="button small"
        disabled={action.pending}
        aria-label={t('toIntroLabel', { name })}
        onClick={() => void move('intro')}
      >
        {t('toIntro')}
      </button>
      <button
        type="button"
        className="button small"
        disabled={action.pending}
        aria-label={t('toOtherLabel', { name })}
        onClick={() => void move('other')}
      >
        {t('toOther')}
      </button>
      {action.error && (
        <span className="field-error" role="alert">
          {action.error}
        </span>
      )}
    </div>
  );
}
