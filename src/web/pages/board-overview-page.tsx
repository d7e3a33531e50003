import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { BoardGoalRow, BoardSummary, UnitPlanRow } from '../../shared/schemas/board-overview.ts';
import { call } from '../api/client.ts';
import { TableScroll } from '../components/table-scroll.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useFormat } from '../i18n/format.ts';
import { paths } from '../lib/paths.ts';

/** A board's units and goals for the year, or every board's at the city level. */
export default function BoardOverviewPage() {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  const year = Number(useParams().year);
  const organisationId = useParams().orgId!;
  const overview = useQuery({
    queryKey: ['board-overview', organisationId, year],
    queryFn: () => call(endpoints.getBoardOverview, { query: { organisationId, year } }),
  });
  const data = overview.data;
  useDocumentTitle(data ? t('title', { name: data.name, year }) : t('heading'));
  if (overview.error)
    return (
      <div className="page stack">
        <h1>{t('heading')}</h1>
        <p role="alert" className="field-error">
          {overview.error.message}
        </p>
      </div>
    );
  if (!data) return <p className="loading">{tc('loading')}</p>;
  const unanswered = data.boards.flatMap((b) => b.goals).filter((g) => g.answeredBy.length === 0).length;
  const single = data.kind === 'board';
  return (
    <div className="page stack">
      <h1>{t('title', { name: data.name, year })}</h1>
      <p>{single ? t('introBoard') : t('introCity', { count: data.boards.length })}</p>
      <p className={unanswered ? 'status-line warn-text' : 'status-line'}>
        {t('unansweredSummary', { count: unanswered })}
      </p>
      {data.boards.map((board) =>
        single ? (
          <BoardSection key={board.boardId} board={board} year={year} level={2} />
        ) : (
          <details key={board.boardId} className="card">
            <summary>
              {board.name} –{' '}
              {t('boardSummary', {
                units: board.units.length,
                plans: board.units.filter((u) => u.planId).length,
                unanswered: board.goals.filter((g) => g.answeredBy.length === 0).length,
              })}
            </summary>
            <BoardSection board={board} year={year} level={3} />
          </details>
        ),
      )}
    </div>
  );
}

function BoardSection({ board, year, level }: { board: BoardSummary; year: number; level: 2 | 3 }) {
  const { t } = useTranslation('overview');
  const f = useFormat();
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section className="stack" aria-label={board.name}>
      <p>
        {board.plan
          ? t('boardPlan', {
              status: t(`status.${board.plan.status}`),
              date: f.dateTime(board.plan.lastChange),
            })
          : t('noBoardPlan')}{' '}
        <Link to={paths.org(year, board.boardId)}>{t('openBoard', { name: board.name })}</Link>
      </p>
      <H>{t('unitsHeading')}</H>
      {board.units.length === 0 ? <p>{t('noUnits')}</p> : <UnitTable units={board.units} year={year} />}
      <H>{t('goalsHeading')}</H>
      {board.goals.length === 0 ? <p>{t('noGoals')}</p> : <GoalList goals={board.goals} year={year} />}
    </section>
  );
}

function UnitTable({ units, year }: { units: UnitPlanRow[]; year: number }) {
  const { t } = useTranslation('overview');
  const f = useFormat();
  return (
    <TableScroll label={t('unitsHeading')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('unitsHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('unit')}</th>
            <th scope="col">{t('statusColumn')}</th>
            <th scope="col">{t('lastChange')}</th>
            <th scope="col">{t('missing')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.organisationId}>
              <th scope="row">
                <Link to={u.planId ? paths.plan(year, u.organisationId) : paths.org(year, u.organisationId)}>
                  {u.name}
                </Link>
              </th>
              <td>
                {u.status ? (
                  <span className={`status status-${u.status}`}>{t(`status.${u.status}`)}</span>
                ) : (
                  t('noPlan')
                )}
              </td>
              <td>{u.lastChange ? f.dateTime(u.lastChange) : '–'}</td>
              <td>
                <MissingList unit={u} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function MissingList({ unit }: { unit: UnitPlanRow }) {
  const { t } = useTranslation('overview');
  const items = [
    !unit.planId && t('missingPlan'),
    unit.planId && unit.unitGoals === 0 && t('missingUnitGoals'),
    unit.planId && unit.boardGoalsUnanswered > 0 && t('missingAnswers', { count: unit.boardGoalsUnanswered }),
    unit.proposedTargets > 0 && t('missingConfirm', { count: unit.proposedTargets }),
  ].filter((x): x is string => Boolean(x));
  if (items.length === 0) return <span>{t('nothingMissing')}</span>;
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function GoalList({ goals, year }: { goals: BoardGoalRow[]; year: number }) {
  const { t } = useTranslation('overview');
  return (
    <ul className="plain-list stack">
      {goals.map((g) => (
        <li key={g.goalId} className="card">
          <p>
            <strong>
              {g.number ? `${g.number} ` : ''}
              {g.title}
            </strong>
          </p>
          {g.answeredBy.length === 0 ? (
            <p className="warn-text">{t('noAnswer')}</p>
          ) : (
            <ul>
              {g.answeredBy.map((a) => (
                <li key={a.goalId}>
                  <Link to={`${paths.plan(year, a.organisationId)}#mal-${a.goalId}`}>
                    {a.organisationName}
                  </Link>
                  : {a.title}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
