import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PersistOrder, useReorder } from '../hooks/use-reorder.ts';
import { MoveButtons } from './move-buttons.tsx';

interface Props<T extends { id: string }> {
  items: T[];
  name: (item: T) => string;
  persist: PersistOrder;
  render: (item: T, controls: ReactNode) => ReactNode;
}

/** A list reordered by dragging with the mouse or with "Flytta upp/ner" buttons from the keyboard. */
export function SortableList<T extends { id: string }>({ items, name, persist, render }: Props<T>) {
  const { t } = useTranslation('plan');
  const order = useReorder(
    items.map((i) => i.id),
    persist,
  );
  const byId = new Map(items.map((i) => [i.id, i]));
  const [dragging, setDragging] = useState<string>();
  const [over, setOver] = useState<string>();
  return (
    <div className="sortable">
      {order.error && (
        <p className="field-error" role="alert">
          {order.error}
        </p>
      )}
      {order.ids.map((id, index) => {
        const item = byId.get(id);
        if (!item) return null;
        const controls = (
          <span className="sort-controls">
            {/* biome-ignore lint/a11y/noStaticElementInteractions: a mouse drag handle; the keyboard uses the buttons */}
            <span
              className="drag-handle"
              draggable
              title={t('move.drag')}
              onDragStart={(e) => {
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', id);
                setDragging(id);
              }}
              onDragEnd={() => {
                setDragging(undefined);
                setOver(undefined);
              }}
            >
              <span aria-hidden="true">⠿</span>
              <span className="visually-hidden">{t('move.dragLabel', { name: name(item) })}</span>
            </span>
            <MoveButtons
              id={id}
              name={name(item)}
              index={index}
              count={order.ids.length}
              onMove={(delta) => order.move(id, delta)}
            />
          </span>
        );
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: drop target for the mouse; the keyboard uses the buttons
          <div
            key={id}
            className={`sortable-item ${dragging === id ? 'dragging' : ''} ${over === id && dragging !== id ? 'drop-target' : ''}`}
            onDragOver={(e) => {
              if (!dragging) return;
              e.preventDefault();
              setOver(id);
            }}
            onDrop={(e) => {
              e.preventDefault();
              if (dragging) order.moveTo(dragging, index);
              setDragging(undefined);
              setOver(undefined);
            }}
          >
            {render(item, controls)}
          </div>
        );
      })}
    </div>
  );
}
