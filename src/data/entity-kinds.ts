/**
 * One descriptor per kind of knowledge entry: its collection, its pages, its labels, the facts
 * its page lists and its schema.org data. Entry pages, their layout, the index pages and the
 * article infoboxes derive from these instead of each spelling them out.
 */
import type { CollectionEntry } from 'astro:content';
import type { Fact } from '../components/FactList.astro';
import type { IndexEntry } from '../layouts/EntityIndexLayout.astro';
import { entityKey } from '../lib/backlinks.ts';
import { ui } from '../i18n/nl.ts';
import { bookDetails, claimDetails, type JsonLd, type SchemaType } from '../lib/json-ld.ts';
import type { VerdictStatus } from '../lib/positions.ts';
import { routes } from '../lib/paths.ts';
import { siteConfig } from '../site.config.ts';
import type { Catalog } from './catalog.ts';
import { absoluteUrl } from './site-paths.ts';

export type EntityCollection = 'books' | 'people' | 'organisations' | 'concepts' | 'theses';
export type EntityEntry = CollectionEntry<EntityCollection>;

export interface EntityKind<C extends EntityCollection> {
  collection: C;
  /** "Boek", "Persoon", ...: shown above an entry's title. */
  label: string;
  /** The index of this kind: its route, its name in breadcrumbs, and its page's title and intro. */
  index: { path: string; label: string; title: string; intro: string };
  path(entry: CollectionEntry<C>): string;
  title(entry: CollectionEntry<C>): string;
  lead(entry: CollectionEntry<C>): string;
  /** How the entry is listed on the index page (theses have their tracker instead). */
  indexEntry?(entry: CollectionEntry<C>, catalog: Catalog): Omit<IndexEntry, 'path' | 'count'>;
  /** The facts box of the entry's page. */
  facts(entry: CollectionEntry<C>, catalog: Catalog): Fact[];
  /** schema.org type and what it adds to name, description and url. */
  schema(entry: CollectionEntry<C>, catalog: Catalog): { type: SchemaType; extra: JsonLd };
  /** A discussion section (when comments are configured): its heading and invitation. */
  discussion?: { title: string; intro: string };
}

const f = ui.entities.fields;

/** A kind's index: named in breadcrumbs and titled on its page by the kind's title, unless told otherwise. */
function listing(path: string, texts: { title: string; intro: string }, names: { label?: string; title?: string } = {}): EntityKind<EntityCollection>['index'] {
  return { path, label: names.label ?? texts.title, title: names.title ?? texts.title, intro: texts.intro };
}
const texts = (values: readonly string[]) => values.map((text) => ({ text }));
const optional = (text: string | number | undefined) => (text === undefined ? [] : [{ text: String(text) }]);
const website = (url: string | undefined) => (url ? [{ text: new URL(url).hostname, url }] : []);

/** A book's authors, with their pages, for facts and for schema.org. */
function bookAuthors(book: CollectionEntry<'books'>, catalog: Catalog) {
  return book.data.authors.map((ref) => ({ name: catalog.people.get(ref.id)!.data.name, path: routes.person(ref.id) }));
}

/** The facts about a book that its page and a review's infobox both show. */
export function bookFacts(book: CollectionEntry<'books'>, catalog: Catalog): Fact[] {
  const authors = bookAuthors(book, catalog);
  return [
    { label: authors.length > 1 ? f.authors : f.author, values: authors.map(({ name, path }) => ({ text: name, path })) },
    { label: f.year, values: [{ text: String(book.data.year) }] },
    { label: f.publisher, values: optional(book.data.publisher) },
    { label: f.isbn, values: optional(book.data.isbn) },
  ];
}

/** A book for schema.org: its page's JSON-LD, and the book a review reviews. */
export function reviewedBook(book: CollectionEntry<'books'>, catalog: Catalog) {
  const { title, year, isbn } = book.data;
  const authors = bookAuthors(book, catalog).map(({ name, path }) => ({ name, url: absoluteUrl(path) }));
  return { name: title, url: absoluteUrl(routes.book(book.id)), year, isbn, authors };
}

