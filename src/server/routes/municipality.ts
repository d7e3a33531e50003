import { AppError } from '../../domain/errors.ts';
import { LOGO_MAX_BYTES } from '../../domain/logo.ts';
import { removeDemoData } from '../../services/demo-removal.ts';
import { findLogo, getMunicipality, setLogo, setUpMunicipality } from '../../services/municipality.ts';
import { DemoRemovalConfirm, MunicipalitySetup } from '../../shared/schemas/municipality.ts';
import { type Api, route } from '../api.ts';

export function municipalityRoutes(api: Api) {
  const tag = 'Kommun';
  route(api, {
    method: 'get',
    path: '/api/v1/municipality',
    summary: 'Kommunen: namn, logotyp, om demodata finns och planeringsår',
    tag,
    handler: ({ ctx }) => getMunicipality(ctx),
  });
  route(api, {
    method: 'post',
    path: '/api/v1/municipality',
    summary: 'Lägg upp den egna kommunen och dess första planeringsår (första start)',
    tag,
    body: MunicipalitySetup,
    status: 201,
    handler: ({ ctx, body }) => setUpMunicipality(ctx, body),
  });
  route(api, {
    method: 'put',
    path: '/api/v1/municipality/logo',
    summary: 'Ladda upp brevhuvudets logotyp (PNG eller SVG, högst 2 MB) som filens bytes',
    tag,
    handler: async ({ ctx, c }) => {
      const declared = Number(c.req.header('content-length') ?? 0);
      if (declared > LOGO_MAX_BYTES * 2)
        throw new AppError(
          'INVALID',
          'Logotypen får vara högst 2 MB. Spara den i mindre storlek och försök igen.',
        );
      return setLogo(ctx, new Uint8Array(await c.req.arrayBuffer()));
    },
  });
  route(api, {
    method: 'get',
    path: '/api/v1/municipality/logo',
    summary: 'Brevhuvudets logotyp',
    tag,
    produces: 'image/png',
    handler: async ({ ctx }) => {
      const logo = await findLogo(ctx);
      if (!logo) throw new AppError('NOT_FOUND', 'Kommunen har ingen logotyp. Ladda upp en på startsidan.');
      return new Response(Buffer.from(logo.bytes), {
        headers: {
          'content-type': logo.type,
          'cache-control': 'no-cache',
          // An SVG opened on its own must not run anything.
          'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
          'x-content-type-options': 'nosniff',
        },
      });
    },
  });
  route(api, {
    method: 'post',
    path: '/api/v1/municipality/remove-demo',
    summary: 'Börja med egen kommun: ta bort demokommunens data (och bara den)',
    tag,
    body: DemoRemovalConfirm,
    handler: ({ ctx }) => removeDemoData(ctx),
  });
}
