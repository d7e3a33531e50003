import type { ReactNode } from 'react';
import type { Organisation } from '../api/types.ts';

export function FrameworkEditor({ crumbs }: { year: number; city: Organisation; crumbs: ReactNode }) {
  return <div className="page">{crumbs}</div>;
}
