import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { Municipality } from '../../shared/schemas/municipality.ts';
import { call } from '../api/client.ts';
import { municipalityKey, uploadLogo, useMunicipality } from '../api/municipality.ts';
import { LanguageSwitcher } from '../components/language-switcher.tsx';
import { LogoInput, SetupForm } from '../components/setup-form.tsx';
import { useAction } from '../hooks/use-action.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { paths } from '../lib/paths.ts';

/** First run: an empty install (or a demo install the municipality wants to leave) becomes its own. */
export default function SetupPage() {
  const { t } = useTranslation('setup');
  const { t: tc } = useTranslation();
  const info = useMunicipality();
  const [removed, setRemoved] = useState<string>();
  useDocumentTitle(t('title'));
  return (
    <div className="app">
      <a className="skip-link" href="#innehall">
        {tc('skipToContent')}
      </a>
      <header className="app-header">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>
          <span className="brand-name">{tc('appName')}</span>
        </span>
        <div className="header-tools">
          <LanguageSwitcher />
        </div>
      </header>
      <main id="innehall" tabIndex={-1} className="app-main narrow">
        <div className="page stack">
          <h1>{t('title')}</h1>
          {!info.data ? (
            <p className="loading">{tc('loading')}</p>
          ) : info.data.hasDemo ? (
            <DemoRemoval name={info.data.name ?? ''} onRemoved={setRemoved} />
          ) : (
            <>
              {removed && <p role="status">{removed}</p>}
              {info.data.name ? <SetupDone info={info.data} /> : <Intro />}
            </>
          )}
        </div>
      </main>
    </div>
  );
}

function Intro() {
  const { t } = useTranslation('setup');
  return (
    <>
      <p>{t('intro')}</p>
      <SetupForm />
    </>
  );
}

function DemoRemoval(props: { name: string; onRemoved: (message: string) => void }) {
  const { t } = useTranslation('setup');
  const client = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const action = useAction();
  return (
    <section className="card stack" aria-labelledby="demo-heading">
      <h2 id="demo-heading">{t('demo.heading', { name: props.name })}</h2>
      <p>{t('demo.body')}</p>
      {!asking ? (
        <div>
          <button type="button" className="button primary" onClick={() => setAsking(true)}>
            {t('demo.start')}
          </button>
        </div>
      ) : (
        <div className="stack">
          <label className="checkbox">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />{' '}
            {t('demo.confirm')}
          </label>
          <div className="button-row">
            <button
              type="button"
              className="button danger"
              disabled={!confirmed || action.pending}
              onClick={async () => {
                const result = await action.run(() =>
                  call(endpoints.removeDemoData, { body: { confirm: true } }),
                );
                if (!result) return;
                props.onRemoved(t('demo.removed', result));
                await client.invalidateQueries();
              }}
            >
              {t('demo.remove')}
            </button>
            <button type="button" className="button" onClick={() => setAsking(false)}>
              {t('demo.cancel')}
            </button>
          </div>
          {action.error && (
            <p className="field-error" role="alert">
              {action.error}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

function SetupDone({ info }: { info: Municipality }) {
  const { t } = useTranslation('setup');
  const client = useQueryClient();
  const [file, setFile] = useState<File>();
  const action = useAction();
  const year = info.years.at(-1) ?? new Date().getFullYear();
  return (
    <>
      <section className="card stack" aria-labelledby="done-heading">
        <h2 id="done-heading">{t('done.heading', { name: info.name })}</h2>
        <p>{info.hasLogo ? t('done.logoSaved') : t('done.noLogo')}</p>
        {info.hasLogo && (
          <img src={`/api/v1/municipality/logo?v=${Date.now()}`} alt="" className="setup-logo" />
        )}
        <LogoInput
          file={file}
          onChange={setFile}
          error={action.error}
          label={info.hasLogo ? t('done.replaceLogo') : t('done.uploadLogo')}
        />
        <div>
          <button
            type="button"
            className="button"
            disabled={!file || action.pending}
            onClick={async () => {
              if (!file) return;
              await action.run(() => uploadLogo(file));
              await client.invalidateQueries({ queryKey: municipalityKey });
            }}
          >
            {info.hasLogo ? t('done.replaceLogo') : t('done.uploadLogo')}
          </button>
        </div>
      </section>
      <section className="stack" aria-labelledby="next-heading">
        <h2 id="next-heading">{t('done.next')}</h2>
        <ul>
          <li>
            <Link to={paths.organisations(year)}>{t('done.organisations')}</Link>
          </li>
          <li>
            <Link to={paths.importPlans(year)}>{t('done.importPlans')}</Link>
          </li>
          <li>
            <Link to={paths.year(year)}>{t('done.openYear', { year })}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
