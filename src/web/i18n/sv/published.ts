export default {
  heading: 'Publicerade planer',
  intro:
    'Beslutade och publicerade verksamhetsplaner och uppföljningar, som PDF så som de beslutades. Ingen inloggning behövs.',
  year: 'År',
  none: 'Inga planer är publicerade för {{year}}.',
  plan: '{{title}} {{year}}, {{organisation}} (PDF)',
  decided: 'beslutad {{date}} av {{body}}',
  dnr: 'dnr {{dnr}}',
  openData: 'Öppna data för {{year}} (JSON)',
  kind: {
    plan: 'Verksamhetsplan',
    t1: 'Tertialrapport 1',
    t2: 'Tertialrapport 2',
    annual: 'Verksamhetsberättelse',
  },
};
