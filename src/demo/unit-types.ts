/** Shapes of the demo units. Budget layouts are the three printed ones: by category, a simple list, per activity with forecast. */
export interface DemoUnitGoal {
  boardGoal: string;
  title: string;
  expectedResults: string;
  waysOfWorking: string;
  resources: string;
  followUp: string;
  development: string;
  indicators?: string[];
  activities?: Array<{ title: string; start: string; end: string }>;
}

export interface DemoBudgetTable {
  title: string;
  layout: 'category' | 'simple' | 'per_activity';
  rows: Array<[label: string, group: 'revenue' | 'cost', budget: number, forecast?: number]>;
}

export interface DemoUnit {
  key: string;
  board: string;
  name: string;
  author: string;
  phone: string;
  intro: Array<[heading: string, body: string]>;
  goals: DemoUnitGoal[];
  targets: Record<string, number | string>;
  economy: string;
  budget: DemoBudgetTable[];
  other: Array<[heading: string, body: string]>;
}

export const participation =
  'Verksamhetsplanen har tagits fram tillsammans med medarbetarna på arbetsplatsträffar under hösten. Planen behandlas på arbetsplatsträff i februari, juni och oktober.';
