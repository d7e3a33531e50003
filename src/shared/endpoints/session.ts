import { z } from 'zod';
import { endpoint } from '../endpoint.ts';
import { Id } from '../schemas/common.ts';
import { SessionInfo, SignInInput, SignInOptions } from '../schemas/user.ts';

const tag = 'Inloggning';

export const sessionEndpoints = {
  getSession: endpoint({
    method: 'get',
    path: '/api/v1/session',
    summary: 'Vem som är inloggad och med vilka roller (401 utan inloggning)',
    tag,
    response: SessionInfo,
  }),
  signIn: endpoint({
    method: 'post',
    path: '/api/v1/session',
    summary: 'Logga in med e-postadress och lösenord; sätter sessionskakan',
    tag,
    body: SignInInput,
    response: SessionInfo,
  }),
  signOut: endpoint({
    method: 'delete',
    path: '/api/v1/session',
    summary: 'Logga ut: avslutar sessionen och tar bort kakan',
    tag,
    status: 204,
  }),
  signInAsDemo: endpoint({
    method: 'post',
    path: '/api/v1/session/demo',
    summary: 'Logga in som ett av demokommunens konton med ett klick (bara medan demon finns)',
    tag,
    body: z.object({ userId: Id }),
    response: SessionInfo,
  }),
  getSignInOptions: endpoint({
    method: 'get',
    path: '/api/v1/public/sign-in-options',
    summary: 'Inloggningssätt: om single sign-on är påslaget, och demokontona på en demoinstallation',
    tag,
    response: SignInOptions,
  }),
};
