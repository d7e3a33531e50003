import { useTranslation } from 'react-i18next';
import { anchors } from '../../domain/completeness.ts';
import type { TreeIndicator } from '../../shared/schemas/plan-tree.ts';

import type { Visibility } from '../hooks/use-visibility.ts';
import { TableScroll } from './table-scroll.tsx';
import { TargetEditor } from './target-editor.tsx';

interface Props {
  caption: string;
  /** Distinguishes the scroll region from others with the same caption. */
  context: string;
  indicators: TreeIndicator[];
  organisationId: string;
  year: number;
  /** Inherited indicators can be shown or hidden in the plan. */
  visibility?: Visibility;
  ownLabel?: string;
  /** In the board's own plan the board's column is the editable one. */
  mode?: 'unit' | 'board';
  /** The council's own page has no inherited KF column. */
  hideCity?: boolean;
  onSaved: () => void;
}

const scopeText = (ind: TreeIndicator, scope: 'city' | 'board') =>
  ind.targets
    .filter((t) => t.scope === scope)
    .map((t) => (t.gender === 'T' ? t.formatted : `${t.gender}: ${t.formatted}`))
    .join(', ') || '–';

/** Indicators with KF:s, the board's and the own target side by side. */
export function IndicatorTable({
  caption,
  context,
  indicators,
  organisationId,
  year,
  visibility,
  ownLabel,
  mode = 'unit',
  hideCity = false,
  onSaved,
}: Props) {
  const { t } = useTranslation(['plan-goals', 'vocabulary']);
  if (indicators.length === 0) return null;
  const own = ownLabel ?? t('indicator.unitTarget');
  return (
    <TableScroll label={`${caption}: ${context}`}>
      <table className="data-table indicators">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicator.name')}</th>
            {!hideCity && <th scope="col">{t('indicator.cityTarget')}</th>}
            {mode === 'unit' && <th scope="col">{t('chain.boardTarget')}</th>}
            <th scope="col">{own}</th>
            {visibility && <th scope="col">{t('indicator.shownInPlan')}</th>}
          </tr>
        </thead>
        <tbody>
          {indicators.map((ind) => {
            const shown = visibility ? visibility.placementShown(ind.placementId, ind.shown) : true;
            return (
              <tr
                key={ind.placementId}
                id={anchors.indicator(ind.placementId)}
                className={shown ? '' : 'row-hidden'}
              >
                <th scope="row">
                  {ind.name}
                  {ind.unit && <span className="muted"> ({ind.unit})</span>}
                  <span className="cell-note">
                    {t('indicator.measured', {
                      period: t(`vocabulary:periodicity.${ind.periodicity}`).toLowerCase(),
                    })}
                  </span>
                </th>
                {!hideCity && <td>{scopeText(ind, 'city')}</td>}
                {mode === 'unit' && <td>{scopeText(ind, 'board')}</td>}
                <td>
                  <TargetEditor
                    indicator={ind}
                    organisationId={organisationId}
                    year={year}
                    onSaved={onSaved}
                    who={own}
                  />
                </td>
                {visibility && (
                  <td>
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={shown}
                        onChange={(e) => void visibility.togglePlacement(ind.placementId, e.target.checked)}
                      />
                      <span>{shown ? t('indicator.shown') : t('indicator.hidden')}</span>
                      <span className="visually-hidden"> – {ind.name}</span>
                    </label>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
