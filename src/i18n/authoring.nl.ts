/**
 * Every word an author sees outside the site itself, in one place: what the build says of
 * content that does not fit (`contentNl`: the schemas in src/content.config.ts, the catalog's
 * checks, the MDX components), and the writing desk's labels, help texts and messages
 * (`editorNl`, for `npm run editor`, src/editor/). The editor's checks use the schema's own
 * messages, so the two cannot say different things. Apart from the reader's dictionary
 * (nl.ts), so that none of it reaches a reader's browser bundle; tests/unit/editor/config.test.ts
 * holds the editor's fields against the schemas field by field.
 */

/** What the build says when content does not fit; each message names the field or the file. */
export const contentNl = {
  required: (what: string) => `${what} is verplicht en moet tekst zijn`,
  empty: (what: string) => `${what} mag niet leeg zijn`,
  date: (what: string) => `${what} moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2024-05-31`,
  impossibleDate: (field: string, written: string) => `${field}: ${written} is geen bestaande datum (schrijf JJJJ-MM-DD, bijvoorbeeld 2024-05-31)`,
  alias: 'elk oud adres is een pad zoals /2010/04/oud-bericht.html of /?p=123 (zonder domein, zonder #)',
  lang: 'lang moet een taalcode zijn zoals en, fr-FR of de-AT',
  discussionId: 'discussionId bestaat uit kleine letters, cijfers en streepjes, zoals klm-en-de-aswolk',
  oneOf: (field: string, values: readonly string[]) => `${field} moet een van deze zijn: ${values.join(', ')}`,
  tagsList: 'tags moet een lijst zijn, bijvoorbeeld [storytelling, merken]',
  tagsMinimum: 'tags moet minstens één onderwerp noemen',
  coverAlt: 'cover.alt (een beschrijving van het beeld voor wie het niet kan zien)',
  thesis: (positions: readonly string[]) =>
    `elke these is een id zoals these-1, of { id: these-1, position: supports } met als position een van: ${positions.join(', ')}`,
  reviewNeedsBook: 'een boekbespreking (type: review) moet het besproken boek noemen in book',
  caseNeedsOrganisation: 'een case (type: case-study) moet de bestudeerde organisatie noemen in organisation',
  thesisTwice: (id: string) => `theses noemt "${id}" twee keer: noem elke these één keer, met één standpunt`,
  updatedBeforePublished: 'updatedDate mag niet vóór pubDate liggen',
  bookAuthors: 'authors moet minstens één persoon noemen',
  isbn: 'isbn moet een ISBN-10 of ISBN-13 zijn, zonder spaties of streepjes',
  groupRange: 'to mag niet lager zijn dan from',
  anchor: 'anchor begint met een letter en bevat alleen letters, cijfers, - en _',
  url: (field: string) => `${field} moet een volledig webadres zijn, beginnend met https://`,
  /** The names the messages use for list items. */
  names: { tag: 'een onderwerp', alias: 'een andere naam', role: 'een rol' },
  /** The catalog's checks across entries (src/data/catalog.ts, src/lib/integrity.ts). */
  dangling: (count: number) => (count === 1 ? 'Verwijzing naar iets dat niet bestaat:' : 'Verwijzingen naar iets dat niet bestaat:'),
  danglingReference: (source: string, field: string, collection: string, id: string) =>
    `  - ${source}: veld "${field}" verwijst naar "${id}" in ${collection}, en dat bestaat niet`,
  duplicateSlug: (slug: string, base: string, first: string, second: string) =>
    `Dubbel adres "${slug}" in ${base}: ${first} en ${second} zouden op hetzelfde webadres verschijnen. Geef een van beide een andere naam.`,
  thesisNumberTwice: (number: number, first: string, second: string) => `Twee theses hebben nummer ${number}: ${first} en ${second}`,
  thesisOutsideGroup: (file: string, number: number, group: string, from: number, to: number) =>
    `${file}: these ${number} valt buiten haar groep "${group}" (${from}–${to})`,
  archivePageMissing: (file: string, page: string) => `${file}: page: ${page} noemt geen pagina in content/pages`,
  archiveArticleMissing: (file: string, id: string) =>
    `${file}: een reactiearchief hoort bij het artikel met dezelfde bestandsnaam, en content/articles heeft geen "${id}"`,
  /** The MDX components (src/components/mdx/), after "<Component>". */
  mdx: {
    calloutType: (type: string, kinds: readonly string[]) => `type="${type}": kies een van ${kinds.join(', ')}`,
    figureSrc: (got: string) => `heeft src="./…" nodig: het pad van een beeld naast het artikel, zoals "./foto.jpg" (nu: ${got})`,
    alt: 'heeft alt="…" nodig: beschrijf het beeld voor wie het niet kan zien',
    galleryImages: 'heeft images={[{ src: "./foto.jpg", alt: "…" }, …]} nodig: minstens één beeld naast het artikel',
    galleryImageSrc: (n: number, got: string) => `beeld ${n} heeft src nodig: het pad van een beeld naast het artikel, zoals "./foto.jpg" (nu: ${got})`,
    galleryImageAlt: (n: number) => `beeld ${n} heeft alt nodig: beschrijf het beeld voor wie het niet kan zien`,
    quoteBy: 'heeft by="…" nodig: een citaat heeft altijd een bron',
    unknownPerson: (id: string) => `person="${id}": geen persoon met die id in content/people`,
    unknownBook: (id: string) => `source="${id}": geen boek met die id in content/books`,
    unknownConcept: (id: string) => `id="${id}": geen begrip met die id in content/concepts`,
    unknownThesis: (n: unknown, known: string) => `n={${n}}: geen these met dat nummer in content/theses (bekend: ${known})`,
  },
};

