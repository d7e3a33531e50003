/**
 * Swedish names of the fields the API takes, for messages whose rule does not name its field itself
 * (a wrong type, a missing value). Schemas with their own labels (text limits) already name the field.
 */
export const FIELD_LABEL: Record<string, string> = {
  title: 'Titel',
  name: 'Namn',
  heading: 'Rubrik',
  body: 'Text',
  description: 'Beskrivning',
  startDate: 'Startdatum',
  endDate: 'Slutdatum',
  documentDate: 'Datum',
  decisionDate: 'Beslutsdatum',
  validFrom: 'Gäller från',
  validTo: 'Gäller till',
  year: 'År',
  version: 'Version',
  author: 'Handläggare',
  phone: 'Telefon',
  addressee: 'Till',
  dnr: 'Diarienummer',
  code: 'Kod',
  number: 'Nummer',
  kind: 'Typ',
  parentId: 'Överordnad organisation',
  organisationId: 'Organisation',
  ownerOrganisationId: 'Organisation',
  goalId: 'Mål',
  indicatorId: 'Indikator',
  value: 'Värde',
  valueWomen: 'Värde för kvinnor',
  valueMen: 'Värde för män',
  status: 'Status',
  comment: 'Kommentar',
  analysis: 'Analys',
  label: 'Benämning',
  email: 'E-postadress',
  password: 'Lösenord',
  role: 'Roll',
  unit: 'Enhet',
  direction: 'Riktning',
  periodicity: 'Periodicitet',
  forecast: 'Prognos',
  threshold: 'Tröskel',
};

/** The Swedish name of a field path such as `rows.3.value` (its last named part), or the path itself. */
export function fieldLabel(path: string): string {
  const named = path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .at(-1);
  return (named && FIELD_LABEL[named]) ?? path;
}
