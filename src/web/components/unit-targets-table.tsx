import { useQuery, useQueryClient } from '@tanstack/react-query';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { OrganisationRecord as Organisation } from '../../shared/schemas/organisation.ts';
import type { TreeIndicator, TreeTarget } from '../../shared/schemas/plan-tree.ts';
import { call } from '../api/client.ts';
import { TableScroll } from './table-scroll.tsx';
import { TargetEditor } from './target-editor.tsx';

interface Props {
  indicator: TreeIndicator;
  year: number;
  board: Organisation;
  units: Organisation[];
  onSaved: () => void;
}

/** A board indicator's targets: the board's own and one per unit. */
export function UnitTargetsTable({ indicator, year, board, units, onSaved }: Props) {
  const client = useQueryClient();
  const key = ['targets', year, indicator.indicatorId];
  const targets = useQuery({
    queryKey: key,
    queryFn: () => call(endpoints.listTargets, { query: { year, indicatorId: indicator.indicatorId } }),
  });
  const withTargets: TreeIndicator = {
    ...indicator,
    targets: (targets.data ?? []).map(
      (t): TreeTarget => ({
        ...t,
        scope: 'own',
        formatted: '',
        printed: t.printed ?? null,
        decisionId: t.decisionId ?? null,
      }),
    ),
  };
  const saved = () => {
    void client.invalidateQueries({ queryKey: key });
    onSaved();
  };
  const rows = [board, ...units];
  return (
    <TableScroll label={`Årsmål per enhet: ${indicator.name}`}>
      <table className="data-table">
        <caption>
          {indicator.name}
          {indicator.unit && ` (${indicator.unit})`}: årsmål per organisation
        </caption>
        <thead>
          <tr>
            <th scope="col">Organisation</th>
            <th scope="col">Årsmål {year}</th>
          </tr>
        </thead>
        <tbody>
          {targets.data &&
            rows.map((org) => (
              <tr key={org.id}>
                <th scope="row">{org.name}</th>
                <td>
                  <TargetEditor
                    indicator={withTargets}
                    organisationId={org.id}
                    year={year}
                    onSaved={saved}
                    who={`Årsmål för ${org.name}`}
                  />
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
