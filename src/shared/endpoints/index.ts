// The route table: every endpoint of the API, by name. The server registers a handler for each;
// the web client calls them by name with types inferred from their schemas.
import { activityEndpoints } from './activity.ts';
import { boardOverviewEndpoints } from './board-overview.ts';
import { documentEndpoints } from './document.ts';
import { followUpEndpoints } from './follow-up.ts';
import { goalEndpoints } from './goal.ts';
import { healthEndpoints } from './health.ts';
import { importEndpoints } from './import.ts';
import { indicatorEndpoints } from './indicator.ts';
import { municipalityEndpoints } from './municipality.ts';
import { organisationEndpoints } from './organisation.ts';
import { planEndpoints } from './plan.ts';
import { planCommentEndpoints } from './plan-comment.ts';
import { planComparisonEndpoints } from './plan-comparison.ts';
import { planSnapshotEndpoints } from './plan-snapshot.ts';
import { planWorkflowEndpoints } from './plan-workflow.ts';
import { publicEndpoints } from './public.ts';
import { searchEndpoints } from './search.ts';
import { sessionEndpoints } from './session.ts';
import { userEndpoints } from './user.ts';
import { yearEndpoints } from './year.ts';
import { yearRolloverEndpoints } from './year-rollover.ts';

export const endpoints = {
  ...healthEndpoints,
  ...organisationEndpoints,
  ...yearEndpoints,
  ...goalEndpoints,
  ...indicatorEndpoints,
  ...activityEndpoints,
  ...planEndpoints,
  ...planWorkflowEndpoints,
  ...documentEndpoints,
  ...importEndpoints,
  ...municipalityEndpoints,
  ...yearRolloverEndpoints,
  ...planComparisonEndpoints,
  ...boardOverviewEndpoints,
  ...searchEndpoints,
  ...followUpEndpoints,
  ...planSnapshotEndpoints,
  ...planCommentEndpoints,
  ...publicEndpoints,
  ...sessionEndpoints,
  ...userEndpoints,
};
