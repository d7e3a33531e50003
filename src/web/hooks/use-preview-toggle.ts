import { useState } from 'react';

const KEY = 'malkedja:preview';

/** The preview beside the editor: on by default on wide screens, remembered per browser. */
export function usePreviewToggle(): [boolean, () => void] {
  const [on, setOn] = useState(() => {
    const saved = localStorage.getItem(KEY);
    return saved === null ? window.matchMedia('(min-width: 1200px)').matches : saved === '1';
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
