import { z } from 'zod';
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
import { listTargetHistory, listTargets, removeTarget, setTarget } from '../../services/target.ts';
import { Id, Reorder } from '../../shared/schemas/common.ts';
import {
  DecisionInput,
  IndicatorInput,
  IndicatorPatch,
  PlacementInput,
  TargetInput,
} from '../../shared/schemas/indicator.ts';
import { type Api, route } from '../api.ts';
import { VersionQuery, YearQuery } from './common.ts';

export function indicatorRoutes(api: Api) {
  const tag = 'Indikator';
  route(api, {
    method: 'get',
    path: '/api/v1/indicators',
    summary: 'Lista indikatorer (sök på namn)',
    tag,
    query: z.object({ search: z.string().max(200).optional() }),
    handler: ({ ctx, query }) => listIndicators(ctx, query),
  });
  route(api, {
    method: 'post',
    path: '/api/v1/indicators',
    summary: 'Skapa indikator',
    tag,
    body: IndicatorInput,
    status: 201,
    handler: ({ ctx, body }) => createIndicator(ctx, body),
  });
  route(api, {
    method: 'get',
    path: '/api/v1/indicators/:id',
    summary: 'Hämta indikator',
    tag,
    handler: ({ ctx, params }) => getIndicator(ctx, params.id!),
  });
  route(api, {
    method: 'patch',
    path: '/api/v1/indicators/:id',
    summary: 'Ändra indikator (lagrade målvärden påverkas aldrig)',
    tag,
    body: IndicatorPatch,
    handler: ({ ctx, params, body }) => updateIndicator(ctx, params.id!, body),
  });
  route(api, {
    method: 'delete',
    path: '/api/v1/indicators/:id',
    summary: 'Ta bort indikator utan målvärden',
    tag,
    query: VersionQuery,
    status: 204,
    handler: ({ ctx, params, query }) => deleteIndicator(ctx, params.id!, query.version),
  });

  route(api, {
    method: 'get',
    path: '/api/v1/placements',
    summary: 'Indikatorplaceringar under mål',
    tag,
    query: z.object({ goalId: Id.optional(), indicatorId: Id.optional() }),
    handler: ({ ctx, query }) => listPlacements(ctx, query),
  });
  route(api, {
    method: 'post',
    path: '/api/v1/placements',
    summary: 'Placera en indikator under ett mål',
    tag,
    body: PlacementInput,
    status: 201,
    handler: ({ ctx, body }) => createPlacement(ctx, body),
  });
  route(api, {
    method: 'delete',
    path: '/api/v1/placements/:id',
    summary: 'Ta bort placering',
    tag,
    status: 204,
    handler: ({ ctx, params }) => deletePlacement(ctx, params.id!),
  });
  route(api, {
    method: 'post',
    path: '/api/v1/goals/:id/placements/reorder',
    summary: 'Ändra ordning på indikatorer under ett mål',
    tag,
    body: Reorder,
    status: 204,
    handler: ({ ctx, params, body }) => reorderPlacements(ctx, params.id!, body.ids),
  });

  route(api, {
    method: 'get',
    path: '/api/v1/targets',
    summary: 'Gällande målvärden',
    tag,
    query: z.object({
      year: YearQuery.optional(),
      indicatorId: Id.optional(),
      organisationId: Id.optional(),
    }),
    handler: ({ ctx, query }) => listTargets(ctx, query),
  });
  route(api, {
    method: 'get',
    path: '/api/v1/targets/history',
    summary: 'Alla versioner av ett målvärde med beslut',
    tag,
    query: z.object({
      indicatorId: Id,
      organisationId: Id,
      year: YearQuery,
      gender: z.enum(['T', 'K', 'M']).default('T'),
    }),
    handler: ({ ctx, query }) => listTargetHistory(ctx, query),
  });
  route(api, {
    method: 'put',
    path: '/api/v1/targets',
    summary: 'Sätt målvärde (ny version; expectedRevision skyddar mot samtidiga ändringar)',
    tag,
    body: TargetInput,
    handler: ({ ctx, body }) => setTarget(ctx, body),
  });
  route(api, {
    method: 'delete',
    path: '/api/v1/targets/:id',
    summary: 'Ta bort målvärde (historiken finns kvar)',
    tag,
    status: 204,
    handler: ({ ctx, params }) => removeTarget(ctx, params.id!),
  });

  route(api, {
    method: 'get',
    path: '/api/v1/decisions',
    summary: 'Beslut',
    tag,
    handler: ({ ctx }) => listDecisions(ctx),
  });
  route(api, {
    method: 'post',
    path: '/api/v1/decisions',
    summary: 'Registrera beslut',
    tag,
    body: DecisionInput,
    status: 201,
    handler: ({ ctx, body }) => createDecision(ctx, body),
  });
  route(api, {
    method: 'get',
    path: '/api/v1/decisions/:id',
    summary: 'Hämta beslut',
    tag,
    handler: ({ ctx, params }) => getDecision(ctx, params.id!),
  });
}
