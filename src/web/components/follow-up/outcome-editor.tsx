import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpEndpoints as ep } from '../../../shared/endpoints/follow-up.ts';
import type { ReportIndicator, ReportOutcome } from '../../../shared/schemas/follow-up-views.ts';
import { OUTCOME_STATUSES } from '../../../shared/vocabulary.ts';
import { ApiError, call } from '../../api/client.ts';
import { type OutcomeFields, useOutcomeDraft } from '../../hooks/use-outcome-draft.ts';
import { formatNumber, parseNumberText } from '../../lib/format.ts';
import { SaveStatus } from '../save-status.tsx';
import { ComparisonBadge } from './comparison-badge.tsx';
import { OutcomeHistory } from './outcome-history.tsx';

export interface OutcomeScope {
  reportId: string;
  organisationId: string;
  year: number;
  period: string;
}

/** An indicator's outcomes in the period: total, and women and men when it is gender-split. */
export function OutcomeEditor(props: {
  scope: OutcomeScope;
  indicator: ReportIndicator;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation('follow-up');
  const { indicator } = props;
  return (
    <div className="fu-indicator">
      <p className="fu-indicator-name">
        <strong>{indicator.name}</strong>
        {indicator.unit && <span className="muted"> ({indicator.unit})</span>}
      </p>
      {indicator.genderSplit && <p className="field-hint">{t('outcome.genderSplit')}</p>}
      {indicator.earlier.length > 0 && <p className="field-hint">{t('outcome.monthly')}</p>}
      {indicator.earlier.map((m) => (
        <div key={m.period} className="fu-month">
          <p className="fu-block-h">{monthLabel(m.period, i18n.language)}</p>
          {m.outcomes.map((o) => (
            <OutcomeRow key={o.gender} {...props} outcome={o} period={m.period} />
          ))}
        </div>
      ))}
      {indicator.earlier.length > 0 && indicator.valuePeriod && (
        <p className="fu-block-h">{monthLabel(indicator.valuePeriod, i18n.language)}</p>
      )}
      {indicator.outcomes.map((o) => (
        <OutcomeRow
          key={o.gender}
          {...props}
          outcome={o}
          period={indicator.valuePeriod ?? props.scope.period}
        />
      ))}
    </div>
  );
}

/** "januari 2026" for a YYYY-MM period, in the page's language. */
function monthLabel(period: string, language: string): string {
  const [year, month] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, 1)),
  );
}

function fromServer(o: ReportOutcome): OutcomeFields {
  return {
    value: o.latest?.value == null ? '' : formatNumber(o.latest.value),
    status: o.latest?.status ?? 'preliminary',
    comment: o.latest?.comment ?? '',
  };
}

function OutcomeRow({
  scope,
  indicator,
  outcome,
  period,
  onSaved,
}: {
  scope: OutcomeScope;
  indicator: ReportIndicator;
  outcome: ReportOutcome;
  /** The period the value is for: the report's, or a month of it for a monthly indicator. */
  period: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation('follow-up');
  // The report's own period keeps the plain id the missing-list links to; earlier months add theirs.
  const main = period === (indicator.valuePeriod ?? scope.period);
  const id = `utfall-${indicator.placementId}-${main ? '' : `${period}-`}${outcome.gender}`;
  const hintId = useId();
  const draft = useOutcomeDraft({
    key: `outcome:${scope.organisationId}:${scope.year}:${period}:${indicator.indicatorId}:${outcome.gender}`,
    server: fromServer(outcome),
    serverRevision: outcome.latest?.revision ?? 0,
    onSaved,
    save: async (fields) => {
      const text = fields.value.trim();
      const value = text === '' ? null : parseNumberText(text, { percent: indicator.unit === '%' });
      if (value === undefined) throw new ApiError(400, 'INVALID', t('outcome.notNumber'));
      if (value === null && fields.status !== 'missing')
        throw new ApiError(400, 'INVALID', t('outcome.notNumber'));
      if (value !== null && fields.status === 'missing')
        throw new ApiError(400, 'INVALID', t('outcome.missingNeedsNoValue'));
      const saved = await call(ep.writeOutcome, {
        body: {
          indicatorId: indicator.indicatorId,
          organisationId: scope.organisationId,
          year: scope.year,
          period,
          gender: outcome.gender,
          value,
          status: fields.status,
          comment: fields.comment,
        },
      });
      return saved.revision;
    },
  });
  const gender = t(`gender.${outcome.gender}`);
  const invalid = draft.state === 'invalid';
  return (
    <fieldset
      className="fu-outcome"
      id={id}
      // Leaving the row saves it: one history row per finished edit, not one per keystroke.
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) void draft.commit();
      }}
    >
      <legend>
        {gender}
        <span className="visually-hidden">, {indicator.name}</span>
      </legend>
      <div className="fu-outcome-grid">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-value`}>
            {t('outcome.value')}
          </label>
          <input
            id={`${id}-value`}
            className="num"
            inputMode="decimal"
            autoComplete="off"
            value={draft.fields.value}
            aria-describedby={hintId}
            aria-invalid={invalid || undefined}
            onChange={(e) => draft.update({ value: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-status`}>
            {t('outcome.status')}
          </label>
          <select
            id={`${id}-status`}
            value={draft.fields.status}
            onChange={(e) => draft.update({ status: e.target.value as OutcomeFields['status'] }, true)}
          >
            {OUTCOME_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`outcomeStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field fu-comment">
          <label className="field-label" htmlFor={`${id}-comment`}>
            {t('outcome.comment')}
          </label>
          <input
            id={`${id}-comment`}
            value={draft.fields.comment}
            onChange={(e) => draft.update({ comment: e.target.value })}
          />
        </div>
      </div>
      <p className="fu-target" id={hintId}>
        {t('outcome.target')}: {outcome.target?.formatted || t('outcome.noTarget')} ·{' '}
        <ComparisonBadge comparison={outcome.comparison} />
      </p>
      <SaveStatus state={draft.state} message={draft.message} />
      <OutcomeHistory
        query={{
          indicatorId: indicator.indicatorId,
          organisationId: scope.organisationId,
          year: scope.year,
          period,
          gender: outcome.gender,
        }}
        caption={t('outcome.historyCaption', { indicator: indicator.name, gender })}
        unit={indicator.unit}
      />
    </fieldset>
  );
}
