export const paths = {
  year: (year: number) => `/ar/${year}`,
  org: (year: number, orgId: string) => `/ar/${year}/org/${orgId}`,
  plan: (year: number, orgId: string) => `/ar/${year}/org/${orgId}/plan`,
  importPlans: (year: number) => `/ar/${year}/import`,
};
