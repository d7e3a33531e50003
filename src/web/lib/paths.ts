export const paths = {
  setup: '/kom-igang',
  organisations: (year: number) => `/ar/${year}/organisationer`,
  newYear: (year: number) => `/ar/${year}/nytt-ar`,
  year: (year: number) => `/ar/${year}`,
  org: (year: number, orgId: string) => `/ar/${year}/org/${orgId}`,
  plan: (year: number, orgId: string) => `/ar/${year}/org/${orgId}/plan`,
  comparison: (year: number, orgId: string) => `/ar/${year}/org/${orgId}/jamfor`,
  overview: (year: number, orgId: string) => `/ar/${year}/org/${orgId}/planoversikt`,
  search: (year: number, q: string) => `/ar/${year}/sok?q=${encodeURIComponent(q)}`,
  importPlans: (year: number) => `/ar/${year}/import`,
  followUp: (year: number, orgId: string, period: string) => `/ar/${year}/org/${orgId}/uppfoljning/${period}`,
  boardReview: (year: number, orgId: string, period: string) =>
    `/ar/${year}/org/${orgId}/uppfoljning/${period}/granskning`,
  dashboard: (year: number, orgId: string, period: string) => `/ar/${year}/org/${orgId}/oversikt/${period}`,
  history: (year: number, orgId: string, planId: string) =>
    `/ar/${year}/org/${orgId}/plan/${planId}/historik`,
  importOutcomes: (year: number) => `/ar/${year}/utfall/import`,
  followUpPeriods: (year: number) => `/ar/${year}/uppfoljning/perioder`,
};
