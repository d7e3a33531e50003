import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { RolloverGoalChoice } from '../../shared/schemas/year-rollover.ts';
import { type Answer, call } from '../api/client.ts';
import { useOrganisations } from '../api/queries.ts';

type Goal = Answer<'listGoals'>[number];
export type Choices = Record<string, RolloverGoalChoice>;

interface Props {
  year: number;
  choices: Choices;
  onChange: (choices: Choices) => void;
}

/** Per organisation, each goal of the old year: keep, carry with a new wording, or leave behind. */
export function RolloverGoalChoices({ year, choices, onChange }: Props) {
  const { t } = useTranslation('rollover');
  const orgs = useOrganisations(year);
  const goals = useQuery({
    queryKey: ['goals', year],
    queryFn: () => call(endpoints.listGoals, { query: { year } }),
  });
  if (!orgs.data || !goals.data) return null;
  const groups = orgs.data
    .map((org) => ({ org, goals: goals.data.filter((g) => g.organisationId === org.id) }))
    .filter((group) => group.goals.length > 0);
  const set = (choice: RolloverGoalChoice) => onChange({ ...choices, [choice.goalId]: choice });
  return (
    <section className="stack" aria-labelledby="rollover-choices">
      <h2 id="rollover-choices">{t('choices.heading')}</h2>
      <p>{t('choices.intro', { year })}</p>
      {groups.map(({ org, goals: list }) => (
        <OrgGoals
          key={org.id}
          name={org.name}
          goals={list}
          open={org.kind === 'city'}
          choices={choices}
          onChoice={set}
        />
      ))}
    </section>
  );
}

function OrgGoals(props: {
  name: string;
  goals: Goal[];
  open: boolean;
  choices: Choices;
  onChoice: (choice: RolloverGoalChoice) => void;
}) {
  const { t } = useTranslation('rollover');
  // Rendered only when opened: a city has thousands of goals, most of them carried as they are.
  const [open, setOpen] = useState(props.open);
  const decided = props.goals.filter((g) => (props.choices[g.id]?.action ?? 'keep') !== 'keep').length;
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className="card">
      <summary>
        {props.name} – {t('choices.count', { count: props.goals.length, decided })}
      </summary>
      {open && (
        <ul className="plain-list stack">
          {props.goals.map((goal) => (
            <GoalChoice key={goal.id} goal={goal} choice={props.choices[goal.id]} onChoice={props.onChoice} />
          ))}
        </ul>
      )}
    </details>
  );
}

function GoalChoice(props: {
  goal: Goal;
  choice?: RolloverGoalChoice;
  onChoice: (choice: RolloverGoalChoice) => void;
}) {
  const { t } = useTranslation('rollover');
  const id = useId();
  const { goal } = props;
  const action = props.choice?.action ?? 'keep';
  const title = `${goal.number ? `${goal.number} ` : ''}${goal.title}`;
  return (
    <li className="rollover-goal">
      <label className="field-label" htmlFor={`${id}-a`}>
        {title}
      </label>
      <select
        id={`${id}-a`}
        value={action}
        onChange={(e) =>
          props.onChoice({
            goalId: goal.id,
            action: e.target.value as RolloverGoalChoice['action'],
            title: props.choice?.title ?? goal.title,
          })
        }
      >
        <option value="keep">{t('choices.keep')}</option>
        <option value="change">{t('choices.change')}</option>
        <option value="drop">{t('choices.drop')}</option>
      </select>
      {action === 'change' && (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-t`}>
            {t('choices.newTitle', { title: goal.title })}
          </label>
          <input
            id={`${id}-t`}
            value={props.choice?.title ?? goal.title}
            onChange={(e) => props.onChoice({ goalId: goal.id, action, title: e.target.value })}
          />
        </div>
      )}
    </li>
  );
}
