import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpEndpoints as ep } from '../../../shared/endpoints/follow-up.ts';
import type { ThresholdRecord } from '../../../shared/schemas/follow-up.ts';
import { call } from '../../api/client.ts';
import { useAction } from '../../hooks/use-action.ts';
import { useFormat } from '../../i18n/format.ts';
import { amountText, parseNumberText } from '../../lib/format.ts';

/**
 * The board's deviation threshold (tkr): above it, a unit's forecast row needs a comment. Set by the
 * board on its own follow-up page; saved explicitly since it changes what every unit below must write.
 */
export function ThresholdEditor({
  boardId,
  current,
  onSaved,
}: {
  boardId: string;
  current: number | null;
  onSaved: () => void;
}) {
  const { t } = useTranslation('follow-up');
  const format = useFormat();
  const [text, setText] = useState(amountText(current));
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState<number>();
  const save = useAction();
  // The version read when the page opened, so a change made meanwhile by someone else is not overwritten.
  const loaded = useQuery({
    queryKey: ['deviation-threshold', boardId],
    queryFn: () => call(ep.getDeviationThreshold, { params: { id: boardId } }),
  });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const amount = parseNumberText(text);
    setInvalid(amount === undefined);
    if (amount === undefined) return;
    const version = loaded.data?.version;
    const done: ThresholdRecord | undefined = await save.run(() =>
      call(ep.setDeviationThreshold, {
        params: { id: boardId },
        body: { amount, version: version ?? undefined },
      }),
    );
    if (done) {
      setSaved(done.amount ?? undefined);
      await loaded.refetch();
      onSaved();
    }
  };
  const error = invalid ? t('threshold.notNumber') : save.error;
  return (
    <form className="card fu-threshold" aria-labelledby="fu-threshold-h" onSubmit={submit}>
      <h2 id="fu-threshold-h">{t('threshold.heading')}</h2>
      <p className="muted">{t('threshold.lead')}</p>
      <label htmlFor="fu-threshold">{t('threshold.label')}</label>
      <input
        id="fu-threshold"
        className="num"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'fu-threshold-error' : undefined}
        onChange={(e) => setText(e.target.value)}
      />{' '}
      <button type="submit" className="button" disabled={save.pending}>
        {t('threshold.save')}
      </button>
      {error && (
        <p className="field-error" id="fu-threshold-error" role="alert">
          {error}
        </p>
      )}
      {saved !== undefined && !error && (
        <p role="status">{t('threshold.saved', { amount: format.amount(saved) })}</p>
      )}
    </form>
  );
}
