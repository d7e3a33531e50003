import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from './domain/errors.ts';
import { loadOidcConfig, parseRoleMap } from './oidc-config.ts';

const FULL = {
  OIDC_ISSUER: 'https://login.microsoftonline.com/tenant-id/v2.0',
  OIDC_CLIENT_ID: 'malkedja',
  OIDC_CLIENT_SECRET: 'hemligt',
  PUBLIC_URL: 'https://mal.kommun.se/',
};

describe('single sign-on configuration', () => {
  it('is off when no OIDC variable is set, even with PUBLIC_URL', () => {
    assert.equal(loadOidcConfig({ PUBLIC_URL: 'https://mal.kommun.se' }), undefined);
    assert.equal(loadOidcConfig({}), undefined);
  });

  it('reads a full configuration with the default groups claim', () => {
    const config = loadOidcConfig(FULL)!;
    assert.equal(config.issuer, FULL.OIDC_ISSUER);
    assert.equal(config.clientId, 'malkedja');
    assert.equal(config.clientSecret, 'hemligt');
    assert.equal(
      config.publicUrl,
      'https://mal.kommun.se',
      'trailing slash dropped: the callback is PUBLIC_URL/auth/callback',
    );
    assert.equal(config.roleClaim, 'groups');
    assert.equal(config.roleMap.size, 0);
    assert.equal(config.allowInsecureRequests, undefined, 'never from the environment');
  });

  it('refuses a half configuration in Swedish, naming every missing variable', () => {
    assert.throws(
      () => loadOidcConfig({ OIDC_ISSUER: FULL.OIDC_ISSUER, OIDC_ROLE_MAP: 'a=reader' }),
      (error: unknown) =>
        error instanceof AppError &&
        /delvis inställt: OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, PUBLIC_URL saknas/.test(error.message) &&
        /ta bort alla OIDC_-variabler/.test(error.message),
    );
    assert.throws(() => loadOidcConfig({ ...FULL, PUBLIC_URL: '' }), /PUBLIC_URL saknas/);
  });

  it('refuses an issuer that is not an address', () => {
    assert.throws(
      () => loadOidcConfig({ ...FULL, OIDC_ISSUER: 'login.microsoftonline.com' }),
      /OIDC_ISSUER måste/,
    );
  });

  it('reads the short role map: several roles per group, an organisation code after @', () => {
    const map = parseRoleMap(' sg-mal-admin=admin ; sg-enhet-12=unit_writer@E12;sg-enhet-12=reader@E12;');
    assert.deepEqual(map.get('sg-mal-admin'), [{ role: 'admin', orgCode: null }]);
    assert.deepEqual(map.get('sg-enhet-12'), [
      { role: 'unit_writer', orgCode: 'E12' },
      { role: 'reader', orgCode: 'E12' },
    ]);
  });

  it('reads the JSON role map, where Entra ID group ids are the keys', () => {
    const map = parseRoleMap(
      '{"0f1e2d3c-aaaa-bbbb-cccc-000000000001": ["board_planner@NMD", "reader"], "Läsare": "reader"}',
    );
    assert.deepEqual(map.get('0f1e2d3c-aaaa-bbbb-cccc-000000000001'), [
      { role: 'board_planner', orgCode: 'NMD' },
      { role: 'reader', orgCode: null },
    ]);
    assert.deepEqual(map.get('Läsare'), [{ role: 'reader', orgCode: null }]);
  });

  it('refuses an unknown role, a line without "=" and broken JSON, saying how to write it', () => {
    assert.throws(() => parseRoleMap('grupp=superuser'), /okända rollen "superuser". Använd någon av admin/);
    assert.throws(() => parseRoleMap('grupp'), /grupp=roll@organisationskod/);
    assert.throws(() => parseRoleMap('{"a": '), /inte giltig JSON/);
    assert.throws(() => loadOidcConfig({ ...FULL, OIDC_ROLE_MAP: 'x=boss' }), /okända rollen/);
  });
});
