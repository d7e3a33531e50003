import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { anchors } from '../../domain/completeness.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { GoalRecord } from '../../shared/schemas/goal.ts';

import { call, reloadOnConflict } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import { removeDraft } from '../lib/drafts.ts';
import { GoalFieldsEditor, useGoalDraft } from './goal-fields-editor.tsx';
import { SaveStatus } from './save-status.tsx';

interface Props {
  goal: GoalRecord;
  controls: ReactNode;
  onChanged: () => void;
  children?: ReactNode;
}

/** A council goal (direction or area) with number and title; area goals also hold indicators. */
export function CouncilGoalEditor({ goal, controls, onChanged, children }: Props) {
  const { t } = useTranslation(['plan-goals', 'vocabulary']);
  const draft = useGoalDraft(goal, onChanged);
  const remove = useAction();
  const headingId = `${anchors.goal(goal.id)}-h`;
  const direction = goal.level === 'city_direction';
  const Heading = direction ? 'h3' : 'h4';
  const title = `${draft.value.number ? `${draft.value.number} ` : ''}${draft.value.title}`;
  return (
    <section
      id={anchors.goal(goal.id)}
      className={direction ? 'council-direction card-inner' : 'council-area'}
      aria-labelledby={headingId}
    >
      <div className="item-head">
        <Heading id={headingId} className="goal-title">
          <span className="level-label">{t(`vocabulary:goalLevel.${goal.level}`)}:</span> {title}
        </Heading>
        <SaveStatus state={draft.state} message={draft.message} />
      </div>
      <div className="button-row">{controls}</div>
      <div className="council-fields">
        <GoalFieldsEditor
          goalId={goal.id}
          draft={draft}
          fields={direction ? ['number', 'title'] : ['number', 'title', 'description']}
        />
      </div>
      {children}
      <div className="button-row end">
        <button
          type="button"
          className="button small danger"
          disabled={remove.pending}
          onClick={() => {
            if (!window.confirm(t('goal.confirmRemove', { title }))) return;
            void remove.run(async () => {
              await call(endpoints.deleteGoal, {
                params: { id: goal.id },
                query: { version: draft.baseVersion() ?? goal.version },
              }).catch(reloadOnConflict(onChanged));
              removeDraft(`goal:${goal.id}`);
              onChanged();
            });
          }}
        >
          {t('goal.remove')}
          <span className="visually-hidden"> {title}</span>
        </button>
        {remove.error && <span className="field-error">{remove.error}</span>}
      </div>
    </section>
  );
}
