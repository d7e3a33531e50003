export const paths = {
  setup: '/kom-igang',
  organisations: (year: number) => `/ar/${year}/organisationer`,
  newYear: (year: number) => `/ar/${year}/nytt-ar`,
  year: (year: number) => `/ar/${year}`,
  org: (year: number, orgId: string) => `/ar/${year}/org/${orgId}`,
  plan: (year: number, orgId: string) => `/ar/${year}/org/${orgId}/plan`,
  comparison: (year: number, orgId: string) => `/ar/${year}/org/${orgId}/jamfor`,
  importPlans: (year: number) => `/ar/${year}/import`,
};
