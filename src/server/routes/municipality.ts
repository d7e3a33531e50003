import { AppError } from '../../domain/errors.ts';
import { LOGO_MAX_BYTES } from '../../domain/logo.ts';
import { removeDemoData } from '../../services/demo-removal.ts';
import { findLogo, getMunicipality, setLogo, setUpMunicipality } from '../../services/municipality.ts';
import { municipalityEndpoints as e } from '../../shared/endpoints/municipality.ts';
import { type Api, route } from '../api.ts';

export function municipalityRoutes(api: Api) {
  route(api, e.getMunicipality, ({ ctx }) => getMunicipality(ctx));
  route(api, e.setUpMunicipality, ({ ctx, body }) => setUpMunicipality(ctx, body));
  route(api, e.setLogo, async ({ ctx, c }) => {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const file = form.logo;
    if (!(file instanceof File))
      throw new AppError('INVALID', 'Välj logotypfilen (PNG eller SVG) och skicka den som fältet "logo".', {
        fields: { logo: 'Välj en PNG- eller SVG-fil.' },
      });
    if (file.size > LOGO_MAX_BYTES * 2)
      throw new AppError(
        'INVALID',
        'Logotypen får vara högst 2 MB. Spara den i mindre storlek och försök igen.',
        {
          fields: { logo: 'Högst 2 MB.' },
        },
      );
    return setLogo(ctx, new Uint8Array(await file.arrayBuffer()));
  });
  route(api, e.getLogo, async ({ ctx }) => {
    const logo = await findLogo(ctx);
    if (!logo)
      throw new AppError('NOT_FOUND', 'Kommunen har ingen logotyp. Ladda upp en på sidan Kom igång.');
    return new Response(Buffer.from(logo.bytes), {
      headers: {
        'content-type': logo.type,
        'cache-control': 'no-cache',
        // An SVG opened on its own must not run anything.
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
        'x-content-type-options': 'nosniff',
      },
    });
  });
  route(api, e.removeDemoData, ({ ctx }) => removeDemoData(ctx));
}
