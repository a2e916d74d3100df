/**
 * The one place for site-wide settings. Validated when the module loads, so a
 * bad value fails `astro build` (and `astro.config.mjs`, which imports this)
 * with a readable message instead of producing a subtly broken site.
 */
import { z } from 'astro/zod';

const basePath = z
  .string()
  .regex(/^\/?([\w.-]+\/?)*$/, 'must be a path such as "/" or "/gesprek"')
  .transform((value) => {
    const trimmed = value.replace(/^\/+|\/+$/g, '');
    return trimmed ? `/${trimmed}` : '/';
  });

const SiteConfigSchema = z.object({
  /** Name of the site, used in the header, titles and feeds. */
  title: z.string().min(1),
  /** Short line under the wordmark and in the home page lead. */
  tagline: z.string().min(1),
  /** Default meta description. */
  description: z.string().min(1),
  lang: z.literal('nl'),
  locale: z.literal('nl-NL'),
  /** Absolute origin the site is served from, e.g. https://gesprek.nl */
  url: z.url({ error: 'must be an absolute URL such as https://gesprek.nl' }),
  /** Sub-path the site lives under ("/" for a domain of its own). */
  base: basePath,
  /** Id of the entry in content/authors used when an article names no author. */
  defaultAuthor: z.string().min(1),
  /** Articles per page on paginated listings. */
  pageSize: z.number().int().min(1).max(100),
  /** Number of related articles shown under an article. */
  relatedCount: z.number().int().min(0).max(12),
  /** A table of contents appears from this many headings on. */
  tocMinHeadings: z.number().int().min(1),
  socials: z.array(z.object({ label: z.string().min(1), href: z.url() })),
  sourceRepository: z.url(),
  /** Where an article or entry file is edited: its path in the repository is appended. Unset: no "edit" links. */
  editBase: z.url().optional(),
  license: z.object({ name: z.string().min(1), href: z.url() }),
  /** Reader comments through giscus (GitHub Discussions); undefined means no comments section. */
  giscus: z
    .object({
      repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be owner/name, e.g. gesprek/gesprek'),
      repoId: z.string().min(1),
      category: z.string().min(1),
      categoryId: z.string().min(1),
      reactionsEnabled: z.boolean(),
      inputPosition: z.enum(['top', 'bottom']),
      lang: z.literal('nl'),
    })
    .optional(),
});

export type SiteConfig = z.infer<typeof SiteConfigSchema>;

const GISCUS_REQUIRED = ['PUBLIC_GISCUS_REPO', 'PUBLIC_GISCUS_REPO_ID', 'PUBLIC_GISCUS_CATEGORY', 'PUBLIC_GISCUS_CATEGORY_ID'] as const;

/**
 * giscus settings from the environment: all four ids or none. Half a configuration would
 * render a widget that cannot find its discussions, so it fails the build instead.
 */
function giscusFromEnv(env: Record<string, string | undefined>) {
  const present = GISCUS_REQUIRED.filter((key) => env[key]?.trim());
  if (present.length === 0) return undefined;
  if (present.length < GISCUS_REQUIRED.length) {
    const missing = GISCUS_REQUIRED.filter((key) => !env[key]?.trim());
    throw new Error(
      `Comments are half configured: ${present.join(', ')} set but ${missing.join(', ')} missing. Set all four, or none to build without comments.`,
    );
  }
  return {
    repo: env.PUBLIC_GISCUS_REPO,
    repoId: env.PUBLIC_GISCUS_REPO_ID,
    category: env.PUBLIC_GISCUS_CATEGORY,
    categoryId: env.PUBLIC_GISCUS_CATEGORY_ID,
    reactionsEnabled: env.PUBLIC_GISCUS_REACTIONS !== '0',
    inputPosition: env.PUBLIC_GISCUS_INPUT_POSITION || 'top',
    lang: 'nl',
  };
}

export function loadSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  const result = SiteConfigSchema.safeParse({
    title: 'Markten zijn gesprekken',
    tagline: 'Over conversation marketing, merken en de mensen met wie ze praten',
    description: 'Boekbesprekingen, stellingen, cases en opinie over conversation marketing: markten zijn gesprekken tussen mensen.',
    lang: 'nl',
    locale: 'nl-NL',
    url: env.SITE_URL || 'https://gesprek.example.nl',
    base: env.BASE_PATH || '/',
    defaultAuthor: 'redactie',
    pageSize: 12,
    relatedCount: 3,
    tocMinHeadings: 3,
    socials: [{ label: 'GitHub', href: 'https://github.com/gesprek/gesprek' }],
    sourceRepository: 'https://github.com/gesprek/gesprek',
    // EDIT_BASE= (empty) turns the links off; another value points them elsewhere.
    editBase: env.EDIT_BASE === undefined ? 'https://github.com/gesprek/gesprek/edit/main/' : env.EDIT_BASE || undefined,
    license: { name: 'CC BY 4.0', href: 'https://creativecommons.org/licenses/by/4.0/deed.nl' },
    giscus: giscusFromEnv(env),
  });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
    throw new Error(`src/site.config.ts is invalid:\n${problems}`);
  }
  return result.data;
}

export const siteConfig = loadSiteConfig(process.env);
