import { useTranslation } from 'react-i18next';
import { anchors } from '../../domain/completeness.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { OrganisationRecord as Organisation } from '../../shared/schemas/organisation.ts';
import type { PlanTree, TreeGoal } from '../../shared/schemas/plan-tree.ts';
import { call, reloadOnConflict } from '../api/client.ts';
import { focusLater } from '../lib/focus.ts';
import { goalHeading } from '../lib/format.ts';
import { AddGoalForm } from './add-goal-form.tsx';
import { BoardGoalEditor } from './board-goal-editor.tsx';
import { DirectionGoals } from './direction-goals.tsx';
import { IndicatorTable } from './indicator-table.tsx';
import { SortableList } from './sortable-list.tsx';

interface Props {
  tree: PlanTree;
  units: Organisation[];
  onChanged: () => void;
}

/** The board plan: KF's goals read-only, the board's goals under each KF goal, editable and sortable. */
export function BoardGoalChain({ tree, units, onChanged }: Props) {
  const { t } = useTranslation('plan-goals');
  return (
    <DirectionGoals
      tree={tree}
      intro={<p className="muted">{t('chain.boardIntro')}</p>}
      renderArea={(area) => (
        <AreaWithBoardGoals key={area.id} tree={tree} area={area} units={units} onChanged={onChanged} />
      )}
    />
  );
}

function AreaWithBoardGoals({
  tree,
  area,
  units,
  onChanged,
}: {
  tree: PlanTree;
  area: TreeGoal;
  units: Organisation[];
  onChanged: () => void;
}) {
  const { t } = useTranslation('plan-goals');
  const own = area.children.filter((c) => c.level === 'board' && c.own);
  const headingId = `${anchors.goal(area.id)}-h`;
  return (
    <section id={anchors.goal(area.id)} className="area-goal" aria-labelledby={headingId}>
      <h4 id={headingId} className="goal-title">
        {goalHeading(area)}
      </h4>
      <IndicatorTable
        caption={t('chain.cityIndicators')}
        context={`${area.number ?? ''} ${area.title}`}
        indicators={area.indicators}
        organisationId={tree.organisation.id}
        year={tree.plan.year}
        ownLabel={t('chain.boardTarget')}
        mode="board"
        onSaved={onChanged}
      />
      <SortableList
        items={own}
        name={(g) => t('chain.boardGoalName', { title: g.title })}
        persist={(ids, expectedIds) =>
          call(endpoints.reorderGoals, { body: { ids, expectedIds } })
            .catch(reloadOnConflict(onChanged))
            .then(onChanged)
        }
        render={(goal, controls) => (
          <BoardGoalEditor tree={tree} goal={goal} units={units} controls={controls} onChanged={onChanged} />
        )}
      />
      <AddGoalForm
        level="board"
        noun={t('goal.nounBoard')}
        withNumber
        year={tree.plan.year}
        organisationId={tree.organisation.id}
        parentId={area.id}
        onAdded={(created) => {
          onChanged();
          focusLater(anchors.goalField(created.id, 'title'));
        }}
      />
    </section>
  );
}
