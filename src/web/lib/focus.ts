/** Focuses an element that appears after the next refetch (a goal or section just created). */
export function focusLater(id: string) {
  let tries = 0;
  const attempt = () => {
    const el = document.getElementById(id);
    if (el) {
      el.focus();
      el.scrollIntoView({ block: 'center' });
    } else if (tries++ < 20) setTimeout(attempt, 150);
  };
  setTimeout(attempt, 100);
}
