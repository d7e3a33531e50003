// The UI's Swedish labels are the domain's own, so the editor and the documents say the same words.
import { ACTION_LABEL } from '../../../domain/plan-workflow.ts';
import {
  BUDGET_GROUP_LABEL,
  GENDER_LABEL,
  GOAL_LEVEL_LABEL,
  GOAL_TEXT_FIELD_LABEL,
  ORG_KIND_LABEL,
  PERIODICITY_LABEL,
  PLAN_KIND_LABEL,
  PLAN_STATUS_LABEL,
} from '../../../shared/vocabulary.ts';
import { SAVE_LABEL } from '../../lib/save-registry.ts';

export default {
  goalLevel: GOAL_LEVEL_LABEL,
  orgKind: ORG_KIND_LABEL,
  gender: GENDER_LABEL,
  periodicity: PERIODICITY_LABEL,
  planKind: PLAN_KIND_LABEL,
  planStatus: PLAN_STATUS_LABEL,
  budgetGroup: BUDGET_GROUP_LABEL,
  goalTextField: GOAL_TEXT_FIELD_LABEL,
  action: ACTION_LABEL,
  save: SAVE_LABEL,
};
