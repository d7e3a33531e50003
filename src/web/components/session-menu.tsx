import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession, useSignOut } from '../api/session.ts';

/** The signed-in person's name and the sign-out button, in the header of every page. */
export function SessionMenu(props: { year: number }) {
  const { t } = useTranslation('auth');
  const session = useSession();
  const signOut = useSignOut();
  if (!session.data) return null;
  const admin = session.data.grants.some((g) => g.role === 'admin' && g.organisationId === null);
  return (
    <div className="session-menu">
      {admin && (
        <Link to={`/ar/${props.year}/konton`} className="button">
          {t('session.accounts')}
        </Link>
      )}
      <span className="session-name">{t('session.signedInAs', { name: session.data.name })}</span>
      <button type="button" className="button" onClick={() => void signOut()}>
        {t('session.signOut')}
      </button>
    </div>
  );
}
