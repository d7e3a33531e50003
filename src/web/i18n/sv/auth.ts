export default {
  signIn: {
    title: 'Logga in',
    intro: 'Logga in med ditt konto i Målkedja.',
    email: 'E-postadress',
    password: 'Lösenord',
    submit: 'Logga in',
    signingIn: 'Loggar in …',
    missing: 'Fyll i både e-postadress och lösenord.',
    singleSignOn: 'Logga in med kommunens konto',
    or: 'eller med e-post och lösenord',
    demoHeading: 'Prova som en av demokommunens personer',
    demoBody:
      'Demokommunen har ett konto per roll. Ett klick loggar in; kontona försvinner när demon tas bort.',
    demoAs: 'Logga in som {{name}}',
    noAccounts:
      'Har du inget konto? Be en administratör, eller skapa det första med kommandot npx malkedja users add.',
  },
  roles: {
    admin: 'Administratör',
    city_planner: 'Stadsplanerare (KF:s mål)',
    board_planner: 'Nämndplanerare',
    board_approver: 'Nämndens godkännare',
    unit_writer: 'Enhetsskribent',
    reader: 'Läsare',
  },
  session: {
    signedInAs: 'Inloggad som {{name}}',
    signOut: 'Logga ut',
    accounts: 'Konton',
  },
};
