export default {
  heading_one: 'Text to sort ({{count}} section from the import)',
  heading_other: 'Text to sort ({{count}} sections from the import)',
  intro:
    'The import found text that fitted nowhere in the plan. It is kept here and is not printed until you move it to Inledning or Övrigt, rewrite it or remove it.',
  untitled: 'the untitled section',
  toIntro: 'Move to Inledning',
  toOther: 'Move to Övrigt',
  toIntroLabel: 'Move to Inledning: {{name}}',
  toOtherLabel: 'Move to Övrigt: {{name}}',
};
