/**
 * Which Open Graph images the site has and what each shows: one for the site, one per
 * published article and one per knowledge entry. Shared by the image route (from the
 * content collections) and the build-start prewarm (from the raw files), so both ask the
 * pool for the same drawings.
 */
import { ui } from '../../i18n/nl.ts';
import { siteConfig } from '../../site.config.ts';
import type { ArticleType } from '../../lib/article-types.ts';
import type { OgImageInput } from './draw.ts';

/** Marker colours of the light theme (src/styles/global.css), for the image's accent. */
const TYPE_ACCENTS: Record<ArticleType, string> = { review: '#0f6b5c', thesis: '#6a3d9a', 'case-study': '#1d5a9e', opinion: '#a63c0c' };
const ENTITY_ACCENT = '#a63c0c';

type Entry<Data> = { id: string; data: Data };

export interface OgSources {
  /** Published articles only. */
  articles: Iterable<Entry<{ title: string; type: ArticleType }>>;
  books: Iterable<Entry<{ title: string }>>;
  people: Iterable<Entry<{ name: string }>>;
  organisations: Iterable<Entry<{ name: string }>>;
  concepts: Iterable<Entry<{ term: string }>>;
  theses: Iterable<Entry<{ number: number; summary: string }>>;
}

/** Each image's path below /og/ (without .png) and what it shows. */
export function ogImageInputs({ articles, books, people, organisations, concepts, theses }: OgSources): { path: string; input: OgImageInput }[] {
  const siteHost = new URL(siteConfig.url).host;
  const image = (path: string, title: string, kind: string, accent: string) => ({
    path,
    input: { title, kind, accent, siteName: siteConfig.title, siteHost },
  });
  return [
    image('site', siteConfig.tagline, ui.og.siteKind, ENTITY_ACCENT),
    ...Array.from(articles, ({ id, data }) => image(`artikelen/${id}`, data.title, ui.types[data.type].label, TYPE_ACCENTS[data.type])),
    ...Array.from(books, ({ id, data }) => image(`boeken/${id}`, data.title, ui.entities.books.kind, ENTITY_ACCENT)),
    ...Array.from(people, ({ id, data }) => image(`personen/${id}`, data.name, ui.entities.people.kind, ENTITY_ACCENT)),
    ...Array.from(organisations, ({ id, data }) => image(`organisaties/${id}`, data.name, ui.entities.organisations.kind, ENTITY_ACCENT)),
    ...Array.from(concepts, ({ id, data }) => image(`begrippen/${id}`, data.term, ui.entities.concepts.kind, ENTITY_ACCENT)),
    ...Array.from(theses, ({ data }) => image(`theses/${data.number}`, data.summary, `${ui.entities.theses.kind} ${data.number}`, ENTITY_ACCENT)),
  ];
}
