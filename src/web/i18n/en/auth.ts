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
    ssoRefused:
      'Signing in with your organisation account did not go through. Try again, or sign in with email and password.',
    missing: 'Fill in both email address and password.',
    singleSignOn: 'Sign in with your organisation account',
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
  accounts: {
    title: 'Accounts and API tokens',
    users: 'Accounts',
    name: 'Name',
    email: 'Email address',
    roles: 'Roles',
    status: 'Status',
    active: 'Active',
    disabled: 'Disabled',
    disable: 'Disable {{name}}',
    enable: 'Enable {{name}}',
    wholeMunicipality: 'whole municipality',
    addUser: 'Add account',
    password: 'Password (at least 10 characters; empty = single sign-on only)',
    role: 'Role',
    organisation: 'Organisation',
    add: 'Add',
    added: 'The account {{email}} was created.',
    tokens: 'API tokens',
    tokensIntro:
      'An API token lets an integration call the API with one role over one organisation. It is shown only once.',
    tokenName: 'Token name',
    createToken: 'Create API token',
    tokenCreated: 'Copy the token now, it will not be shown again:',
    revoke: 'Revoke {{name}}',
    revoked: 'Revoked',
    lastUsed: 'Last used',
    never: 'Never',
    noTokens: 'No API tokens yet.',
  },
  session: {
    signedInAs: 'Signed in as {{name}}',
    signOut: 'Sign out',
    accounts: 'Accounts',
  },
};

export default en;
