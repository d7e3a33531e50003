/**
 * Where to go after signing in: the page the person was sent away from, if it is a path on this site
 * (never another host: "//evil.example", "/\evil.example" and "https://…" are refused). Shared by the
 * sign-in page and the single sign-on callback, which both redirect to it.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // Control characters (a tab or newline inside "/\t/evil") are dropped by URL parsers and could make "//".
  if ([...value].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) return '/';
  if (value.startsWith('/logga-in') || value.startsWith('/auth/')) return '/';
  return value;
}
