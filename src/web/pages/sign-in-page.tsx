import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { endpoints } from '../../shared/endpoints/index.ts';
import { safeReturnPath } from '../../shared/return-path.ts';
import { call } from '../api/client.ts';
import { useSignInOptions } from '../api/session.ts';
import { LanguageSwitcher } from '../components/language-switcher.tsx';
import { useAction } from '../hooks/use-action.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';

/** /logga-in: email and password, single sign-on when configured, and one click per demo account on a demo. */
export default function SignInPage() {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const [search] = useSearchParams();
  const [ssoError] = useState(() => (search.get('fel') ? takeSignInError() : undefined));
  const options = useSignInOptions();
  const client = useQueryClient();
  const action = useAction();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  useDocumentTitle(t('signIn.title'));
  const target = safeReturnPath(search.get('till'));

  // A full page load after signing in: nothing cached from before (another person's data) survives.
  const enter = () => {
    client.clear();
    window.location.assign(target);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMissing(!email.trim() || !password);
    if (!email.trim() || !password) return;
    const signedIn = await action.run(() => call(endpoints.signIn, { body: { email, password } }));
    if (signedIn) enter();
  };

  const demoAccounts = options.data?.demoAccounts ?? [];
  const ssoMessage = ssoError === undefined ? undefined : ssoError || t('signIn.ssoRefused');
  const error = missing ? t('signIn.missing') : (action.error ?? ssoMessage);
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
        <div className="page stack sign-in">
          <h1>{t('signIn.title')}</h1>
          <p>{t('signIn.intro')}</p>
          {options.data?.singleSignOn && (
            <>
              <a className="button primary" href={`/auth/login?till=${encodeURIComponent(target)}`}>
                {t('signIn.singleSignOn')}
              </a>
              <p className="muted">{t('signIn.or')}</p>
            </>
          )}
          <form className="card stack" onSubmit={submit} noValidate>
            <label className="field">
              <span className="field-label">{t('signIn.email')}</span>
              <input
                type="email"
                name="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                aria-invalid={Boolean(error) || undefined}
                aria-describedby={error ? 'sign-in-error' : undefined}
              />
            </label>
            <label className="field">
              <span className="field-label">{t('signIn.password')}</span>
              <input
                type="password"
                name="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                aria-invalid={Boolean(error) || undefined}
                aria-describedby={error ? 'sign-in-error' : undefined}
              />
            </label>
            {error && (
              <p id="sign-in-error" className="field-error" role="alert">
                {error}
              </p>
            )}
            <div>
              <button type="submit" className="button primary" disabled={action.pending}>
                {action.pending ? t('signIn.signingIn') : t('signIn.submit')}
              </button>
            </div>
          </form>
          {demoAccounts.length > 0 && (
            <section className="card stack" aria-labelledby="demo-accounts-heading">
              <h2 id="demo-accounts-heading">{t('signIn.demoHeading')}</h2>
              <p>{t('signIn.demoBody')}</p>
              <ul className="demo-accounts">
                {demoAccounts.map((account) => (
                  <li key={account.userId}>
                    <button
                      type="button"
                      className="button"
                      disabled={action.pending}
                      onClick={async () => {
                        const signedIn = await action.run(() =>
                          call(endpoints.signInAsDemo, { body: { userId: account.userId } }),
                        );
                        if (signedIn) enter();
                      }}
                    >
                      {t('signIn.demoAs', { name: account.name })}
                    </button>{' '}
                    <span className="muted">
                      {t(`roles.${account.role}`)}
                      {account.organisationName ? `, ${account.organisationName}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {options.data && demoAccounts.length === 0 && <p className="muted">{t('signIn.noAccounts')}</p>}
        </div>
      </main>
    </div>
  );
}

/**
 * The server's explanation of a refused single sign-on, read once and removed. It comes in a cookie only
 * the server sets; `?fel` in the address only says to look, so a link cannot put its own words here.
 */
function takeSignInError(): string {
  const name = 'malkedja_inloggningsfel=';
  const found = document.cookie.split('; ').find((c) => c.startsWith(name));
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and Safari before 2025.
  document.cookie = `${name}; path=/; max-age=0`;
  if (!found) return '';
  try {
    return decodeURIComponent(found.slice(name.length));
  } catch {
    return '';
  }
}
