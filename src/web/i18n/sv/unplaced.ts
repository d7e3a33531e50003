export default {
  heading_one: 'Text att sortera ({{count}} avsnitt från importen)',
  heading_other: 'Text att sortera ({{count}} avsnitt från importen)',
  intro:
    'Importen hittade text som inte passade in någonstans i planen. Den finns kvar här och kommer inte med i dokumentet förrän du flyttar den till Inledning eller Övrigt, skriver om den eller tar bort den.',
  untitled: 'avsnittet utan rubrik',
  toIntro: 'Flytta till Inledning',
  toOther: 'Flytta till Övrigt',
  toIntroLabel: 'Flytta till Inledning: {{name}}',
  toOtherLabel: 'Flytta till Övrigt: {{name}}',
};
