// Free rich-text areas ("Inledning", "Övrigt"): sub-headings are short stand-alone
// lines; everything between two headings becomes the Markdown body of the first.
import { isFreeHeading, isRecommendedHeading } from './headings.ts';
import type { TextSection } from './parsed-plan.ts';
import type { Sink } from './sink.ts';
import { headingKey, type Item, isListItem, itemsToMarkdown, stripMarkup } from './text.ts';

interface Open {
  heading: string;
  depth: number;
  line: number;
  items: Item[];
}

/**
 * Depth cue: a heading that repeats an item of a list printed earlier in the current top-level section
 * ("- Liljans dagliga verksamhet (34 deltagare)" → "Liljans dagliga verksamhet"), or any non-template
 * heading under "Utvecklingsområden", is a sub-heading.
 */
function depthFor(heading: string, top: Open | undefined): number {
  if (!top || isRecommendedHeading(heading)) return 1;
  const key = headingKey(heading);
  if (headingKey(top.heading).startsWith('utvecklingsområden')) return 2;
  // Only the first items are compared, which keeps sections with many headings linear.
  const listed = top.items
    .slice(0, 200)
    .some((i) => isListItem(i.text) && headingKey(i.text.replace(/^[-–]\s*/, '')).startsWith(key));
  return listed ? 2 : 1;
}

/** `parent` is the area's own heading ("Inledning"), so a repeat of it is reported as a duplicate. */
export function parseFreeSections(
  items: Item[],
  sink: Sink,
  parent: string | null = null,
): { preamble: string; sections: TextSection[] } {
  const preamble: Item[] = [];
  const done: Open[] = [];
  let open: Open | null = null;
  let top: Open | undefined;
  const seen = new Set<string>(parent ? [headingKey(parent)] : []);
  items.forEach((item, i) => {
    if (isFreeHeading(item, items[i + 1])) {
      const heading = stripMarkup(item.text);
      const depth = depthFor(heading, top);
      if (seen.has(headingKey(heading))) {
        sink.warn(
          item.no,
          'duplicate_heading',
          `Rubriken "${heading}" förekommer mer än en gång (rad ${item.no}).`,
        );
      }
      seen.add(headingKey(heading));
      open = { heading, depth, line: item.no, items: [] };
      done.push(open);
      if (depth === 1) top = open;
      return;
    }
    if (open) open.items.push(item);
    else preamble.push(item);
  });
  return {
    preamble: itemsToMarkdown(preamble, sink.joined),
    sections: done.map((o) => ({
      heading: o.heading,
      depth: o.depth,
      line: o.line,
      body: itemsToMarkdown(o.items, sink.joined),
    })),
  };
}
