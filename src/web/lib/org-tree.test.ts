import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildOrgTree, filterOrgTree, type Organisation, orgPath } from './org-tree.ts';

const org = (id: string, parentId: string | null, name: string, sortOrder = 0): Organisation => ({
  id,
  parentId,
  kind: parentId === null ? 'city' : 'unit',
  name,
  sortOrder,
  version: 1,
});

const orgs = [
  org('u2', 'b', 'Öppenvården', 1),
  org('c', null, 'Sjöviks kommun'),
  org('b', 'c', 'Norrviks stadsdelsnämnd'),
  org('u1', 'b', 'Hemtjänsten', 0),
];

describe('organisation tree', () => {
  it('nests organisations under their parents in sort order', () => {
    const [city] = buildOrgTree(orgs);
    assert.equal(city?.name, 'Sjöviks kommun');
    assert.deepEqual(
      city?.children[0]?.children.map((o) => o.name),
      ['Hemtjänsten', 'Öppenvården'],
    );
  });

  it('keeps the ancestors of a match when searching, case-insensitively', () => {
    const [city] = filterOrgTree(buildOrgTree(orgs), 'öppen');
    assert.deepEqual(
      city?.children[0]?.children.map((o) => o.name),
      ['Öppenvården'],
    );
    assert.deepEqual(filterOrgTree(buildOrgTree(orgs), 'finns inte'), []);
  });

  it('gives the path from the city down to the organisation for breadcrumbs', () => {
    assert.deepEqual(
      orgPath(orgs, 'u2').map((o) => o.id),
      ['c', 'b', 'u2'],
    );
  });
});
