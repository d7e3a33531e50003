import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

export type SearchKind = 'goal' | 'indicator' | 'activity' | 'section';

export interface SearchRow {
  kind: SearchKind;
  id: string;
  title: string;
  snippet: string;
  organisationId: string;
  organisationName: string;
  /** The element in the plan editor: mal-, indikator-, aktivitet-, avsnitt-<id>. */
  anchor: string;
  /** For sections: the plan's status and organisation, so drafts are shown only to those who may read them. */
  planStatus: string | null;
}

// The same expressions as the GIN indexes of migration 2026-12-03-11b-search.
const GOAL_DOC = sql`(g.title || ' ' || g.description || ' ' || g.expected_results || ' ' || g.ways_of_working
  || ' ' || g.resources || ' ' || g.follow_up || ' ' || g.development)`;
const INDICATOR_DOC = sql`(i.name || ' ' || i.description)`;
const ACTIVITY_DOC = sql`(a.title || ' ' || a.description)`;
const SECTION_DOC = sql`(s.heading || ' ' || s.body)`;
const vector = (doc: ReturnType<typeof sql>) => sql`to_tsvector('swedish', ${doc})`;

/**
 * Goals, indicators placed that year, activities and plan sections of one year matching a web-search
 * style query ("hemtjänst -natt", "\"tidiga insatser\""), best first, with a marked snippet («…»).
 */
export async function searchYear(
  db: Kysely<Database>,
  year: number,
  text: string,
  limit: number,
): Promise<SearchRow[]> {
  const result = await sql<SearchRow>`
    with q as (select websearch_to_tsquery('swedish', ${text}) as query),
    hits as (
      select 'goal' as kind, g.id, g.title, g.organisation_id, 'mal-' || g.id as anchor, null as plan_status,
             ${GOAL_DOC} as doc, ts_rank(${vector(GOAL_DOC)}, q.query) as rank
      from goal g, q where g.year = ${year} and ${vector(GOAL_DOC)} @@ q.query
      union all
      select distinct on (i.id) 'indicator', i.id, i.name, g.organisation_id, 'indikator-' || p.id, null,
             ${INDICATOR_DOC}, ts_rank(${vector(INDICATOR_DOC)}, q.query)
      from indicator i join placement p on p.indicator_id = i.id join goal g on g.id = p.goal_id, q
      where g.year = ${year} and ${vector(INDICATOR_DOC)} @@ q.query
      union all
      select 'activity', a.id, a.title, a.owner_organisation_id, 'aktivitet-' || a.id, null,
             ${ACTIVITY_DOC}, ts_rank(${vector(ACTIVITY_DOC)}, q.query)
      from activity a, q where a.year = ${year} and ${vector(ACTIVITY_DOC)} @@ q.query
      union all
      select 'section', s.id, s.heading, pl.organisation_id, 'avsnitt-' || s.id, pl.status,
             ${SECTION_DOC}, ts_rank(${vector(SECTION_DOC)}, q.query)
      from plan_section s join plan pl on pl.id = s.plan_id, q
      where pl.year = ${year} and pl.kind = 'plan' and ${vector(SECTION_DOC)} @@ q.query
    ),
    best as (select * from hits order by rank desc, title limit ${limit})
    select b.kind, b.id, b.title, b.organisation_id as "organisationId", o.name as "organisationName",
           b.anchor, b.plan_status as "planStatus",
           ts_headline('swedish', b.doc, q.query,
             'StartSel=«, StopSel=», MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "') as snippet
    from best b join organisation o on o.id = b.organisation_id, q
    order by b.rank desc, b.title`.execute(db);
  return result.rows;
}
