import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { anchors } from '../../domain/completeness.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { OrganisationRecord as Organisation } from '../../shared/schemas/organisation.ts';
import { call, reloadOnConflict } from '../api/client.ts';
import { AddGoalForm } from '../components/add-goal-form.tsx';
import { AddIndicatorForm } from '../components/add-indicator-form.tsx';
import { CouncilGoalEditor } from '../components/council-goal-editor.tsx';
import { IndicatorTable } from '../components/indicator-table.tsx';
import { OverallSaveStatus } from '../components/save-status.tsx';
import { SortableList } from '../components/sortable-list.tsx';
import { useFramework } from '../hooks/use-framework.ts';
import { focusLater } from '../lib/focus.ts';

interface Props {
  year: number;
  city: Organisation;
  crumbs: ReactNode;
}

const reorder = (ids: string[], expectedIds: string[], reload: () => void) =>
  call(endpoints.reorderGoals, { body: { ids, expectedIds } }).catch(reloadOnConflict(reload));

/** The city office's page: direction goals, area goals, council indicators and KF targets, with numbering and order. */
export function FrameworkEditor({ year, city, crumbs }: Props) {
  const { t } = useTranslation(['plan', 'plan-goals', 'start', 'common']);
  const { query, refresh } = useFramework(year, city.id);
  const added = (goal: { id: string }) => {
    void refresh();
    focusLater(anchors.goalField(goal.id, 'title'));
  };
  return (
    <div className="page editor-page">
      {crumbs}
      <div className="editor-head">
        <h1>
          {t('start:cityGoals', { year })} <span className="h-sub">{city.name}</span>
        </h1>
        <div className="editor-tools">
          <OverallSaveStatus />
        </div>
      </div>
      <p className="lead">{t('framework.lead')}</p>
      {query.isPending && <p className="loading">{t('common:loading')}</p>}
      {query.isError && (
        <p className="field-error">{t('framework.readFailed', { message: query.error.message })}</p>
      )}
      {query.data && (
        <div className="card">
          <h2>{t('framework.directionGoals')}</h2>
          <SortableList
            items={query.data}
            name={(d) => t('framework.directionName', { number: d.number ?? '', title: d.title })}
            persist={(ids, expected) => reorder(ids, expected, refresh).then(refresh)}
            render={(direction, controls) => (
              <CouncilGoalEditor goal={direction} controls={controls} onChanged={refresh}>
                <SortableList
                  items={direction.areas}
                  name={(a) => t('framework.areaName', { number: a.number ?? '', title: a.title })}
                  persist={(ids, expected) => reorder(ids, expected, refresh).then(refresh)}
                  render={(area, areaControls) => (
                    <CouncilGoalEditor goal={area} controls={areaControls} onChanged={refresh}>
                      <IndicatorTable
                        caption={t('framework.indicators')}
                        context={`${area.number ?? ''} ${area.title}`}
                        indicators={area.indicators}
                        organisationId={city.id}
                        year={year}
                        ownLabel={t('plan-goals:indicator.cityTarget')}
                        mode="board"
                        hideCity
                        onSaved={refresh}
                      />
                      <AddIndicatorForm goalId={area.id} ownerOrganisationId={city.id} onAdded={refresh} />
                    </CouncilGoalEditor>
                  )}
                />
                <AddGoalForm
                  level="city_area"
                  noun={t('plan-goals:goal.nounArea')}
                  withNumber
                  year={year}
                  organisationId={city.id}
                  parentId={direction.id}
                  onAdded={added}
                />
              </CouncilGoalEditor>
            )}
          />
          <AddGoalForm
            level="city_direction"
            noun={t('plan-goals:goal.nounDirection')}
            withNumber
            year={year}
            organisationId={city.id}
            parentId={null}
            onAdded={added}
          />
        </div>
      )}
    </div>
  );
}
