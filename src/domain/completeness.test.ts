import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PlanTree, TreeGoal } from '../shared/schemas/plan-tree.ts';
import { abilities } from './authz.ts';
import { type CompletenessRule, checkPlanCompleteness } from './completeness.ts';

function goal(partial: Partial<TreeGoal> & Pick<TreeGoal, 'id' | 'level'>): TreeGoal {
  return {
    organisationId: 'org',
    parentId: null,
    number: null,
    title: `Mål ${partial.id}`,
    description: '',
    expectedResults: '',
    waysOfWorking: '',
    resources: '',
    followUp: '',
    development: '',
    version: 1,
    own: false,
    shown: true,
    chosen: true,
    indicators: [],
    activities: [],
    children: [],
    ...partial,
  };
}

const unitGoal = (extra: Partial<TreeGoal> = {}) =>
  goal({ id: 'u1', level: 'unit', own: true, followUp: 'Följs upp på APT.', ...extra });

function plan(goals: TreeGoal[], extra: Partial<PlanTree> = {}): PlanTree {
  return {
    plan: {
      id: 'p',
      year: 2025,
      kind: 'plan',
      title: 'Verksamhetsplan 2025',
      author: '',
      phone: '',
      addressee: '',
      documentDate: null,
      dnr: '',
      decisionProposal: '',
      economyText: '',
      budgetText: 'Budgeten följs upp månadsvis.',
      status: 'draft',
      version: 1,
      updatedAt: '2025-01-01T00:00:00Z',
    },
    organisation: { id: 'org', name: 'Enheten', kind: 'unit' },
    board: null,
    city: null,
    goals: [
      goal({
        id: 'd',
        level: 'city_direction',
        children: [goal({ id: 'a', level: 'city_area', children: goals })],
      }),
    ],
    sections: [],
    budgetTables: [],
    can: abilities(
      {
        userId: 'u',
        name: 'Admin',
        email: 'a@example.se',
        grants: [{ role: 'admin', organisationId: null }],
      },
      [],
    ),
    visibility: { goalIds: [], placementIds: [] },
    ...extra,
  };
}

const indicator = (unit: string, valueKind: 'percent' | 'number' | 'index' = 'number') => ({
  placementId: 'pl1',
  indicatorId: 'i1',
  name: 'Antal besök',
  unit,
  valueKind,
  direction: 'increase' as const,
  periodicity: 'year' as const,
  genderSplit: false,
  externalId: null,
  shown: true,
  targets: [
    {
      id: 't',
      organisationId: 'org',
      scope: 'own' as const,
      gender: 'T' as const,
      kind: 'number' as const,
      value: 5,
      text: '',
      printed: null,
      formatted: '5',
      revision: 1,
      decisionId: null,
      proposed: false,
    },
  ],
});

const activity = (startDate: string, endDate: string, own = true) => ({
  id: 'act',
  title: 'Utbildning',
  description: '',
  startDate,
  endDate,
  ownerOrganisationId: 'org',
  assignedOrganisationIds: [],
  own,
  version: 1,
});

const cases: Array<{ name: string; tree: PlanTree; expect: Array<[CompletenessRule, string]> }> = [
  {
    name: 'a complete plan has no issues',
    tree: plan([goal({ id: 'b', level: 'board', children: [unitGoal()] })]),
    expect: [],
  },
  {
    name: 'a shown board goal without a unit goal',
    tree: plan([goal({ id: 'b', level: 'board' })]),
    expect: [['board_goal_without_unit_goal', 'nytt-enhetsmal-b']],
  },
  {
    name: 'a hidden board goal needs no unit goal',
    tree: plan([goal({ id: 'b', level: 'board', shown: false })]),
    expect: [],
  },
  {
    name: 'a unit goal without Uppföljning',
    tree: plan([goal({ id: 'b', level: 'board', children: [unitGoal({ followUp: '  ' })] })]),
    expect: [['unit_goal_without_follow_up', 'mal-u1-followUp']],
  },
  {
    name: 'a numeric target on an indicator without unit',
    tree: plan([goal({ id: 'b', level: 'board', indicators: [indicator('')], children: [unitGoal()] })]),
    expect: [['numeric_target_without_unit', 'indikator-pl1']],
  },
  {
    name: 'a target carried from last year and not yet confirmed',
    tree: plan([
      goal({
        id: 'b',
        level: 'board',
        indicators: [{ ...indicator('%'), targets: [{ ...indicator('%').targets[0]!, proposed: true }] }],
        children: [unitGoal()],
      }),
    ]),
    expect: [['target_proposal_unconfirmed', 'indikator-pl1']],
  },
  {
    name: 'an index needs no unit',
    tree: plan([
      goal({ id: 'b', level: 'board', indicators: [indicator('', 'index')], children: [unitGoal()] }),
    ]),
    expect: [],
  },
  {
    name: 'an own activity ending after the year',
    tree: plan([
      goal({
        id: 'b',
        level: 'board',
        children: [unitGoal({ activities: [activity('2025-03-01', '2026-01-31')] })],
      }),
    ]),
    expect: [['activity_outside_year', 'aktivitet-act']],
  },
  {
    name: "the board's activities are not the unit's to fix",
    tree: plan([
      goal({
        id: 'b',
        level: 'board',
        activities: [activity('2024-03-01', '2025-01-31', false)],
        children: [unitGoal()],
      }),
    ]),
    expect: [],
  },
  {
    name: 'an empty budget section',
    tree: plan([goal({ id: 'b', level: 'board', children: [unitGoal()] })], {
      plan: { ...plan([]).plan, budgetText: '' },
    }),
    expect: [['empty_budget', 'budget']],
  },
  {
    name: 'template guidance left in the budget text',
    tree: plan([goal({ id: 'b', level: 'board', children: [unitGoal()] })], {
      plan: {
        ...plan([]).plan,
        budgetText: 'Här ska du lägga in din budget, en fil du får av din ekonomicontroller.',
      },
    }),
    expect: [['template_text_left', 'plan-budgetText']],
  },
  {
    name: 'template guidance left in a section',
    tree: plan([goal({ id: 'b', level: 'board', children: [unitGoal()] })], {
      sections: [
        {
          id: 's1',
          part: 'other',
          heading: 'Budget',
          depth: 1,
          body: 'Beskriv i text och/eller tabell vilket budgetomfång enheten har.',
          sortOrder: 0,
          version: 1,
        },
      ],
    }),
    expect: [['template_text_left', 'avsnitt-s1']],
  },
  {
    name: 'imported text that fitted nowhere, waiting to be sorted',
    tree: plan([goal({ id: 'b', level: 'board', children: [unitGoal()] })], {
      sections: [
        {
          id: 'u1',
          part: 'unplaced',
          heading: 'Oplacerad text',
          depth: 1,
          body: 'Enheten har tre arbetslag.',
          sortOrder: 0,
          version: 1,
        },
      ],
    }),
    expect: [['unplaced_text', 'avsnitt-u1']],
  },
];

describe('checkPlanCompleteness', () => {
  for (const c of cases) {
    it(c.name, () => {
      const issues = checkPlanCompleteness(c.tree).map((i) => [i.rule, i.anchor]);
      assert.deepEqual(issues, c.expect);
    });
  }

  it('does not ask a board plan for unit goals', () => {
    const tree = plan([goal({ id: 'b', level: 'board', own: true })]);
    tree.organisation.kind = 'board';
    assert.deepEqual(checkPlanCompleteness(tree), []);
  });
});
