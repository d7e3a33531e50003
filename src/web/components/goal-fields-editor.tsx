import { anchors } from '../../domain/completeness.ts';
import { LIMITS } from '../../domain/limits.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import { GOAL_TEXT_FIELD_LABEL, GOAL_TEXT_FIELDS, type GoalTextField } from '../../shared/vocabulary.ts';
import { type Answer, call } from '../api/client.ts';
import { type Autosave, useAutosave } from '../hooks/use-autosave.ts';
import { RichTextEditor } from '../rich-text/rich-text-editor.tsx';
import { ConflictPanel } from './conflict-panel.tsx';
import { TextField } from './text-field.tsx';

export type GoalField = 'number' | 'title' | GoalTextField;

export type GoalFields = Record<GoalField, string>;

export const GOAL_FIELD_LABEL: Record<GoalField, string> = {
  number: 'Nummer',
  title: 'Rubrik',
  ...GOAL_TEXT_FIELD_LABEL,
};

const HINT: Partial<Record<GoalField, string>> = {
  number: 'T.ex. 1.3 – tomt om inget',
  expectedResults: 'Vad ska vara uppnått vid årets slut? Gärna som punktlista.',
  waysOfWorking: 'Hur arbetar ni för att nå målet?',
  resources: 'Vilka resurser (personal, tid, pengar) används?',
  followUp: 'Hur och när följs målet upp?',
  development: 'Vad behöver utvecklas framåt?',
};

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
  const { value, update, fieldErrors } = draft;
  return (
    <>
      {draft.conflict && (
        <ConflictPanel
          conflict={draft.conflict}
          fields={fields.map((key) => ({
            key,
            label: GOAL_FIELD_LABEL[key],
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
            label={GOAL_FIELD_LABEL[field]}
            hint={HINT[field]}
            value={value[field]}
            onChange={(v) => update({ [field]: v })}
            error={fieldErrors[field]}
            limit={field === 'title' ? LIMITS.title : undefined}
          />
        ) : (
          <RichTextEditor
            key={field}
            id={anchors.goalField(goalId, field)}
            label={GOAL_FIELD_LABEL[field]}
            hint={HINT[field]}
            value={value[field]}
            onChange={(v) => update({ [field]: v })}
            error={fieldErrors[field]}
          />
        ),
      )}
    </>
  );
}
