import { useState } from 'react';
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
  const [title, setTitle] = useState('');
  const [startDate, setStart] = useState(`${year}-01-01`);
  const [endDate, setEnd] = useState(`${year}-12-31`);
  const action = useAction();
  return (
    <form
      className="add-box"
      aria-label="Lägg till en aktivitet"
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
          label="Ny aktivitet"
          value={title}
          onChange={setTitle}
          limit={LIMITS.activityTitle}
          error={action.fieldErrors.title}
        />
        <TextField
          label="Start för ny aktivitet"
          {...DATE_INPUT}
          value={startDate}
          onChange={setStart}
          error={action.fieldErrors.startDate}
        />
        <TextField
          label="Slut för ny aktivitet"
          {...DATE_INPUT}
          value={endDate}
          onChange={setEnd}
          error={action.fieldErrors.endDate}
        />
      </div>
      <button type="submit" className="button" disabled={action.pending || !title.trim()}>
        Lägg till aktivitet
      </button>
      {action.error && (
        <p className="field-error" role="alert">
          {action.error}
        </p>
      )}
    </form>
  );
}
