/**
 * Every word an author sees outside the site itself, in one place: what the build says of
 * content that does not fit (`contentNl`: the schemas in src/content.config.ts, the catalog's
 * checks, the MDX components). Apart from the reader's dictionary (nl.ts), so that none of it
 * reaches a reader's browser bundle.
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
