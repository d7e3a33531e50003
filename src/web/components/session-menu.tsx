import { useTranslation } from 'react-i18next';
import { useSession, useSignOut } from '../api/session.ts';

/** The signed-in person's name and the sign-out button, in the header of every page. */
export function SessionMenu() {
  const { t } = useTranslation('auth');
  const session = useSession();
  const signOut = useSignOut();
  if (!session.data) return null;
  return (
    <div className="session-menu">
      <span className="session-name">{t('session.signedInAs', { name: session.data.name })}</span>
      <button type="button" className="button" onClick={() => void signOut()}>
        {t('session.signOut')}
      </button>
    </div>
  );
}
