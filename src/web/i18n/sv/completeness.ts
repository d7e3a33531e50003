// The same sentences as domain/completeness.ts writes, which the server and tests read in Swedish.
export default {
  boardGoalWithoutUnitGoal: 'Nämndmålet ”{{title}}” visas men har inget enhetsmål.',
  numericTargetWithoutUnit:
    'Målvärdet för ”{{name}}” är ett tal men indikatorn saknar enhet (till exempel % eller st).',
  targetProposalUnconfirmed:
    'Årsmålet för ”{{name}}” är fört från förra året. Bekräfta det eller ange ett nytt.',
  activityOutsideYear: 'Aktiviteten ”{{title}}” har datum utanför {{year}} ({{start}} – {{end}}).',
  unitGoalWithoutFollowUp: 'Enhetsmålet ”{{title}}” saknar Uppföljning.',
  goalTemplateText: '{{field}} i ”{{title}}” innehåller mallens hjälptext.',
  emptyBudget: 'Avsnittet Budget {{year}} är tomt: lägg till en budgettabell eller en text.',
  emptyBudgetTable: 'Budgettabellen ”{{title}}” har inga rader.',
  untitled: 'utan rubrik',
  planTemplateText: {
    budgetText: 'Budgettexten innehåller mallens hjälptext.',
    economyText: 'Resursanvändning innehåller mallens hjälptext.',
  },
  unplacedText:
    'Text från importen att sortera: ”{{text}}”. Flytta den till Inledning eller Övrigt, eller ta bort den.',
  sectionTemplateText: 'Avsnittet ”{{heading}}” innehåller mallens hjälptext.',
};
