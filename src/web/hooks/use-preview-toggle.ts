import { useState } from 'react';

const KEY = 'malkedja:preview';

/** The preview beside the editor: on by default only where the editor beside it still fits its widest table (the indicator table needs about 800 px), remembered per browser. */
export function usePreviewToggle(): [boolean, () => void] {
  const [on, setOn] = useState(() => {
    const saved = localStorage.getItem(KEY);
    return saved === null ? window.matchMedia('(min-width: 1600px)').matches : saved === '1';
  });
  return [
    on,
    () =>
      setOn((v) => {
        localStorage.setItem(KEY, v ? '0' : '1');
        return !v;
      }),
  ];
}
