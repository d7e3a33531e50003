import { useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { useOrganisations } from '../api/queries.ts';
import { rememberOrg } from '../lib/last-org.ts';
import { orgPath } from '../lib/org-tree.ts';

/** Year, organisation and its path from the URL. */
export function useOrgContext() {
  const params = useParams();
  const year = Number(params.year);
  const orgs = useOrganisations(year);
  const org = orgs.data?.find((o) => o.id === params.orgId);
  const path = org && orgs.data ? orgPath(orgs.data, org.id) : [];
  useEffect(() => {
    if (org) rememberOrg(org.id);
  }, [org]);
  return { year, orgId: params.orgId ?? '', org, path, orgs };
}
