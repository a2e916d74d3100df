/**
 * The site's own collection schemas (src/content.config.ts), to check every file the importer
 * writes before it is accepted: the same zod schemas the build uses, so no import can produce a
 * site that does not build. Outside Astro, `astro:content` resolves to a stand-in
 * (astro-content.ts): a resolve hook under Node, an alias in Vitest (tests/vitest.config.ts).
 */
import { registerHooks } from 'node:module';
import { z } from 'astro/zod';

registerHooks({
  resolve: (specifier, context, next) =>
    specifier === 'astro:content' ? { url: new URL('./astro-content.ts', import.meta.url).href, shortCircuit: true } : next(specifier, context),
});
const { collections } = await import('../content.config.ts');

type Checked = 'articles' | 'pages' | 'commentArchives';
type Schema = z.ZodType | ((context: { image: () => z.ZodType }) => z.ZodType);

const schemas = Object.fromEntries(
  (['articles', 'pages', 'commentArchives'] as const).map((name) => {
    const schema = collections[name].schema as Schema;
    // Images are files the importer placed itself: a path is all there is to check.
    return [name, typeof schema === 'function' ? schema({ image: () => z.string() }) : schema];
  }),
) as Record<Checked, z.ZodType>;

/** What the collection's schema says of `data`: "field: message" per problem, none when it passes. */
export function schemaProblems(collection: Checked, data: unknown): string[] {
  const result = schemas[collection].safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`);
}
