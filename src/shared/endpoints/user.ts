import { z } from 'zod';
import { endpoint } from '../endpoint.ts';
import { ApiToken, ApiTokenCreated, ApiTokenInput } from '../schemas/api-token.ts';
import { User, UserInput, UserPatch } from '../schemas/user.ts';

const tag = 'Konton';

export const userEndpoints = {
  listUsers: endpoint({
    method: 'get',
    path: '/api/v1/users',
    summary: 'Alla konton med roller (administratörer)',
    tag,
    response: z.array(User),
  }),
  createUser: endpoint({
    method: 'post',
    path: '/api/v1/users',
    summary: 'Skapa ett konto med lösenord (eller utan, för single sign-on) och roller',
    tag,
    body: UserInput,
    status: 201,
    response: User,
  }),
  updateUser: endpoint({
    method: 'patch',
    path: '/api/v1/users/:id',
    summary: 'Ändra namn, lösenord eller roller, eller stäng av ett konto (avslutar dess sessioner)',
    tag,
    body: UserPatch,
    response: User,
  }),
  listApiTokens: endpoint({
    method: 'get',
    path: '/api/v1/api-tokens',
    summary: 'API-nycklar för integrationer (utan själva nyckeln)',
    tag,
    response: z.array(ApiToken),
  }),
  createApiToken: endpoint({
    method: 'post',
    path: '/api/v1/api-tokens',
    summary: 'Skapa en API-nyckel med en roll över en organisation; nyckeln visas bara i detta svar',
    tag,
    body: ApiTokenInput,
    status: 201,
    response: ApiTokenCreated,
  }),
  revokeApiToken: endpoint({
    method: 'delete',
    path: '/api/v1/api-tokens/:id',
    summary: 'Återkalla en API-nyckel',
    tag,
    status: 204,
  }),
};
