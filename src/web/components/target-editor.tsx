import type { TFunction } from 'i18next';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { TreeIndicator, TreeTarget } from '../../shared/schemas/plan-tree.ts';
import { TARGET_KINDS } from '../../shared/vocabulary.ts';
import { type Answer, ApiError, call } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import { useAutosave } from '../hooks/use-autosave.ts';
import { amountText, parseNumberText } from '../lib/format.ts';
import { ConflictPanel } from './conflict-panel.tsx';
import { SaveStatus } from './save-status.tsx';

type Kind = TreeTarget['kind'];
interface Fields {
  kind: Kind;
  value: string;
  text: string;
}

const KINDS: readonly Kind[] = TARGET_KINDS;

function pick(t: { kind: Kind; value: number | null; text: string } | null | undefined): Fields {
  return t
    ? { kind: t.kind, value: amountText(t.value), text: t.text ?? '' }
    : { kind: 'number', value: '', text: '' };
}

interface Props {
  indicator: TreeIndicator;
  organisationId: string;
  year: number;
  onSaved: () => void;
  /** Prefix for the accessible names, e.g. "Enhetens årsmål". */
  who: string;
}

/** One organisation's target for one indicator, saved with expectedRevision so no change is overwritten. */
export function TargetEditor({ indicator, organisationId, year, onSaved, who }: Props) {
  const { t: tg } = useTranslation('plan-goals');
  const own = indicator.targets.find((t) => t.organisationId === organisationId && t.gender === 'T');
  const currentId = useRef(own?.id);
  const draft = useAutosave<Fields>({
    key: `target:${indicator.indicatorId}:${organisationId}:${year}`,
    server: pick(own),
    version: own?.revision ?? null,
    save: async (value, version) => {
      if (value.kind === 'number' && value.value.trim() === '') {
        if (currentId.current) await call(endpoints.removeTarget, { params: { id: currentId.current } });
        currentId.current = undefined;
        return { value, version: null };
      }
      const number = parseNumberText(value.value, { percent: indicator.valueKind === 'percent' });
      if (value.kind === 'number' && number === undefined) {
        const message =
          indicator.valueKind === 'percent' ? tg('target.percentRequired') : tg('target.numberRequired');
        throw new ApiError(400, 'INVALID', message, { fields: { value: message } });
      }
      const row = await call(endpoints.setTarget, {
        body: {
          indicatorId: indicator.indicatorId,
          organisationId,
          year,
          gender: 'T',
          kind: value.kind,
          value: value.kind === 'number' ? number : null,
          text: value.kind === 'text' || value.kind === 'set_by_board' ? value.text : '',
          expectedRevision: version,
        },
      });
      currentId.current = row.id;
      return { value: pick(row), version: row.revision };
    },
    fromCurrent: (row: Answer<'setTarget'> | null) => {
      currentId.current = row?.id;
      return { value: pick(row), version: row?.revision ?? null };
    },
    onSaved,
  });
  const { value, update, fieldErrors } = draft;
  const { t } = useTranslation('rollover');
  const name = tg('target.name', { who, indicator: indicator.name });
  const base = `malvarde-${indicator.placementId}-${organisationId}`;
  return (
    <div className="target-editor">
      <div className="target-inputs">
        <select
          id={`${base}-typ`}
          aria-label={tg('target.kindLabel', { name: `${name.charAt(0).toLowerCase()}${name.slice(1)}` })}
          value={value.kind}
          onChange={(e) => update({ kind: e.target.value as Kind })}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {tg(`target.kind.${k}`)}
            </option>
          ))}
        </select>
        {value.kind === 'number' && (
          <span className="with-unit">
            <input
              id={base}
              inputMode="decimal"
              aria-label={name}
              value={value.value}
              onChange={(e) => update({ value: e.target.value })}
              aria-invalid={fieldErrors.value ? true : undefined}
              aria-describedby={fieldErrors.value ? `${base}-fel` : undefined}
              size={6}
            />
            {indicator.unit && <span className="unit">{indicator.unit}</span>}
          </span>
        )}
        {(value.kind === 'text' || value.kind === 'set_by_board') && (
          <input
            aria-label={tg('target.textLabel', { name })}
            value={value.text}
            onChange={(e) => update({ text: e.target.value })}
            aria-invalid={fieldErrors.text ? true : undefined}
          />
        )}
      </div>
      {(fieldErrors.value || fieldErrors.text) && (
        <span className="field-error" id={`${base}-fel`}>
          {fieldErrors.value ?? fieldErrors.text}
        </span>
      )}
      {own?.proposed && draft.state === 'saved' && (
        <TargetProposal
          targetId={own.id}
          year={year}
          label={t('proposal.confirmLabel', { name })}
          onConfirmed={onSaved}
        />
      )}
      {draft.state !== 'saved' && <SaveStatus state={draft.state} />}
      {draft.conflict && (
        <ConflictPanel
          conflict={{
            ...draft.conflict,
            mine: describe(draft.conflict.mine, tg),
            theirs: describe(draft.conflict.theirs, tg),
          }}
          fields={[{ key: 'target', label: name }]}
          onKeepMine={draft.keepMine}
          onTakeTheirs={draft.takeTheirs}
        />
      )}
    </div>
  );
}

function describe(f: Fields, t: TFunction) {
  return {
    target:
      f.kind === 'number'
        ? f.value
        : f.kind === 'text' || f.kind === 'set_by_board'
          ? f.text
          : t(`target.kind.${f.kind}`),
  };
}

/** A target carried from last year by the rollover: it counts once someone confirms it (or changes it). */
function TargetProposal(props: { targetId: string; year: number; label: string; onConfirmed: () => void }) {
  const { t } = useTranslation('rollover');
  const action = useAction();
  return (
    <span className="target-proposal">
      <span className="badge">{t('proposal.note', { year: props.year - 1 })}</span>{' '}
      <button
        type="button"
        className="button small"
        aria-label={props.label}
        disabled={action.pending}
        onClick={async () => {
          const done = await action.run(() =>
            call(endpoints.confirmTarget, { params: { id: props.targetId } }),
          );
          if (done) props.onConfirmed();
        }}
      >
        {t('proposal.confirm')}
      </button>
      {action.error && (
        <span className="field-error" role="alert">
          {action.error}
        </span>
      )}
    </span>
  );
}