/** The facts about an organisation that its page and a case study's infobox both show. */
export function organisationFacts(organisation: CollectionEntry<'organisations'>): Fact[] {
  const { data } = organisation;
  return [
    { label: f.kind, values: [{ text: data.kind }] },
    { label: f.country, values: optional(data.country) },
    { label: f.founded, values: optional(data.founded) },
  ];
}

const books: EntityKind<'books'> = {
  collection: 'books',
  label: ui.entities.books.kind,
  index: listing(routes.books(), ui.entities.books),
  path: (book) => routes.book(book.id),
  title: (book) => book.data.title,
  lead: (book) => book.data.description,
  indexEntry: (book, catalog) => ({
    name: book.data.title,
    // "The Cluetrain Manifesto" is filed under C, as in a library catalogue.
    sortName: book.data.title.replace(/^(the|de|het|een|a|an)\s+/i, ''),
    note: `${bookAuthors(book, catalog)
      .map(({ name }) => name)
      .join(', ')} (${book.data.year})`,
  }),
  facts: (book, catalog) => [
    { label: f.aliases, values: texts(book.data.aliases) },
    { label: f.subtitle, values: optional(book.data.subtitle) },
    ...bookFacts(book, catalog),
    { label: f.language, values: [{ text: f.languages[book.data.language] }] },
  ],
  schema: (book, catalog) => ({
    type: 'Book',
    extra: {
      ...bookDetails(reviewedBook(book, catalog)),
      inLanguage: book.data.language,
      ...(book.data.publisher ? { publisher: { '@type': 'Organization', name: book.data.publisher } } : {}),
    },
  }),
  discussion: ui.entities.discussion.books,
};

const people: EntityKind<'people'> = {
  collection: 'people',
  label: ui.entities.people.kind,
  index: listing(routes.people(), ui.entities.people),
  path: (person) => routes.person(person.id),
  title: (person) => person.data.name,
  lead: (person) => person.data.description,
  indexEntry: (person) => ({
    name: person.data.name,
    // Filed by family name, as a Dutch index would ("van Belleghem" under B).
    sortName: person.data.name.replace(/^(\S+\s)((van|de|der|den|ten|ter)\s)*/i, ''),
    note: person.data.roles.join(', ') || person.data.description,
  }),
  facts: ({ data }, catalog) => [
    { label: f.aliases, values: texts(data.aliases) },
    { label: f.roles, values: texts(data.roles) },
    { label: f.lifespan, values: data.born ? [{ text: data.died ? `${data.born}–${data.died}` : `${data.born}` }] : [] },
    {
      label: f.organisations,
      values: data.organisations.map((ref) => ({ text: catalog.organisations.get(ref.id)!.data.name, path: routes.organisation(ref.id) })),
    },
    { label: f.website, values: website(data.url) },
  ],
  schema: ({ data }, catalog) => ({
    type: 'Person',
    extra: {
      ...(data.url ? { sameAs: [data.url] } : {}),
      ...(data.born ? { birthDate: String(data.born) } : {}),
      ...(data.died ? { deathDate: String(data.died) } : {}),
      ...(data.organisations.length
        ? { affiliation: data.organisations.map((ref) => ({ '@type': 'Organization', name: catalog.organisations.get(ref.id)!.data.name })) }
        : {}),
    },
  }),
};

const organisations: EntityKind<'organisations'> = {
  collection: 'organisations',
  label: ui.entities.organisations.kind,
  index: listing(routes.organisations(), ui.entities.organisations),
  path: (organisation) => routes.organisation(organisation.id),
  title: (organisation) => organisation.data.name,
  lead: (organisation) => organisation.data.description,
  indexEntry: ({ data }) => ({ name: data.name, note: [data.kind, data.country].filter(Boolean).join(', ') }),
  facts: (organisation) => [
    { label: f.aliases, values: texts(organisation.data.aliases) },
    ...organisationFacts(organisation),
    { label: f.website, values: website(organisation.data.url) },
  ],
  schema: ({ data }) => ({
    type: 'Organization',
    extra: {
      ...(data.url ? { sameAs: [data.url] } : {}),
      ...(data.founded ? { foundingDate: String(data.founded) } : {}),
    },
  }),
};

