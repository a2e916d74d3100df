import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import type { OgImageInput } from '../../build/og/draw.ts';
import { registerOgImages, renderOgImage } from '../../build/og/images.ts';
import { ogImageInputs } from '../../build/og/inputs.ts';

export const getStaticPaths = (async () => {
  const { articles, books, people, organisations, concepts, theses } = await getCatalog();
  const images = ogImageInputs({
    articles,
    books: books.values(),
    people: people.values(),
    organisations: organisations.values(),
    concepts: concepts.values(),
    theses: theses.values(),
  });
  if (import.meta.env.DEV) return images.map(({ path, input }) => ({ params: { path }, props: { input } }));
  // A build renders no page here: the images are drawn beside the page rendering and copied
  // into dist/ when the pages are done (src/build/og/images.ts, src/build/og/integration.ts).
  registerOgImages(images);
  return [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgImage(props.input as OgImageInput);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
