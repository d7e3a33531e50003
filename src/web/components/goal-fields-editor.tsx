import { useTranslation } from 'react-i18next';
import { anchors } from '../../domain/completeness.ts';
import { LIMITS } from '../../domain/limits.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import { GOAL_TEXT_FIELDS, type GoalTextField } from '../../shared/vocabulary.ts';
import { type Answer, call } from '../api/client.ts';
import { type Autosave, useAutosave } from '../hooks/use-autosave.ts';
import { RichTextEditor } from '../rich-text/rich-text-editor.tsx';
import { ConflictPanel } from './conflict-panel.tsx';
import { TextField } from './text-field.tsx';

export type GoalField = 'number' | 'title' | GoalTextField;

export type GoalFields = Record<GoalField, string>;

const HINTED = new Set<GoalField>([
  'number',
  'expectedResults',
  'waysOfWorking',
  'resources',
  'followUp',
  'development',
]);

function pick(g: Partial<Record<GoalField, unknown>>): GoalFields {
  const s = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    number: s(g.number),
    title: s(g.title),
    ...(Object.fromEntries(GOAL_TEXT_FIELDS.map((f) => [f, s(g[f])])) as Record<GoalTextField, string>),
  };
}

export function useGoalDraft(
  goal: { id: string; version: number } & Partial<Record<GoalField, unknown>>,
  onSaved: () => void,
) {
  return useAutosave<GoalFields>({
    key: `goal:${goal.id}`,
    server: pick(goal),
    version: goal.version,
    save: async (value, version) => {
      const row = await call(endpoints.updateGoal, {
        params: { id: goal.id },
        body: { ...value, number: value.number.trim() || null, version: version! },
      });
      return { value: pick(row), version: row.version };
    },
    fromCurrent: (row: Answer<'updateGoal'>) => ({ value: pick(row), version: row.version }),
    onSaved,
  });
}

/** The goal's text fields; rich fields get the Markdown editor. */
export function GoalFieldsEditor({
  goalId,
  draft,
  fields,
}: {
  goalId: string;
  draft: Autosave<GoalFields>;
  fields: GoalField[];
}) {
  const { t } = useTranslation(['plan-goals', 'vocabulary']);
  const label = (f: GoalField) =>
    f === 'number' || f === 'title' ? t(`field.${f}`) : t(`vocabulary:goalTextField.${f}`);
  const hint = (f: GoalField) => (HINTED.has(f) ? t(`field.hint.${f}`) : undefined);
  const { value, update, fieldErrors } = draft;
  return (
    <>
      {draft.conflict && (
        <ConflictPanel
          conflict={draft.conflict}
          fields={fields.map((key) => ({
            key,
            label: label(key),
            rich: key !== 'title' && key !== 'number',
          }))}
          onKeepMine={draft.keepMine}
          onTakeTheirs={draft.takeTheirs}
        />
      )}
      {fields.map((field) =>
        field === 'title' || field === 'number' ? (
          <TextField
            key={field}
            id={anchors.goalField(goalId, field)}
            className={field === 'number' ? 'narrow-field' : ''}
            label={label(field)}
            hint={hint(field)}
            value={value[field]}
            onChange={(v) => update({ [field]: v })}
            error={fieldErrors[field]}
            limit={field === 'title' ? LIMITS.title : undefined}
          />
        ) : (
          <RichTextEditor
            key={field}
            id={anchors.goalField(goalId, field)}
            label={label(field)}
            hint={hint(field)}
            value={value[field]}
            onChange={(v) => update({ [field]: v })}
            error={fieldErrors[field]}
          />
        ),
      )}
    </>
  );
}
