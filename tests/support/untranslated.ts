/**
 * English a reader of this Dutch site must never meet: the defaults of the libraries it uses
 * (giscus, Pagefind's UI, Astro and blog templates) and the usual interface words. A whole
 * name equal to one of the words, or containing one of the phrases, is untranslated.
 */
import type { Page } from 'playwright-core';

const WORDS = [
  'back',
  'clear',
  'close',
  'comments',
  'copy',
  'copied',
  'dark',
  'filters',
  'home',
  'light',
  'loading',
  'next',
  'open',
  'previous',
  'read more',
  'reply',
  'search',
  'share',
  'submit',
  'system',
  'tags',
  'toggle theme',
  'untitled',
];
const PHRASES = [
  'back to top',
  'load more results',
  'min read',
  'next page',
  'no results',
  'not found',
  'on this page',
  'page not found',
  'previous page',
  'reading time',
  'search results',
  'skip to content',
  'table of contents',
  'written by',
];

export function untranslated(text: string | null | undefined): string | undefined {
  const normal = (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  if (!normal) return undefined;
  if (WORDS.includes(normal)) return normal;
  return PHRASES.find((phrase) => new RegExp(`\\b${phrase}\\b`).test(normal));
}

interface AXNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
}

/** Every non-empty accessible name and description Chromium computes for the page. */
export async function accessibleTexts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  await cdp.detach();
  return nodes
    .filter((node) => !node.ignored)
    .flatMap((node) => [node.name?.value, node.description?.value])
    .filter((value): value is string => Boolean(value?.trim()));
}
