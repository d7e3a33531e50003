import type { OrganisationRecord } from '../../shared/schemas/organisation.ts';

/** What the tree needs of an organisation record; the other fields may come along. */
export type Organisation = Pick<
  OrganisationRecord,
  'id' | 'parentId' | 'kind' | 'name' | 'sortOrder' | 'version'
> &
  Partial<OrganisationRecord>;

export interface OrgNode extends Organisation {
  children: OrgNode[];
}

export function buildOrgTree(orgs: Organisation[]): OrgNode[] {
  const nodes = new Map(orgs.map((o) => [o.id, { ...o, children: [] as OrgNode[] }]));
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgNode[]) => {
    list.sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'sv'));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** Keeps nodes whose name matches, with their ancestors so the match stays in context. */
export function filterOrgTree(nodes: OrgNode[], query: string): OrgNode[] {
  const q = query.trim().toLocaleLowerCase('sv');
  if (!q) return nodes;
  const out: OrgNode[] = [];
  for (const node of nodes) {
    const children = filterOrgTree(node.children, q);
    if (children.length || node.name.toLocaleLowerCase('sv').includes(q)) out.push({ ...node, children });
  }
  return out;
}

/** The organisation and its ancestors, root first. */
export function orgPath<T extends Organisation>(orgs: T[], id: string): T[] {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const path: T[] = [];
  let current = byId.get(id);
  while (current && path.length < 20) {
    path.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}
