/**
 * Every string the interface shows. Components read from here so that a second
 * language is a second dictionary, not a hunt through templates.
 */
export const ui = {
  skipLink: 'Naar de inhoud',
  nav: {
    label: 'Hoofdmenu',
    menu: 'Menu',
    home: 'Home',
    articles: 'Artikelen',
    concepts: 'Begrippen',
    tags: 'Onderwerpen',
    archive: 'Archief',
    about: 'Over',
  },
  theme: {
    label: 'Kleurenschema',
    system: 'Systeem',
    light: 'Licht',
    dark: 'Donker',
    /** Announces the state of the toggle button. */
    current: (name: string) => `Kleurenschema: ${name}. Klik om te wisselen.`,
  },
  footer: {
    about:
      'Markten zijn gesprekken: een Nederlandstalige vakpublicatie over conversation marketing, voor marketeers en communicatieprofessionals.',
    rss: 'RSS-feed met alle artikelen',
    license: (name: string) => `Teksten onder licentie ${name}`,
    source: 'Broncode op GitHub',
  },
  types: {
    review: { label: 'Boekbespreking', plural: 'Boekbesprekingen', intro: 'Besprekingen van boeken over marketing, merken en het gesprek met de klant.' },
    thesis: { label: 'These', plural: 'Theses', intro: 'Essays rond stellingen, van het Cluetrain Manifesto tot vandaag.' },
    'case-study': { label: 'Case', plural: 'Cases', intro: 'Hoe organisaties in de praktijk het gesprek met hun markt aangaan.' },
    opinion: { label: 'Opinie', plural: 'Opinie', intro: 'Columns en tegendraadse beschouwingen.' },
  },
  home: {
    latest: 'Nieuwste artikelen',
    allArticles: 'Alle artikelen',
    byType: 'Lezen per soort',
    topTags: 'Veelbesproken onderwerpen',
    allTags: 'Alle onderwerpen',
    typeCount: (n: number) => (n === 1 ? '1 artikel' : `${n} artikelen`),
  },
  article: {
    by: 'Door',
    published: 'Gepubliceerd',
    updated: 'Bijgewerkt op',
    readingTime: (minutes: number) => `${minutes} min lezen`,
    tags: 'Onderwerpen',
    toc: 'Inhoud',
    headingAnchor: 'Link naar sectie',
    previous: 'Vorig artikel',
    next: 'Volgend artikel',
    pager: 'Meer artikelen',
    related: 'Verder lezen',
    draft: 'Concept',
    draftNotice: 'Dit is een concept of een ingepland artikel. Het verschijnt niet in de gepubliceerde site.',
  },
  listing: {
    articlesTitle: 'Artikelen',
    articlesIntro: 'Alles wat hier verscheen, het nieuwste eerst.',
    page: (current: number, total: number) => `Pagina ${current} van ${total}`,
    pagination: 'Paginering',
    previousPage: 'Vorige pagina',
    nextPage: 'Volgende pagina',
    empty: 'Hier staat nog niets.',
    count: (n: number) => (n === 1 ? '1 artikel' : `${n} artikelen`),
  },
  tags: {
    title: 'Onderwerpen',
    intro: 'Alle onderwerpen waarover we schreven, met het aantal artikelen.',
    tagTitle: (tag: string) => `Onderwerp: ${tag}`,
    tagIntro: (n: number, tag: string) => `${n === 1 ? 'Eén artikel' : `${n} artikelen`} over ${tag}.`,
  },
  archive: {
    title: 'Archief',
    intro: 'Alle artikelen per jaar.',
    yearTitle: (year: number) => `Archief ${year}`,
    yearIntro: (n: number, year: number) => `${n === 1 ? 'Eén artikel' : `${n} artikelen`} uit ${year}.`,
    years: 'Jaren',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    lead: 'Deze pagina bestaat niet (meer). Misschien is ze verhuisd, of klopt het adres net niet.',
    suggestions: 'Probeer een van deze plekken:',
    latest: 'Of lees een van de nieuwste artikelen:',
  },
  breadcrumbs: 'Kruimelpad',
} as const;

export type ArticleTypeLabels = (typeof ui)['types'];
