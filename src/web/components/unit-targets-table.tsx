import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('plan-goals');
  const client = useQueryClient();
  const key = ['targets', year, indicator.indicatorId];
  const targets = useQuery({
    queryKey: key,
    queryFn: () => call(endpoints.listTargets, { query: { year, indicatorId: indicator.indicatorId } }),
  });
  const withTargets: TreeIndicator = {
    ...indicator,
    targets: (targets.data ?? []).map(
      (target): TreeTarget => ({
        ...target,
        scope: 'own',
        formatted: '',
        printed: target.printed ?? null,
        decisionId: target.decisionId ?? null,
      }),
    ),
  };
  const saved = () => {
    void client.invalidateQueries({ queryKey: key });
    onSaved();
  };
  const rows = [board, ...units];
  return (
    <TableScroll label={t('unitTargets.label', { name: indicator.name })}>
      <table className="data-table">
        <caption>
          {t('unitTargets.caption', {
            name: indicator.unit ? `${indicator.name} (${indicator.unit})` : indicator.name,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('unitTargets.organisation')}</th>
            <th scope="col">{t('unitTargets.target', { year })}</th>
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
                    who={t('unitTargets.targetFor', { name: org.name })}
                  />
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
