import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { RoleGrant } from '../../shared/schemas/user.ts';
import { ROLES, type Role } from '../../shared/vocabulary.ts';
import { call } from '../api/client.ts';
import { useOrganisations } from '../api/queries.ts';
import { useAction } from '../hooks/use-action.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useFormat } from '../i18n/format.ts';

const usersKey = ['users'] as const;
const tokensKey = ['api-tokens'] as const;

/** Account and API-token administration (whole-municipality admins; the server refuses anyone else). */
export default function AccountsPage() {
  const { t } = useTranslation('auth');
  const year = Number(useParams().year);
  const orgs = useOrganisations(year);
  const names = new Map((orgs.data ?? []).map((o) => [o.id, o.name]));
  const grantText = (g: RoleGrant) =>
    `${t(`roles.${g.role}`)}, ${g.organisationId ? (names.get(g.organisationId) ?? g.organisationId) : t('accounts.wholeMunicipality')}`;
  useDocumentTitle(t('accounts.title'));
  return (
    <div className="page stack">
      <h1>{t('accounts.title')}</h1>
      <Users grantText={grantText} />
      <AddUser orgs={orgs.data ?? []} />
      <Tokens grantText={grantText} orgs={orgs.data ?? []} />
    </div>
  );
}

type Org = { id: string; name: string };

function Users(props: { grantText: (g: RoleGrant) => string }) {
  const { t } = useTranslation('auth');
  const client = useQueryClient();
  const users = useQuery({ queryKey: usersKey, queryFn: () => call(endpoints.listUsers, {}) });
  const action = useAction();
  return (
    <section className="stack" aria-labelledby="users-heading">
      <h2 id="users-heading">{t('accounts.users')}</h2>
      {action.error && (
        <p className="field-error" role="alert">
          {action.error}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('accounts.name')}</th>
              <th scope="col">{t('accounts.email')}</th>
              <th scope="col">{t('accounts.roles')}</th>
              <th scope="col">{t('accounts.status')}</th>
            </tr>
          </thead>
          <tbody>
            {(users.data ?? []).map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.name}</th>
                <td>{u.email}</td>
                <td>{u.roles.map(props.grantText).join('; ')}</td>
                <td>
                  {u.disabled ? t('accounts.disabled') : t('accounts.active')}{' '}
                  <button
                    type="button"
                    className="button"
                    disabled={action.pending}
                    onClick={async () => {
                      await action.run(() =>
                        call(endpoints.updateUser, { params: { id: u.id }, body: { disabled: !u.disabled } }),
                      );
                      await client.invalidateQueries({ queryKey: usersKey });
                    }}
                  >
                    {u.disabled
                      ? t('accounts.enable', { name: u.name })
                      : t('accounts.disable', { name: u.name })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RoleFields(props: {
  role: Role;
  org: string;
  onRole: (r: Role) => void;
  onOrg: (o: string) => void;
  orgs: Org[];
  id: string;
}) {
  const { t } = useTranslation('auth');
  return (
    <>
      <label className="field">
        <span className="field-label">{t('accounts.role')}</span>
        <select value={props.role} onChange={(e) => props.onRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('accounts.organisation')}</span>
        <select value={props.org} onChange={(e) => props.onOrg(e.target.value)}>
          <option value="">{t('accounts.wholeMunicipality')}</option>
          {props.orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

function AddUser(props: { orgs: Org[] }) {
  const { t } = useTranslation('auth');
  const client = useQueryClient();
  const action = useAction();
  const [form, setForm] = useState({ email: '', name: '', password: '', role: 'reader' as Role, org: '' });
  const [done, setDone] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const user = await action.run(() =>
      call(endpoints.createUser, {
        body: {
          email: form.email,
          name: form.name,
          password: form.password || undefined,
          roles: [{ role: form.role, organisationId: form.org || null }],
        },
      }),
    );
    if (!user) return;
    setDone(t('accounts.added', { email: user.email }));
    setForm({ email: '', name: '', password: '', role: 'reader', org: '' });
    await client.invalidateQueries({ queryKey: usersKey });
  };
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="add-user-heading">
      <h2 id="add-user-heading">{t('accounts.addUser')}</h2>
      <label className="field">
        <span className="field-label">{t('accounts.name')}</span>
        <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      </label>
      <label className="field">
        <span className="field-label">{t('accounts.email')}</span>
        <input
          type="email"
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">{t('accounts.password')}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
        />
      </label>
      <RoleFields
        id="user"
        role={form.role}
        org={form.org}
        orgs={props.orgs}
        onRole={(role) => setForm({ ...form, role })}
        onOrg={(org) => setForm({ ...form, org })}
      />
      {action.error && (
        <p className="field-error" role="alert">
          {action.error}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      <div>
        <button type="submit" className="button primary" disabled={action.pending}>
          {t('accounts.add')}
        </button>
      </div>
    </form>
  );
}

function Tokens(props: { grantText: (g: RoleGrant) => string; orgs: Org[] }) {
  const { t } = useTranslation('auth');
  const format = useFormat();
  const client = useQueryClient();
  const tokens = useQuery({ queryKey: tokensKey, queryFn: () => call(endpoints.listApiTokens, {}) });
  const action = useAction();
  const [form, setForm] = useState({ name: '', role: 'reader' as Role, org: '' });
  const [secret, setSecret] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await action.run(() =>
      call(endpoints.createApiToken, {
        body: { name: form.name, role: form.role, organisationId: form.org || null },
      }),
    );
    if (!created) return;
    setSecret(created.token);
    setForm({ name: '', role: 'reader', org: '' });
    await client.invalidateQueries({ queryKey: tokensKey });
  };
  const list = tokens.data ?? [];
  return (
    <section className="stack" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t('accounts.tokens')}</h2>
      <p>{t('accounts.tokensIntro')}</p>
      {list.length === 0 ? (
        <p className="muted">{t('accounts.noTokens')}</p>
      ) : (
        <ul className="stack">
          {list.map((k) => (
            <li key={k.id}>
              <strong>{k.name}</strong>: {props.grantText(k)} ({t('accounts.lastUsed')}:{' '}
              {k.lastUsedAt ? format.dateTime(k.lastUsedAt) : t('accounts.never')}){' '}
              {k.revoked ? (
                <span>{t('accounts.revoked')}</span>
              ) : (
                <button
                  type="button"
                  className="button"
                  onClick={async () => {
                    await action.run(() => call(endpoints.revokeApiToken, { params: { id: k.id } }));
                    await client.invalidateQueries({ queryKey: tokensKey });
                  }}
                >
                  {t('accounts.revoke', { name: k.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="card stack" onSubmit={submit} aria-labelledby="token-form-heading">
        <h3 id="token-form-heading">{t('accounts.createToken')}</h3>
        <label className="field">
          <span className="field-label">{t('accounts.tokenName')}</span>
          <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <RoleFields
          id="token"
          role={form.role}
          org={form.org}
          orgs={props.orgs}
          onRole={(role) => setForm({ ...form, role })}
          onOrg={(org) => setForm({ ...form, org })}
        />
        {action.error && (
          <p className="field-error" role="alert">
            {action.error}
          </p>
        )}
        {secret && (
          <p role="status">
            {t('accounts.tokenCreated')} <code>{secret}</code>
          </p>
        )}
        <div>
          <button type="submit" className="button primary" disabled={action.pending}>
            {t('accounts.createToken')}
          </button>
        </div>
      </form>
    </section>
  );
}
