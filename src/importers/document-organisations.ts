// What a plan says about who issued it: the board it is addressed to and the municipality it names.
import type { ParsedGoal, ParsedPlan } from './parsed-plan.ts';

/**
 * The board from the "Till" block: the line naming a nämnd, else the administration's line read as its
 * board ("Skarpnäcks stadsdelsförvaltning" serves "Skarpnäcks stadsdelsnämnd"): a förvaltning is never
 * itself a board.
 */
export function boardFromAddressee(addressee: string | null): string | null {
  if (!addressee) return null;
  const lines = addressee
    .split(/\n|\s{2,}|\t/)
    .map((l) => l.trim())
    .filter(Boolean);
  const board = lines.find((l) => /nämnd/i.test(l));
  if (board) return board;
  const administration = lines.find((l) => /förvaltning/i.test(l));
  return administration
    ? administration.replace(/förvaltning(?:en)?/i, (m) => (m.endsWith('en') ? 'nämnden' : 'nämnd'))
    : null;
}

// "En stad där alla …", "Hela staden": words that open a phrase, not a municipality's name.
const NOT_A_NAME =
  /^(?:en|ett|vår|varje|hela|den|denna|samma|annan|ingen|alla|trygg|grön|god|levande|hållbar|jämlik|öppen|modern|attraktiv)$/i;
const MUNICIPALITY = /(?<!\p{L})(\p{Lu}[\p{L}-]+s?) (stad|kommun)(?!\p{L})/gu;

/**
 * The municipality the plan names most often ("Stockholms stad ska ge stöd …", "Ekby kommun"), read from
 * the front matter and the council's goals; null when it names none.
 */
export function municipalityNameOf(parsed: ParsedPlan): string | null {
  const texts: string[] = [
    parsed.front.pageHeader ?? '',
    parsed.front.addressee ?? '',
    ...parsed.front.addressBlock,
  ];
  const walk = (goals: ParsedGoal[]) => {
    for (const g of goals) {
      if (g.level === 'city_direction' || g.level === 'city_area') texts.push(g.title);
      walk(g.children);
    }
  };
  walk(parsed.goals);
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const m of text.matchAll(MUNICIPALITY)) {
      if (NOT_A_NAME.test(m[1]!)) continue;
      const name = `${m[1]} ${m[2]}`;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best?.[0] ?? null;
}
