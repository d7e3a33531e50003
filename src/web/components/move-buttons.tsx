interface Props {
  id: string;
  name: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
}

/** Keyboard-operable reordering; the accessible names say what moves. */
export function MoveButtons({ id, name, index, count, onMove }: Props) {
  return (
    <span className="move-buttons">
      <button
        type="button"
        id={`flytta-${id}-upp`}
        className="button small"
        aria-label={`Flytta upp ${name}`}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        <span aria-hidden="true">↑</span> Flytta upp
      </button>
      <button
        type="button"
        id={`flytta-${id}-ner`}
        className="button small"
        aria-label={`Flytta ner ${name}`}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        <span aria-hidden="true">↓</span> Flytta ner
      </button>
    </span>
  );
}
