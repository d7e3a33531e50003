import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useParams } from 'react-router-dom';
import { useMunicipality } from '../api/municipality.ts';
import { useOrganisations } from '../api/queries.ts';
import { paths } from '../lib/paths.ts';
import { LanguageSwitcher } from './language-switcher.tsx';
import { OrgTree } from './org-tree.tsx';
import { SearchBox } from './search-box.tsx';
import { SessionMenu } from './session-menu.tsx';
import { YearSwitcher } from './year-switcher.tsx';

/** Header, organisation tree and the page; the tree folds away on narrow screens. */
export function AppLayout() {
  const { t } = useTranslation();
  const params = useParams();
  const year = Number(params.year);
  const orgs = useOrganisations(year);
  const municipality = useMunicipality();
  const [navOpen, setNavOpen] = useState(false);
  const location = useLocation();
  const city = orgs.data?.find((o) => o.kind === 'city');
  // The editor needs the width; its organisation tree opens on demand like on a phone.
  const wide = location.pathname.endsWith('/plan') || location.pathname.includes('/uppfoljning/');

  // biome-ignore lint/correctness/useExhaustiveDependencies: closing the menu is the reaction to navigation
  useEffect(() => setNavOpen(false), [location.pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#innehall">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link to={paths.year(year)} className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>
          <span className="brand-name">{t('appName')}</span>
          {city && <span className="brand-org">{city.name}</span>}
        </Link>
        <div className="header-tools">
          <SearchBox year={year} />
          {municipality.data?.hasDemo && (
            <Link to={paths.setup} className="button">
              {t('nav.ownMunicipality')}
            </Link>
          )}
          <Link to={paths.organisations(year)} className="button">
            {t('nav.register')}
          </Link>
          <Link to={paths.importPlans(year)} className="button">
            {t('nav.importPlans')}
          </Link>
          <YearSwitcher year={year} />
          <LanguageSwitcher />
          <SessionMenu year={year} />
          <button
            type="button"
            className="button nav-toggle"
            aria-expanded={navOpen}
            aria-controls="org-nav"
            onClick={() => {
              setNavOpen((v) => !v);
              requestAnimationFrame(() => document.getElementById('org-search')?.focus());
            }}
          >
            {t('nav.organisations')}
          </button>
        </div>
      </header>
      <div className={`app-body ${wide ? 'wide' : ''}`}>
        <nav
          id="org-nav"
          aria-label={t('nav.organisations')}
          className={`app-nav ${navOpen ? 'open' : ''}`}
          onKeyDown={(e) => {
            if (e.key !== 'Escape' || !navOpen) return;
            setNavOpen(false);
            document.querySelector<HTMLButtonElement>('[aria-controls="org-nav"]')?.focus();
          }}
        >
          {orgs.data ? (
            <OrgTree orgs={orgs.data} year={year} currentId={params.orgId} />
          ) : (
            <p className="muted">{orgs.isError ? t('nav.organisationsFailed') : t('loading')}</p>
          )}
        </nav>
        <main id="innehall" tabIndex={-1} className="app-main">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
