import type { ReactNode } from 'react';
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
          Kommunfullmäktiges mål {year} <span className="h-sub">{city.name}</span>
        </h1>
        <div className="editor-tools">
          <OverallSaveStatus />
        </div>
      </div>
      <p className="lead">
        Målen ärvs av alla nämnder och enheter. Ordningen här är ordningen i alla planer; flytta med knapparna
        eller genom att dra i handtaget.
      </p>
      {query.isPending && <p className="loading">Läser in …</p>}
      {query.isError && <p className="field-error">Målen kunde inte läsas: {query.error.message}</p>}
      {query.data && (
        <div className="card">
          <h2>Inriktningsmål</h2>
          <SortableList
            items={query.data}
            name={(d) => `inriktningsmål ${d.number ?? ''} ${d.title}`}
            persist={(ids, expected) => reorder(ids, expected, refresh).then(refresh)}
            render={(direction, controls) => (
              <CouncilGoalEditor goal={direction} controls={controls} onChanged={refresh}>
                <SortableList
                  items={direction.areas}
                  name={(a) => `mål ${a.number ?? ''} ${a.title}`}
                  persist={(ids, expected) => reorder(ids, expected, refresh).then(refresh)}
                  render={(area, areaControls) => (
                    <CouncilGoalEditor goal={area} controls={areaControls} onChanged={refresh}>
                      <IndicatorTable
                        caption="KF:s indikatorer och årsmål"
                        context={`${area.number ?? ''} ${area.title}`}
                        indicators={area.indicators}
                        organisationId={city.id}
                        year={year}
                        ownLabel="KF:s årsmål"
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
                  noun="mål för verksamhetsområdet"
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
            noun="inriktningsmål"
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
