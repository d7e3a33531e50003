/**
 * Recommended section headings. They become headings in the printed plan, so they are in the
 * municipality's language (Swedish) whatever language the person writing uses.
 */
export const SECTION_SUGGESTIONS = {
  intro: (year: number) => [
    'Enhetens uppdrag',
    `Utvecklingsområden ${year}`,
    'Organisationsbeskrivning',
    'Medarbetarnas delaktighet',
    'Ledarskapsidé',
  ],
  other: () => [
    'Systematiskt kvalitetsarbete',
    'Personalens medverkan i kvalitetsarbete',
    'Agenda 2030',
    'Synpunkter och klagomål',
  ],
};
