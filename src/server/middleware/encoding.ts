export type Encoding = 'br' | 'gzip';

/**
 * The best encoding the client accepts among those offered (brotli before gzip), honouring q-values;
 * undefined means send it as it is.
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  offered: Encoding[],
): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const quality = (encoding: Encoding) => accepted.get(encoding) ?? accepted.get('*') ?? 0;
  return offered.filter((e) => quality(e) > 0).sort((a, b) => quality(b) - quality(a))[0];
}
