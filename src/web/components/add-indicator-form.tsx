import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { IndicatorRecord } from '../../shared/schemas/indicator.ts';
import { call } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import { TextField } from './text-field.tsx';

const KINDS: IndicatorRecord['valueKind'][] = ['percent', 'number', 'index', 'amount'];

/** Creates an indicator and places it under the goal in one step. */
export function AddIndicatorForm({
  goalId,
  ownerOrganisationId,
  onAdded,
}: {
  goalId: string;
  ownerOrganisationId: string;
  onAdded: () => void;
}) {
  const { t } = useTranslation('plan-goals');
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('%');
  const [valueKind, setKind] = useState<IndicatorRecord['valueKind']>('percent');
  const action = useAction();
  const idBase = `ny-indikator-${goalId}`;
  return (
    <form
      className="add-box"
      aria-label={t('indicator.addLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        void action.run(async () => {
          const indicator = await call(endpoints.createIndicator, {
            body: { name: name.trim(), unit: unit.trim(), valueKind, ownerOrganisationId },
          });
          await call(endpoints.createPlacement, { body: { indicatorId: indicator.id, goalId } });
          setName('');
          onAdded();
        });
      }}
    >
      <div className="inline-form">
        <TextField className="grow" label={t('indicator.new')} value={name} onChange={setName} />
        <TextField
          className="narrow-field"
          label={t('indicator.unit')}
          hint={t('indicator.unitHint')}
          value={unit}
          onChange={setUnit}
        />
        <div className="field">
          <label className="field-label" htmlFor={`${idBase}-typ`}>
            {t('indicator.valueKind')}
          </label>
          <select
            id={`${idBase}-typ`}
            value={valueKind}
            onChange={(e) => setKind(e.target.value as IndicatorRecord['valueKind'])}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`indicator.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={action.pending || !name.trim()}>
          {t('indicator.add')}
        </button>
      </div>
      {action.error && <p className="field-error">{action.error}</p>}
    </form>
  );
}
