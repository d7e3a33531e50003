import { useTranslation } from 'react-i18next';
import { followUpEndpoints as ep } from '../../../shared/endpoints/follow-up.ts';
import type { ActivityStatusRecord } from '../../../shared/schemas/follow-up.ts';
import type { ReportActivity } from '../../../shared/schemas/follow-up-views.ts';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../../../shared/vocabulary.ts';
import { ApiError, call } from '../../api/client.ts';
import { useAutosave } from '../../hooks/use-autosave.ts';
import { ConflictPanel } from '../conflict-panel.tsx';
import { SaveStatus } from '../save-status.tsx';

interface Fields {
  status: ActivityStatus | '';
  comment: string;
}

const pick = (s: { status: ActivityStatus; comment: string } | null): Fields => ({
  status: s?.status ?? '',
  comment: s?.comment ?? '',
});

/** An activity's status in the period (ej påbörjad … uppskjuten) with a comment. */
export function ActivityStatusEditor(props: {
  reportId: string;
  activity: ReportActivity;
  onSaved: () => void;
}) {
  const { t } = useTranslation('follow-up');
  const { activity, reportId } = props;
  const id = `aktivitet-${activity.id}`;
  const labelled = (f: Fields) => ({ ...f, status: f.status ? t(`activityStatus.${f.status}`) : '' });
  const draft = useAutosave<Fields>({
    key: `activity-status:${reportId}:${activity.id}`,
    server: pick(activity.status),
    version: activity.status?.version ?? null,
    save: async (value, version) => {
      if (!value.status) throw new ApiError(400, 'INVALID', t('activityStatus.none'));
      const row = await call(ep.writeActivityStatus, {
        params: { id: reportId },
        body: {
          activityId: activity.id,
          status: value.status,
          comment: value.comment,
          version: version ?? undefined,
        },
      });
      return { value: pick(row), version: row.version };
    },
    fromCurrent: (row: ActivityStatusRecord) => ({ value: pick(row), version: row.version }),
    onSaved: props.onSaved,
  });
  return (
    <li className="fu-activity" id={id}>
      <p className="fu-activity-title">
        <strong>{activity.title}</strong>{' '}
        <span className="muted">
          {t('activity.dates', { start: activity.startDate, end: activity.endDate })}
        </span>
      </p>
      <div className="fu-activity-grid">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-status`}>
            {t('outcome.status')}
            <span className="visually-hidden"> {t('activity.forTitle', { title: activity.title })}</span>
          </label>
          <select
            id={`${id}-status`}
            value={draft.value.status}
            onChange={(e) => draft.update({ status: e.target.value as ActivityStatus })}
          >
            <option value="" disabled>
              {t('activityStatus.none')}
            </option>
            {ACTIVITY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`activityStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field fu-comment">
          <label className="field-label" htmlFor={`${id}-comment`}>
            {t('outcome.comment')}
            <span className="visually-hidden"> {t('activity.toTitle', { title: activity.title })}</span>
          </label>
          <input
            id={`${id}-comment`}
            value={draft.value.comment}
            onChange={(e) => draft.update({ comment: e.target.value })}
          />
        </div>
      </div>
      <SaveStatus state={draft.state} message={draft.message} />
      {draft.conflict && (
        <ConflictPanel
          conflict={{
            ...draft.conflict,
            mine: labelled(draft.conflict.mine),
            theirs: labelled(draft.conflict.theirs),
          }}
          fields={[
            { key: 'status', label: t('outcome.status') },
            { key: 'comment', label: t('outcome.comment') },
          ]}
          onKeepMine={draft.keepMine}
          onTakeTheirs={draft.takeTheirs}
        />
      )}
    </li>
  );
}
