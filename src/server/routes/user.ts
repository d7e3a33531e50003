import { createApiToken, listApiTokens, revokeApiToken } from '../../services/api-token.ts';
import { createUser, listUsers, updateUser } from '../../services/user.ts';
import { userEndpoints as e } from '../../shared/endpoints/user.ts';
import { type Api, route } from '../api.ts';

export function userRoutes(api: Api) {
  route(api, e.listUsers, ({ ctx }) => listUsers(ctx));
  route(api, e.createUser, ({ ctx, body }) => createUser(ctx, body));
  route(api, e.updateUser, ({ ctx, params, body }) => updateUser(ctx, params.id, body));
  route(api, e.listApiTokens, ({ ctx }) => listApiTokens(ctx));
  route(api, e.createApiToken, ({ ctx, body }) => createApiToken(ctx, body));
  route(api, e.revokeApiToken, ({ ctx, params }) => revokeApiToken(ctx, params.id));
}
