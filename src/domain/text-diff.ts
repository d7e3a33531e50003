/** A word-level diff of two texts, for the Historik view: what was removed, added and kept, in order. */
export interface DiffPart {
  op: 'same' | 'add' | 'del';
  text: string;
}

// Beyond this many words per side the diff says "replaced" instead of searching (LCS is quadratic).
const MAX_TOKENS = 3000;

export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length * b.length > (MAX_TOKENS * MAX_TOKENS) / 4 || a.length > MAX_TOKENS || b.length > MAX_TOKENS) {
    return merge([
      { op: 'del', text: before },
      { op: 'add', text: after },
    ]);
  }
  // lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..].
  const lcs: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      parts.push({ op: 'same', text: a[i++]! });
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      parts.push({ op: 'add', text: b[j++]! });
    } else {
      parts.push({ op: 'del', text: a[i++]! });
    }
  }
  return merge(parts);
}

/** Words with the whitespace after them, so joining the parts gives the texts back exactly. */
function tokens(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = out[out.length - 1];
    if (last && last.op === part.op) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}
