import type sv from '../sv/auth.ts';
import type { Strings } from '../types.ts';

const en: Strings<typeof sv> = {
  signIn: {
    title: 'Sign in',
    intro: 'Sign in with your Målkedja account.',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    signingIn: 'Signing in …',
    missing: 'Fill in both email address and password.',
    singleSignOn: 'Sign in with your municipality account',
    or: 'or with email and password',
    demoHeading: 'Try it as one of the demo municipality’s people',
    demoBody:
      'The demo municipality has one account per role. One click signs in; the accounts go when the demo is removed.',
    demoAs: 'Sign in as {{name}}',
    noAccounts:
      'No account? Ask an administrator, or create the first one with the command npx malkedja users add.',
  },
  roles: {
    admin: 'Administrator',
    city_planner: 'City planner (council goals)',
    board_planner: 'Board planner',
    board_approver: 'Board approver',
    unit_writer: 'Unit writer',
    reader: 'Reader',
  },
  session: {
    signedInAs: 'Signed in as {{name}}',
    signOut: 'Sign out',
    accounts: 'Accounts',
  },
};

export default en;
