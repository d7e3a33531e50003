import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openTestContext } from '../../test/helpers/db.ts';
import { seedDemo, seedDemoIfEmpty } from '../demo/seed-demo.ts';
import { LOGO_MAX_BYTES } from '../domain/logo.ts';
import { removeDemoData } from './demo-removal.ts';
import { createIndicator } from './indicator.ts';
import { findLogo, getMunicipality, setLogo, setUpMunicipality } from './municipality.ts';
import { createOrganisation } from './organisation.ts';

const empty = await openTestContext();
const demo = await openTestContext();

const PNG = Uint8Array.from([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  ...Array.from({ length: 40 }, (_, i) => i),
]);
const SVG = new TextEncoder().encode(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>\n',
);

describe('a municipality of its own', () => {
  it('starts an empty install with its name and first planning year, once', async () => {
    assert.deepEqual(await getMunicipality(empty), {
      name: null,
      cityId: null,
      hasLogo: false,
      hasDemo: false,
      years: [],
    });
    const info = await setUpMunicipality(empty, { name: 'Ekby kommun', firstYear: 2027 });
    assert.equal(info.name, 'Ekby kommun');
    assert.deepEqual(info.years, [2027]);
    await assert.rejects(
      setUpMunicipality(empty, { name: 'Annan kommun', firstYear: 2027 }),
      /redan upplagd/,
    );
  });

  it('stores a PNG or SVG logo and refuses anything else without writing', async () => {
    await assert.rejects(setLogo(empty, new TextEncoder().encode('hej')), /varken en PNG- eller en SVG-bild/);
    await assert.rejects(setLogo(empty, new Uint8Array(LOGO_MAX_BYTES + 1).fill(0x89)), /högst 2 MB/);
    const scripted = new TextEncoder().encode('<svg><script>alert(1)</script></svg>');
    await assert.rejects(setLogo(empty, scripted), /skript/);
    assert.equal(await findLogo(empty), undefined);

    assert.deepEqual(await setLogo(empty, SVG), { type: 'image/svg+xml', bytes: SVG.length });
    assert.deepEqual(await setLogo(empty, PNG), { type: 'image/png', bytes: PNG.length });
    const logo = await findLogo(empty);
    assert.equal(logo?.type, 'image/png');
    assert.deepEqual([...(logo?.bytes ?? [])], [...PNG]);
    assert.equal((await getMunicipality(empty)).hasLogo, true);
  });

  it('removes the demo data and only it, and the demo does not come back', async () => {
    await seedDemo(demo);
    const own = await createIndicator(demo, {
      name: 'Egen indikator',
      valueKind: 'percent',
      direction: 'increase',
      periodicity: 'year',
      consolidation: 'none',
      genderSplit: false,
    });
    const board = await demo.db
      .selectFrom('organisation')
      .select('id')
      .where('kind', '=', 'board')
      .executeTakeFirstOrThrow();
    const stray = await createOrganisation(demo, { kind: 'unit', name: 'Egen enhet', parentId: board.id });
    const before = await demo.db
      .selectFrom('goal')
      .select(demo.db.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    await assert.rejects(removeDemoData(demo), /Egen enhet.*inget har tagits bort/);
    const after = await demo.db
      .selectFrom('goal')
      .select(demo.db.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));

    await demo.db.deleteFrom('organisationParent').where('organisationId', '=', stray.id).execute();
    await demo.db.deleteFrom('organisation').where('id', '=', stray.id).execute();
    const removed = await removeDemoData(demo);
    assert.ok(removed.organisations > 5 && removed.goals > 10 && removed.plans > 0, JSON.stringify(removed));
    for (const table of ['organisation', 'goal', 'activity', 'plan'] as const) {
      const left = await demo.db.selectFrom(table).select('id').execute();
      assert.equal(left.length, 0, `${table} kvar`);
    }
    const indicators = await demo.db.selectFrom('indicator').select('id').execute();
    assert.deepEqual(
      indicators.map((i) => i.id),
      [own.id],
    );
    assert.equal((await getMunicipality(demo)).hasDemo, false);
    assert.equal(await seedDemoIfEmpty(demo), false);
    await assert.rejects(removeDemoData(demo), /inga demodata/);
    const info = await setUpMunicipality(demo, { name: 'Ekby kommun', firstYear: 2027 });
    assert.equal(info.name, 'Ekby kommun');
  });
});
