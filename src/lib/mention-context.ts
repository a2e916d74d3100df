/**
 * Backlinks in context: the sentence (or two) where an article first mentions an entry, by
 * name or alias, through `<Term>`, `<Thesis>` or a link to the entry's page, split around the
 * mention so the page can highlight it.
 */
import { namePattern } from './mentions.ts';
import type { ProseBlock } from './prose-blocks.ts';

export interface MentionContext {
  before: string;
  mention: string;
  after: string;
}

export interface ContextTarget {
  /** The entry's key, e.g. "concepts/dialoog". */
  key: string;
  /** Its name and aliases, matched whole-word and case-insensitively. */
  names: readonly string[];
}

export interface ContextOptions {
  /** Turns a block's reference ("theses#12", "concepts/dialoog") into an entry key and the words shown for it. */
  resolve: (ref: string, label: string) => { key: string; label: string } | undefined;
  /** A snippet shorter than this takes in the next sentence too. */
  minLength?: number;
  /** Longer snippets are cut around the mention. */
  maxLength?: number;
}

interface Span {
  start: number;
  end: number;
  key: string;
}

function flatten(block: ProseBlock, resolve: ContextOptions['resolve']): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  for (const part of block) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const resolved = resolve(part[0], part[1]);
    const label = resolved?.label ?? part[1];
    if (resolved) spans.push({ start: text.length, end: text.length + label.length, key: resolved.key });
    text += label;
  }
  return { text, spans };
}

/** Start offsets of the sentences in a text: a break after . ! ? … before a capital, digit or quote. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/[.!?…]["”’)]?\s+(?=[\p{Lu}\d“"'‘(])/gu)) starts.push(match.index + match[0].length);
  return starts;
}

/**
 * A finder for one entry, to run over many articles' blocks: its name pattern is built once,
 * not once per article.
 */
export function mentionContextFinder(target: ContextTarget, options: ContextOptions): (blocks: readonly ProseBlock[]) => MentionContext | undefined {
  const { resolve, minLength = 90, maxLength = 320 } = options;
  const pattern = namePattern(target.names);
  return (blocks) => {
    for (const [index, block] of blocks.entries()) {
      const { text, spans } = flatten(block, resolve);
      const explicit = spans.find((span) => span.key === target.key);
      const named = pattern?.exec(text);
      const found =
        explicit && (!named || explicit.start <= named.index)
          ? { start: explicit.start, end: explicit.end }
          : named
            ? { start: named.index, end: named.index + named[0].length }
            : undefined;
      if (!found) continue;

      const starts = sentenceStarts(text);
      const first = starts.findLast((start) => start <= found.start)!;
      const last = starts.findLastIndex((start) => start < found.end);
      let end = starts[last + 1] ?? text.length;
      // A short sentence reads better with the one after it; a lone <Thesis> with the next block's first.
      if (end - first < minLength) end = starts[last + 2] ?? text.length;
      let after = text.slice(found.end, end).trimEnd();
      const following = end === text.length && end - first < minLength && blocks[index + 1] ? flatten(blocks[index + 1]!, resolve).text : '';
      if (following) after += ` — ${following.slice(0, sentenceStarts(following)[1] ?? following.length).trimEnd()}`;
      let before = text.slice(first, found.start);
      const mention = text.slice(found.start, found.end);
      // Cut long snippets at word boundaries, keeping the mention near the start.
      const room = maxLength - mention.length;
      if (before.length > room / 3) before = `…${before.slice(before.length - Math.floor(room / 3)).replace(/^\S*\s/, '')}`;
      if (before.length + after.length > room) after = `${after.slice(0, room - before.length).replace(/\s\S*$/, '')}…`;
      return { before, mention, after };
    }
    return undefined;
  };
}
