import { useTranslation } from 'react-i18next';
import { anchors } from '../../domain/completeness.ts';
import { LIMITS } from '../../domain/limits.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { OrganisationRecord as Organisation } from '../../shared/schemas/organisation.ts';
import type { TreeActivity } from '../../shared/schemas/plan-tree.ts';
import { type Answer, call, reloadOnConflict } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import { useAutosave } from '../hooks/use-autosave.ts';
import { removeDraft } from '../lib/drafts.ts';
import { ConflictPanel } from './conflict-panel.tsx';
import { SaveStatus } from './save-status.tsx';
import { DATE_INPUT, TextField } from './text-field.tsx';

interface Fields {
  title: string;
  startDate: string;
  endDate: string;
  assignedOrganisationIds: string[];
}

const pick = (a: Partial<Fields>): Fields => ({
  title: a.title ?? '',
  startDate: a.startDate ?? '',
  endDate: a.endDate ?? '',
  assignedOrganisationIds: a.assignedOrganisationIds ?? [],
});

interface Props {
  activity: TreeActivity;
  year: number;
  onChanged: () => void;
  /** The board's units, when the activity is assigned to them (board plans). */
  units?: Organisation[];
}

/** An own activity: name and dates, autosaved. */
export function ActivityEditor({ activity, year, onChanged, units }: Props) {
  const { t } = useTranslation('plan-goals');
  const draft = useAutosave<Fields>({
    key: `activity:${activity.id}`,
    server: pick(activity),
    version: activity.version,
    save: async (value, version) => {
      const { assignedOrganisationIds, ...rest } = value;
      const row = await call(endpoints.updateActivity, {
        params: { id: activity.id },
        body: { ...rest, ...(units ? { assignedOrganisationIds } : {}), version: version! },
      });
      return { value: pick(row), version: row.version };
    },
    fromCurrent: (row: Answer<'updateActivity'>) => ({ value: pick(row), version: row.version }),
    onSaved: onChanged,
  });
  const remove = useAction();
  const { value, update, fieldErrors } = draft;
  const outside = !value.startDate.startsWith(String(year)) || !value.endDate.startsWith(String(year));
  return (
    <li id={anchors.activity(activity.id)} className="activity-editor">
      <div className="form-grid activity-grid">
        <TextField
          className="span-2"
          label={t('activity.name')}
          limit={LIMITS.activityTitle}
          value={value.title}
          onChange={(title) => update({ title })}
          error={fieldErrors.title}
        />
        <TextField
          label={t('activity.start')}
          {...DATE_INPUT}
          value={value.startDate}
          onChange={(startDate) => update({ startDate })}
          error={fieldErrors.startDate}
        />
        <TextField
          label={t('activity.end')}
          {...DATE_INPUT}
          value={value.endDate}
          onChange={(endDate) => update({ endDate })}
          error={fieldErrors.endDate ?? (outside ? t('activity.outside', { year }) : undefined)}
        />
      </div>
      {units && units.length > 0 && (
        <fieldset className="assign">
          <legend>{t('activity.assign', { title: value.title })}</legend>
          {units.map((unit) => (
            <label key={unit.id} className="check">
              <input
                type="checkbox"
                checked={value.assignedOrganisationIds.includes(unit.id)}
                onChange={(e) =>
                  update({
                    assignedOrganisationIds: e.target.checked
                      ? [...value.assignedOrganisationIds, unit.id]
                      : value.assignedOrganisationIds.filter((id) => id !== unit.id),
                  })
                }
              />
              <span>{unit.name}</span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="button-row">
        <SaveStatus state={draft.state} message={draft.message} />
        <button
          type="button"
          className="button small danger"
          disabled={remove.pending}
          onClick={() => {
            if (!window.confirm(t('activity.confirmRemove', { title: value.title }))) return;
            void remove.run(async () => {
              await call(endpoints.deleteActivity, {
                params: { id: activity.id },
                query: { version: draft.baseVersion() ?? activity.version },
              }).catch(reloadOnConflict(onChanged));
              removeDraft(`activity:${activity.id}`);
              onChanged();
            });
          }}
        >
          {t('activity.remove')}
          <span className="visually-hidden"> {value.title}</span>
        </button>
        {remove.error && <span className="field-error">{remove.error}</span>}
      </div>
      {draft.conflict && (
        <ConflictPanel
          conflict={draft.conflict}
          fields={[
            { key: 'title', label: t('activity.name') },
            { key: 'startDate', label: t('activity.start') },
            { key: 'endDate', label: t('activity.end') },
          ]}
          onKeepMine={draft.keepMine}
          onTakeTheirs={draft.takeTheirs}
        />
      )}
    </li>
  );
}
