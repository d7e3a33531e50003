export default {
  label: 'Sök i {{year}}: mål, indikatorer, aktiviteter och plantext',
  placeholder: 'Sök mål, indikatorer, text …',
  submit: 'Sök',
  title: 'Sök {{year}}',
  titleFor: 'Sökresultat för ”{{q}}” i {{year}}',
  empty:
    'Skriv ett eller flera ord i sökrutan. Böjningar hittas också: ”brukarna” hittar ”brukare”. Sätt citattecken runt en fras och minus före ett ord som inte ska finnas med.',
  count_one: '{{count}} träff.',
  count_other: '{{count}} träffar.',
  kinds: { goal: 'Mål', indicator: 'Indikatorer', activity: 'Aktiviteter', section: 'Text i planerna' },
};
