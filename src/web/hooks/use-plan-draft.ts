import { endpoints } from '../../shared/endpoints/index.ts';
import type { PlanTree } from '../../shared/schemas/plan-tree.ts';
import { type Answer, call } from '../api/client.ts';
import { type Autosave, useAutosave } from './use-autosave.ts';

export interface PlanFields {
  title: string;
  author: string;
  phone: string;
  addressee: string;
  documentDate: string;
  dnr: string;
  economyText: string;
  budgetText: string;
}

export type PlanDraft = Autosave<PlanFields>;

function pick(p: Partial<Record<keyof PlanFields, unknown>>): PlanFields {
  const s = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    title: s(p.title),
    author: s(p.author),
    phone: s(p.phone),
    addressee: s(p.addressee),
    documentDate: s(p.documentDate),
    dnr: s(p.dnr),
    economyText: s(p.economyText),
    budgetText: s(p.budgetText),
  };
}

/** The plan record's fields (metadata, economy texts) share one version, so they share one draft. */
export function usePlanDraft(tree: PlanTree, onSaved: () => void): PlanDraft {
  return useAutosave<PlanFields>({
    key: `plan:${tree.plan.id}`,
    server: pick(tree.plan),
    version: tree.plan.version,
    save: async (value, version) => {
      const row = await call(endpoints.updatePlan, {
        params: { id: tree.plan.id },
        body: { ...value, documentDate: value.documentDate || null, version: version! },
      });
      return { value: pick(row), version: row.version };
    },
    fromCurrent: (row: Answer<'updatePlan'>) => ({ value: pick(row), version: row.version }),
    onSaved,
  });
}

export const PLAN_FIELD_LABELS: Array<{ key: keyof PlanFields; label: string; rich?: boolean }> = [
  { key: 'title', label: 'Titel' },
  { key: 'author', label: 'Handläggare' },
  { key: 'phone', label: 'Telefon' },
  { key: 'addressee', label: 'Till' },
  { key: 'documentDate', label: 'Datum' },
  { key: 'dnr', label: 'Diarienummer' },
  { key: 'economyText', label: 'Resursanvändning', rich: true },
  { key: 'budgetText', label: 'Budgettext', rich: true },
];
