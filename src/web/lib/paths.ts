export const paths = {
  setup: '/kom-igang',
  organisations: (year: number) => `/ar/${year}/organisationer`,
  year: (year: number) => `/ar/${year}`,
  org: (year: number, orgId: string) => `/ar/${year}/org/${orgId}`,
  plan: (year: number, orgId: string) => `/ar/${year}/org/${orgId}/plan`,
  importPlans: (year: number) => `/ar/${year}/import`,
};
