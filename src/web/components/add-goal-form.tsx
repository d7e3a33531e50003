import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { GoalRecord } from '../../shared/schemas/goal.ts';
import { call } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import { TextField } from './text-field.tsx';

interface Props {
  id?: string;
  level: GoalRecord['level'];
  year: number;
  organisationId: string;
  parentId: string | null;
  /** Visible name of the kind of goal, e.g. "enhetsmål". */
  noun: string;
  withNumber?: boolean;
  onAdded: (goal: GoalRecord) => void;
}

export function AddGoalForm({ id, level, year, organisationId, parentId, noun, withNumber, onAdded }: Props) {
  const { t } = useTranslation('plan-goals');
  const [title, setTitle] = useState('');
  const [number, setNumber] = useState('');
  const action = useAction();
  return (
    <form
      id={id}
      className="add-box add-goal"
      aria-label={t('goal.addLabel', { noun })}
      onSubmit={(e) => {
        e.preventDefault();
        if (!title.trim()) return;
        void action.run(async () => {
          const goal = await call(endpoints.createGoal, {
            body: {
              year,
              level,
              organisationId,
              parentId,
              title: title.trim(),
              number: number.trim() || null,
            },
          });
          setTitle('');
          setNumber('');
          onAdded(goal);
        });
      }}
    >
      <div className="inline-form">
        {withNumber && (
          <TextField
            className="narrow-field"
            label={t('goal.newNumber', { noun })}
            value={number}
            onChange={setNumber}
          />
        )}
        <TextField className="grow" label={t('goal.newTitle', { noun })} value={title} onChange={setTitle} />
        <button type="submit" className="button primary" disabled={action.pending || !title.trim()}>
          {t('goal.add', { noun })}
        </button>
      </div>
      {action.error && <p className="field-error">{action.error}</p>}
    </form>
  );
}
