import type { APIRoute, GetStaticPaths } from 'astro';
import { ui } from '../../i18n/nl.ts';
import { getCatalog } from '../../lib/content.ts';
import { ogImageKey, type OgImageInput } from '../../lib/og-image.ts';
import { prepareOgImages, renderOgImage } from '../../lib/og-images.ts';
import { siteConfig } from '../../site.config.ts';

/** Marker colours of the light theme (src/styles/global.css), for the image's accent. */
const TYPE_ACCENTS: Record<string, string> = { review: '#0f6b5c', thesis: '#6a3d9a', 'case-study': '#1d5a9e', opinion: '#a63c0c' };
const ENTITY_ACCENT = '#a63c0c';

export const getStaticPaths = (async () => {
  const { articles, books, people, organisations, concepts } = await getCatalog();
  const siteHost = new URL(siteConfig.url).host;
  const image = (path: string, title: string, kind: string, accent: string) => {
    const input: OgImageInput = { title, kind, accent, siteName: siteConfig.title, siteHost };
    // The key names everything drawn, so an incremental build reuses the file while it holds.
    return { params: { path }, props: { input }, cacheKey: ogImageKey(input) };
  };
  const paths = [
    image('site', siteConfig.tagline, ui.og.siteKind, ENTITY_ACCENT),
    ...articles.map((article) => image(`artikelen/${article.id}`, article.data.title, ui.types[article.data.type].label, TYPE_ACCENTS[article.data.type]!)),
    ...[...books.values()].map((book) => image(`boeken/${book.id}`, book.data.title, ui.entities.books.kind, ENTITY_ACCENT)),
    ...[...people.values()].map((person) => image(`personen/${person.id}`, person.data.name, ui.entities.people.kind, ENTITY_ACCENT)),
    ...[...organisations.values()].map((organisation) => image(`organisaties/${organisation.id}`, organisation.data.name, ui.entities.organisations.kind, ENTITY_ACCENT)),
    ...[...concepts.values()].map((concept) => image(`begrippen/${concept.id}`, concept.data.term, ui.entities.concepts.kind, ENTITY_ACCENT)),
  ];
  // Astro collects every route's paths before rendering any page, so the images are drawn on
  // worker threads while the pages render.
  prepareOgImages(paths.map((path) => path.props.input));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgImage(props.input as OgImageInput);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