interface FieldText {
  label: string;
  description?: string;
}

const aliasesOfNames: FieldText = { label: 'Andere namen', description: 'Hoe artikelen dit ook noemen; zo vindt de site verwijzingen in de tekst.' };
const oldAddresses: FieldText = {
  label: 'Oude adressen',
  description: 'Paden van een vorige site die hierheen moeten doorverwijzen, zoals /2010/04/oud-bericht.html. Meestal door de import ingevuld.',
};
const language: FieldText = {
  label: 'Taal',
  description: 'Alleen als de tekst niet in het Nederlands is: een taalcode zoals en, fr of de-AT. Leeg laten voor Nederlands.',
};
const imported: FieldText = { label: 'Herkomst (import)', description: 'Door de import geschreven; de editor bewaart het ongewijzigd.' };
const draft: FieldText = {
  label: 'Concept',
  description: 'Een concept verschijnt nergens op de site: niet als pagina, niet in feeds, zoekresultaten of sitemap.',
};
const url: FieldText = { label: 'Website', description: 'Een volledig webadres, beginnend met https://' };

export const editorNl = {
  brand: 'Gesprek',
  pageTitle: 'Schrijftafel · Gesprek',
  /** Groups in the editor's navigation. */
  sections: { writing: 'Schrijven', knowledge: 'Kennisbank', site: 'Site' },
  collections: {
    articles: 'Artikelen',
    pages: "Pagina's",
    authors: 'Auteurs',
    books: 'Boeken',
    people: 'Personen',
    organisations: 'Organisaties',
    concepts: 'Begrippen',
    theses: 'Theses',
    thesisGroups: 'Groepen van theses',
  },
  /** The address (file name) Keystatic derives from a title or name. */
  slug: { label: 'Adres', description: 'Het laatste deel van het webadres en de bestandsnaam; volgt de titel tot je het zelf aanpast.' },
  thesisSlug: { label: 'Id', description: 'these- met het nummer, zoals these-29: zo verwijzen artikelen ernaar.' },
  fields: {
    articles: {
      title: { label: 'Titel' },
      description: { label: 'Beschrijving', description: 'Eén of twee zinnen: staat onder de titel, in zoekresultaten en bij het delen.' },
      pubDate: { label: 'Publicatiedatum', description: 'Een datum in de toekomst plant het artikel in: het verschijnt op die dag.' },
      updatedDate: { label: 'Bijgewerkt op', description: 'Alleen na een inhoudelijke wijziging; niet vóór de publicatiedatum.' },
      type: { label: 'Soort', description: 'Een boekbespreking vraagt om het besproken boek, een case om de organisatie.' },
      lang: language,
      tags: { label: 'Onderwerpen', description: 'Kies bestaande onderwerpen of typ een nieuw. Minstens één.' },
      draft,
      comments: { label: 'Reacties', description: 'Uitvinken verbergt het gesprek onder dit artikel.' },
      discussionId: {
        label: 'Gesprek-id',
        description: 'Alleen nodig als het gesprek onder een ander adres moet blijven dan dit artikel; kleine letters, cijfers en streepjes.',
      },
      author: { label: 'Auteur', description: 'Leeg: de vaste auteur van de site.' },
      cover: { label: 'Omslagbeeld', description: 'Optioneel. Met een beeld is een alt-tekst verplicht.' },
      'cover.src': { label: 'Beeld' },
      'cover.alt': { label: 'Alt-tekst', description: 'Wat er te zien is, voor wie het beeld niet kan zien.' },
      book: { label: 'Besproken boek', description: 'Verplicht bij een boekbespreking; bij andere soorten het boek waar het artikel op steunt.' },
      organisation: { label: 'Organisatie', description: 'Verplicht bij een case: de organisatie die het artikel bestudeert.' },
      people: { label: 'Personen', description: 'Wie in het artikel voorkomt.' },
      concepts: { label: 'Begrippen' },
      theses: { label: 'Theses', description: 'Welke Cluetrain-theses het artikel behandelt, en wat het ermee doet.' },
      'theses.id': { label: 'These' },
      'theses.position': { label: 'Standpunt' },
      books: { label: 'Andere boeken', description: 'Boeken die het artikel noemt, naast het besproken boek.' },
      organisations: { label: 'Andere organisaties', description: 'Organisaties die het artikel noemt, naast die van de case.' },
      aliases: oldAddresses,
      source: imported,
      body: { label: 'Tekst' },
    },
    pages: {
      title: { label: 'Titel' },
      description: { label: 'Beschrijving', description: 'Eén of twee zinnen voor zoekmachines en bij het delen.' },
      draft,
      pubDate: { label: 'Publicatiedatum', description: 'Optioneel: zonder datum verschijnt de pagina meteen, met een datum in de toekomst op die dag.' },
      lang: language,
      aliases: oldAddresses,
      source: imported,
      body: { label: 'Tekst' },
    },
    authors: {
      name: { label: 'Naam' },
      bio: { label: 'Over de auteur', description: 'Een paar zinnen, getoond bij de artikelen van deze auteur.' },
      url,
    },
    people: {
      name: { label: 'Naam' },
      description: { label: 'Beschrijving', description: 'Wie dit is, in één of twee zinnen.' },
      born: { label: 'Geboren (jaar)' },
      died: { label: 'Overleden (jaar)' },
      aliases: aliasesOfNames,
      roles: { label: 'Rollen', description: 'Zoals auteur, ondernemer, journalist.' },
      organisations: { label: 'Organisaties' },
      url,
    },
    organisations: {
      name: { label: 'Naam' },
      description: { label: 'Beschrijving' },
      kind: { label: 'Soort organisatie', description: 'Zoals luchtvaartmaatschappij, bureau of hogeschool.' },
      aliases: aliasesOfNames,
      country: { label: 'Land' },
      founded: { label: 'Opgericht (jaar)' },
      url,
    },
    books: {
      title: { label: 'Titel' },
      subtitle: { label: 'Ondertitel' },
      aliases: aliasesOfNames,
      authors: { label: 'Auteurs', description: 'Minstens één persoon uit de kennisbank.' },
      year: { label: 'Jaar van verschijnen' },
      publisher: { label: 'Uitgever' },
      isbn: { label: 'ISBN', description: 'ISBN-10 of ISBN-13, zonder spaties of streepjes.' },
      language: { label: 'Taal van het boek' },
      description: { label: 'Beschrijving' },
    },
    concepts: {
      term: { label: 'Begrip' },
      definition: { label: 'Definitie', description: 'Eén of twee zinnen; verschijnt in de tekst waar een artikel het begrip gebruikt.' },
      aliases: aliasesOfNames,
      related: { label: 'Verwante begrippen' },
    },
    thesisGroups: {
      title: { label: 'Titel' },
      from: { label: 'Van these' },
      to: { label: 'Tot en met these' },
      summary: { label: 'Samenvatting' },
    },
    theses: {
      number: { label: 'Nummer', description: 'Het nummer in het Cluetrain Manifesto, 1 tot en met 95.' },
      group: { label: 'Groep' },
      text: { label: 'Oorspronkelijke tekst', description: 'De these zoals ze in 1999 geschreven is, letterlijk.' },
      summary: { label: 'Samenvatting', description: 'De these in onze eigen woorden, in het Nederlands.' },
      source: { label: 'Bron' },
      aliases: { label: 'Korte namen', description: 'Hoe lezers de these noemen, zoals "markten zijn gesprekken".' },
      verdict: { label: 'Oordeel', description: 'Hoe de these het vandaag houdt.' },
      'verdict.status': { label: 'Klopt het nog?' },
      'verdict.text': { label: 'Toelichting' },
    },
  },
  /** Choices of select fields, by their stored value. */
  options: {
    bookLanguage: { nl: 'Nederlands', en: 'Engels' },
  },
  /** The blocks authors insert into the text (src/components/mdx/), and their props. */
  blocks: {
    Callout: { label: 'Kader', props: { type: { label: 'Soort' }, title: { label: 'Kop', description: 'Leeg: de naam van de soort.' } } },
    Quote: {
      label: 'Citaat',
      props: {
        by: { label: 'Van', description: 'Wie het zei of schreef, zoals het er moet staan.' },
        person: { label: 'Persoon', description: 'Maakt van de naam een link naar de kennisbank.' },
        source: { label: 'Uit het boek' },
        lang: { label: 'Taal', description: 'Alleen als het citaat niet in het Nederlands is, zoals en.' },
      },
    },
    Term: { label: 'Begrip', props: { id: { label: 'Begrip', description: 'Het woord linkt naar het begrip en toont de definitie.' } } },
    Thesis: { label: 'These', props: { n: { label: 'These' } } },
    Figure: {
      label: 'Beeld',
      props: {
        src: { label: 'Beeld' },
        alt: { label: 'Alt-tekst', description: 'Wat er te zien is, voor wie het beeld niet kan zien. Verplicht.' },
        caption: { label: 'Bijschrift' },
        credit: { label: 'Maker', description: 'Zoals "Foto: redactie".' },
      },
    },
    Gallery: {
      label: 'Fotogalerie',
      props: {
        images: { label: 'Beelden' },
        src: { label: 'Beeld' },
        alt: { label: 'Alt-tekst', description: 'Wat er te zien is. Verplicht.' },
        caption: { label: 'Bijschrift' },
        label: { label: 'Naam voor schermlezers', description: 'Leeg: "Fotogalerie".' },
      },
    },
  },
  picker: {
    add: (name: string) => `Nieuw: "${name}"`,
    chosen: (label: string) => `Gekozen: ${label}`,
    empty: 'Nog niets gekozen.',
    remove: 'Verwijderen',
    thesis: (number: number, summary: string) => `These ${number}: ${summary}`,
    addThesis: 'These toevoegen',
    removeThesis: 'These verwijderen',
  },
  messages: {
    required: (label: string) => `${label} is verplicht`,
    unknownEntry: (id: string) => `"${id}" bestaat niet (meer): kies opnieuw`,
    notAnId: 'verwacht één id, zoals klm',
    notAList: 'verwacht een lijst',
    notANumber: 'verwacht een nummer',
    notAThesis: 'verwacht een id zoals these-1, of { id: these-1, position: supports }',
    /** The schema's own messages where the form checks the same pattern. */
    pattern: {
      lang: contentNl.lang,
      discussionId: contentNl.discussionId,
      isbn: contentNl.isbn,
      url: contentNl.url('het adres'),
      alias: contentNl.alias,
      thesisId: 'het id is these- met het nummer, zoals these-29',
    },
  },
} as const;
