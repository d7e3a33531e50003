import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  name: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
}

/** Keyboard-operable reordering; the accessible names say what moves. */
export function MoveButtons({ id, name, index, count, onMove }: Props) {
  const { t } = useTranslation('plan');
  return (
    <span className="move-buttons">
      <button
        type="button"
        id={`flytta-${id}-upp`}
        className="button small"
        aria-label={t('move.upLabel', { name })}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        <span aria-hidden="true">↑</span> {t('move.up')}
      </button>
      <button
        type="button"
        id={`flytta-${id}-ner`}
        className="button small"
        aria-label={t('move.downLabel', { name })}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        <span aria-hidden="true">↓</span> {t('move.down')}
      </button>
    </span>
  );
}
