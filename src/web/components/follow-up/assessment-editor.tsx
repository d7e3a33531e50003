import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpEndpoints as ep } from '../../../shared/endpoints/follow-up.ts';
import type { AssessmentRecord } from '../../../shared/schemas/follow-up.ts';
import type { ReportGoal } from '../../../shared/schemas/follow-up-views.ts';
import { ASSESSMENTS, type Assessment } from '../../../shared/vocabulary.ts';
import { ApiError, call } from '../../api/client.ts';
import { useAutosave } from '../../hooks/use-autosave.ts';
import { RichTextEditor } from '../../rich-text/rich-text-editor.tsx';
import { ConflictPanel } from '../conflict-panel.tsx';
import { SaveStatus } from '../save-status.tsx';

interface Fields {
  assessment: Assessment | '';
  analysis: string;
}

const pick = (a: { assessment: Assessment; analysis: string } | null): Fields => ({
  assessment: a?.assessment ?? '',
  analysis: a?.analysis ?? '',
});

/** The goal's assessment (four choices) and its analysis, saved as they are written. */
export function AssessmentEditor({
  reportId,
  goal,
  onSaved,
}: {
  reportId: string;
  goal: ReportGoal;
  onSaved: () => void;
}) {
  const { t } = useTranslation('follow-up');
  const id = useId();
  const labelled = (f: Fields) => ({ ...f, assessment: f.assessment ? t(`assessment.${f.assessment}`) : '' });
  const draft = useAutosave<Fields>({
    key: `assessment:${reportId}:${goal.id}`,
    server: pick(goal.assessment),
    version: goal.assessment?.version ?? null,
    save: async (value, version) => {
      // The assessment is required by the API; an analysis typed first waits in the draft until it is chosen.
      if (!value.assessment) throw new ApiError(400, 'INVALID', t('goal.chooseFirst'));
      const row = await call(ep.writeAssessment, {
        params: { id: reportId },
        body: {
          goalId: goal.id,
          assessment: value.assessment,
          analysis: value.analysis,
          version: version ?? undefined,
        },
      });
      return { value: pick(row), version: row.version };
    },
    fromCurrent: (row: AssessmentRecord) => ({ value: pick(row), version: row.version }),
    onSaved,
  });
  return (
    <div className="fu-assessment" id={`bedomning-${goal.id}`}>
      <fieldset className="radio-group">
        <legend className="field-label">{t('goal.assessmentLegend')}</legend>
        {ASSESSMENTS.map((a) => (
          <label key={a} className={`radio-option assess-${a}`}>
            <input
              type="radio"
              name={`${id}-assessment`}
              value={a}
              checked={draft.value.assessment === a}
              onChange={() => draft.update({ assessment: a })}
            />{' '}
            {t(`assessment.${a}`)}
          </label>
        ))}
      </fieldset>
      <RichTextEditor
        id={`analys-${goal.id}`}
        label={t('goal.analysis')}
        hint={t('goal.analysisHint')}
        value={draft.value.analysis}
        onChange={(analysis) => draft.update({ analysis })}
        error={draft.fieldErrors.analysis}
      />
      <SaveStatus state={draft.state} message={draft.message} />
      {draft.conflict && (
        <ConflictPanel
          conflict={{
            ...draft.conflict,
            mine: labelled(draft.conflict.mine),
            theirs: labelled(draft.conflict.theirs),
          }}
          fields={[
            { key: 'assessment', label: t('goal.assessmentLegend') },
            { key: 'analysis', label: t('goal.analysis'), rich: true },
          ]}
          onKeepMine={draft.keepMine}
          onTakeTheirs={draft.takeTheirs}
        />
      )}
    </div>
  );
}
