import type { APIRoute, GetStaticPaths } from 'astro';
import { ui } from '../../i18n/nl.ts';
import { getCatalog } from '../../lib/content.ts';
import { renderOgImage } from '../../lib/og-image.ts';
import { siteConfig } from '../../site.config.ts';

/** Marker colours of the light theme (src/styles/global.css), for the image's accent. */
const TYPE_ACCENTS: Record<string, string> = { review: '#0f6b5c', thesis: '#6a3d9a', 'case-study': '#1d5a9e', opinion: '#a63c0c' };
const ENTITY_ACCENT = '#a63c0c';

export const getStaticPaths = (async () => {
  const { articles, books, people, organisations, concepts } = await getCatalog();
  const entity = (prefix: string, kind: string, id: string, title: string) => ({
    params: { path: `${prefix}/${id}` },
    props: { title, kind, accent: ENTITY_ACCENT },
  });
  return [
    { params: { path: 'site' }, props: { title: siteConfig.tagline, kind: ui.og.siteKind, accent: ENTITY_ACCENT } },
    ...articles.map((article) => ({
      params: { path: `artikelen/${article.id}` },
      props: { title: article.data.title, kind: ui.types[article.data.type].label, accent: TYPE_ACCENTS[article.data.type]! },
    })),
    ...[...books.values()].map((book) => entity('boeken', ui.entities.books.kind, book.id, book.data.title)),
    ...[...people.values()].map((person) => entity('personen', ui.entities.people.kind, person.id, person.data.name)),
    ...[...organisations.values()].map((organisation) => entity('organisaties', ui.entities.organisations.kind, organisation.id, organisation.data.name)),
    ...[...concepts.values()].map((concept) => entity('begrippen', ui.entities.concepts.kind, concept.id, concept.data.term)),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgImage({
    title: props.title,
    kind: props.kind,
    accent: props.accent,
    siteName: siteConfig.title,
    siteHost: new URL(siteConfig.url).host,
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
