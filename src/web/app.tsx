import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { AppLayout } from './components/app-layout.tsx';
import { i18next } from './i18n/index.ts';
import { HomeRedirect } from './pages/home-redirect.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import './styles.css';
import './follow-up.css';

const StartPage = lazy(() => import('./pages/start-page.tsx'));
const OrganisationPage = lazy(() => import('./pages/organisation-page.tsx'));
const PlanPage = lazy(() => import('./pages/plan-page.tsx'));
const ImportPage = lazy(() => import('./pages/import-page.tsx'));
const SetupPage = lazy(() => import('./pages/setup-page.tsx'));
const SignInPage = lazy(() => import('./pages/sign-in-page.tsx'));
const AccountsPage = lazy(() => import('./pages/accounts-page.tsx'));
const YearRolloverPage = lazy(() => import('./pages/year-rollover-page.tsx'));
const OrganisationRegisterPage = lazy(() => import('./pages/organisation-register-page.tsx'));
const PlanComparisonPage = lazy(() => import('./pages/plan-comparison-page.tsx'));
const FollowUpPage = lazy(() => import('./pages/follow-up-page.tsx'));
const BoardReviewPage = lazy(() => import('./pages/board-review-page.tsx'));
// Charts (recharts) load with this page only, so the first load of the app stays small.
const DashboardPage = lazy(() => import('./pages/dashboard-page.tsx'));
const OutcomeImportPage = lazy(() => import('./pages/outcome-import-page.tsx'));
const FollowUpPeriodsPage = lazy(() => import('./pages/follow-up-periods-page.tsx'));
const BoardOverviewPage = lazy(() => import('./pages/board-overview-page.tsx'));
const SearchPage = lazy(() => import('./pages/search-page.tsx'));
const PlanHistoryPage = lazy(() => import('./pages/plan-history-page.tsx'));
const PublishedPage = lazy(() => import('./pages/published-page.tsx'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: 1 },
  },
});

function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Suspense fallback={<p className="loading">{i18next.t('loading')}</p>}>
          <Routes>
            <Route path="/" element={<HomeRedirect />} />
            <Route path="/kom-igang" element={<SetupPage />} />
            <Route path="/publicerat" element={<PublishedPage />} />
            <Route path="/logga-in" element={<SignInPage />} />
            <Route path="/ar/:year" element={<AppLayout />}>
              <Route index element={<StartPage />} />
              <Route path="org/:orgId" element={<OrganisationPage />} />
              <Route path="org/:orgId/plan" element={<PlanPage />} />
              <Route path="org/:orgId/plan/:planId/historik" element={<PlanHistoryPage />} />
              <Route path="org/:orgId/jamfor" element={<PlanComparisonPage />} />
              <Route path="org/:orgId/planoversikt" element={<BoardOverviewPage />} />
              <Route path="sok" element={<SearchPage />} />
              <Route path="import" element={<ImportPage />} />
              <Route path="organisationer" element={<OrganisationRegisterPage />} />
              <Route path="konton" element={<AccountsPage />} />
              <Route path="nytt-ar" element={<YearRolloverPage />} />
              <Route path="org/:orgId/uppfoljning/:period" element={<FollowUpPage />} />
              <Route path="org/:orgId/uppfoljning/:period/granskning" element={<BoardReviewPage />} />
              <Route path="org/:orgId/oversikt/:period" element={<DashboardPage />} />
              <Route path="utfall/import" element={<OutcomeImportPage />} />
              <Route path="uppfoljning/perioder" element={<FollowUpPeriodsPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
            <Route
              path="*"
              element={
                <main id="innehall" className="app-main narrow">
                  <NotFoundPage />
                </main>
              }
            />
          </Routes>
        </Suspense>
      </BrowserRouter>
    </QueryClientProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
