import { createDecision, getDecision, listDecisions } from '../../services/decision.ts';
import {
  createIndicator,
  deleteIndicator,
  getIndicator,
  listIndicators,
  updateIndicator,
} from '../../services/indicator.ts';
import {
  createPlacement,
  deletePlacement,
  listPlacements,
  reorderPlacements,
} from '../../services/placement.ts';
import {
  confirmTarget,
  listTargetHistory,
  listTargets,
  removeTarget,
  setTarget,
} from '../../services/target.ts';
import { indicatorEndpoints } from '../../shared/endpoints/indicator.ts';
import { type Api, route } from '../api.ts';

export function indicatorRoutes(api: Api) {
  route(api, indicatorEndpoints.listIndicators, ({ ctx, query }) => listIndicators(ctx, query));
  route(api, indicatorEndpoints.createIndicator, ({ ctx, body }) => createIndicator(ctx, body));
  route(api, indicatorEndpoints.getIndicator, ({ ctx, params }) => getIndicator(ctx, params.id));
  route(api, indicatorEndpoints.updateIndicator, ({ ctx, params, body }) =>
    updateIndicator(ctx, params.id, body),
  );
  route(api, indicatorEndpoints.deleteIndicator, ({ ctx, params, query }) =>
    deleteIndicator(ctx, params.id, query.version),
  );

  route(api, indicatorEndpoints.listPlacements, ({ ctx, query }) => listPlacements(ctx, query));
  route(api, indicatorEndpoints.createPlacement, ({ ctx, body }) => createPlacement(ctx, body));
  route(api, indicatorEndpoints.deletePlacement, ({ ctx, params, query }) =>
    deletePlacement(ctx, params.id, query.version),
  );
  route(api, indicatorEndpoints.reorderPlacements, ({ ctx, params, body }) =>
    reorderPlacements(ctx, params.id, body),
  );

  route(api, indicatorEndpoints.listTargets, ({ ctx, query }) => listTargets(ctx, query));
  route(api, indicatorEndpoints.listTargetHistory, ({ ctx, query }) => listTargetHistory(ctx, query));
  route(api, indicatorEndpoints.setTarget, ({ ctx, body }) => setTarget(ctx, body));
  route(api, indicatorEndpoints.confirmTarget, ({ ctx, params }) => confirmTarget(ctx, params.id));
  route(api, indicatorEndpoints.removeTarget, ({ ctx, params }) => removeTarget(ctx, params.id));

  route(api, indicatorEndpoints.listDecisions, ({ ctx }) => listDecisions(ctx));
  route(api, indicatorEndpoints.createDecision, ({ ctx, body }) => createDecision(ctx, body));
  route(api, indicatorEndpoints.getDecision, ({ ctx, params }) => getDecision(ctx, params.id));
}
