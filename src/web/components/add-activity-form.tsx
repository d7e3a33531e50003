import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../domain/limits.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import { call } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import { DATE_INPUT, TextField } from './text-field.tsx';

interface Props {
  year: number;
  ownerOrganisationId: string;
  goalId: string;
  assignedOrganisationIds?: string[];
  onAdded: () => void;
}

export function AddActivityForm({
  year,
  ownerOrganisationId,
  goalId,
  assignedOrganisationIds,
  onAdded,
}: Props) {
  const { t } = useTranslation('plan-goals');
  const [title, setTitle] = useState('');
  const [startDate, setStart] = useState(`${year}-01-01`);
  const [endDate, setEnd] = useState(`${year}-12-31`);
  const action = useAction();
  return (
    <form
      className="add-box"
      aria-label={t('activity.addLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!title.trim()) return;
        void action.run(async () => {
          await call(endpoints.createActivity, {
            body: {
              year,
              ownerOrganisationId,
              goalId,
              title: title.trim(),
              startDate,
              endDate,
              assignedOrganisationIds,
            },
          });
          setTitle('');
          onAdded();
        });
      }}
    >
      <div className="form-grid activity-grid">
        <TextField
          className="span-2"
          label={t('activity.new')}
          value={title}
          onChange={setTitle}
          limit={LIMITS.activityTitle}
          error={action.fieldErrors.title}
        />
        <TextField
          label={t('activity.newStart')}
          {...DATE_INPUT}
          value={startDate}
          onChange={setStart}
          error={action.fieldErrors.startDate}
        />
        <TextField
          label={t('activity.newEnd')}
          {...DATE_INPUT}
          value={endDate}
          onChange={setEnd}
          error={action.fieldErrors.endDate}
        />
      </div>
      <button type="submit" className="button" disabled={action.pending || !title.trim()}>
        {t('activity.add')}
      </button>
      {action.error && (
        <p className="field-error" role="alert">
          {action.error}
        </p>
      )}
    </form>
  );
}
