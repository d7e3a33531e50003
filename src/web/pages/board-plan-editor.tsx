import type { ReactNode } from 'react';

export function BoardPlanEditor({ crumbs }: { planId: string; crumbs: ReactNode }) {
  return <div className="page">{crumbs}</div>;
}