const concepts: EntityKind<'concepts'> = {
  collection: 'concepts',
  label: ui.entities.concepts.kind,
  index: listing(routes.concepts(), ui.entities.concepts, { title: ui.entities.concepts.index }),
  path: (concept) => routes.concept(concept.id),
  title: (concept) => concept.data.term,
  lead: (concept) => concept.data.definition,
  indexEntry: ({ data }) => ({ name: data.term, note: data.definition }),
  facts: ({ data }, catalog) => [
    { label: f.aliases, values: texts(data.aliases) },
    {
      label: ui.entities.concepts.related,
      values: data.related.map((ref) => ({ text: catalog.concepts.get(ref.id)!.data.term, path: routes.concept(ref.id) })),
    },
  ],
  schema: () => ({ type: 'DefinedTerm', extra: { inDefinedTermSet: absoluteUrl(routes.concepts()) } }),
  discussion: ui.entities.discussion.concepts,
};

const RATING: Record<VerdictStatus, 1 | 2 | 3> = { holds: 3, partly: 2, 'no-longer': 1 };

const theses: EntityKind<'theses'> = {
  collection: 'theses',
  label: ui.entities.theses.kind,
  index: listing(routes.theses(), ui.entities.theses, { label: ui.nav.theses }),
  path: (thesis) => routes.thesis(thesis.data.number),
  title: (thesis) => ui.entities.theses.number(thesis.data.number),
  lead: (thesis) => thesis.data.summary,
  facts: ({ data }, catalog) => {
    const group = catalog.thesisGroups.get(data.group.id)!;
    const book = catalog.books.get(data.source.id)!;
    return [
      { label: ui.entities.theses.group, values: [{ text: group.data.title, path: routes.thesisGroup(group.id) }] },
      { label: ui.entities.theses.source, values: [{ text: book.data.title, path: routes.book(book.id) }] },
      { label: f.aliases, values: texts(data.aliases) },
    ];
  },
  schema: ({ data }, catalog) => {
    const book = catalog.books.get(data.source.id)!;
    return {
      type: 'Claim',
      extra: claimDetails({
        text: data.text ?? data.summary,
        appearance: { type: 'Book', name: book.data.title, url: absoluteUrl(routes.book(book.id)) },
        authors: reviewedBook(book, catalog).authors,
        verdict: data.verdict && { label: ui.entities.verdicts[data.verdict.status], text: data.verdict.text, rating: RATING[data.verdict.status] },
        publisher: { name: siteConfig.title, url: absoluteUrl(routes.home()) },
      }),
    };
  },
  discussion: { title: ui.entities.theses.discussion, intro: ui.entities.theses.discussionIntro },
};

export const entityKinds: { [C in EntityCollection]: EntityKind<C> } = { books, people, organisations, concepts, theses };

/** The descriptor of an entry's kind. */
export function kindOf<C extends EntityCollection>(entry: CollectionEntry<C>): EntityKind<C> {
  return entityKinds[entry.collection as C];
}

/** Every entry of a kind as its index page lists it, with the number of articles about it. */
export function indexEntries(collection: Exclude<EntityCollection, 'theses'>, catalog: Catalog): IndexEntry[] {
  const kind = entityKinds[collection] as EntityKind<typeof collection>;
  return [...(catalog[collection] as Map<string, CollectionEntry<typeof collection>>).values()].map((entry) => ({
    ...kind.indexEntry!(entry, catalog),
    path: kind.path(entry),
    count: catalog.backlinks.get(entityKey(collection, entry.id))?.length ?? 0,
  }));
}
