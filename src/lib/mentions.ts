/**
 * Which knowledge entries a text names, by an entry's name or one of its aliases, with the
 * sentence it appears in. The importer suggests references from it; authors get the same
 * list for their own articles.
 */

export interface NamedEntry {
  collection: 'books' | 'people' | 'organisations' | 'concepts' | 'theses';
  id: string;
  /** The name first, then aliases; matched whole-word and case-insensitively. */
  names: readonly string[];
}

export interface Mention {
  collection: NamedEntry['collection'];
  id: string;
  /** The name or alias as it was found. */
  name: string;
  /** The sentence around the first mention. */
  sentence: string;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits text into sentences: at . ! ? followed by space and a capital, a digit or a quote. */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}\d“"'‘(])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * Finds any of the names, whole-word and case-insensitively, longest first; names shorter than
 * three letters are left out (too many false hits). Undefined when no name is left.
 */
export function namePattern(names: readonly string[]): RegExp | undefined {
  const usable = [...new Set(names.map((name) => name.trim()).filter((name) => name.length >= 3))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return undefined;
  // Letters or digits on either side mean a longer word ("KLM" is not in "KLMers").
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** A thesis goes by its number in running text: "these 12", "stelling 12". */
export const thesisNames = (number: number): string[] => [`these ${number}`, `stelling ${number}`];

/** A matcher per entry, built once for many texts. */
export function mentionFinder(entries: readonly NamedEntry[]): (text: string) => Mention[] {
  const matchers = entries
    .map((entry) => {
      const pattern = namePattern(entry.names);
      return pattern && { entry, pattern };
    })
    .filter((matcher) => matcher !== undefined);
  return (text) => {
    const parts = sentences(text);
    const found: Mention[] = [];
    for (const { entry, pattern } of matchers) {
      for (const sentence of parts) {
        const match = pattern.exec(sentence);
        if (match) {
          found.push({ collection: entry.collection, id: entry.id, name: match[0], sentence });
          break;
        }
      }
    }
    return found;
  };
}

/** The references an article already makes, by collection: ids. */
export type References = Partial<Record<NamedEntry['collection'], readonly string[]>>;

/** Mentions of entries the article does not reference. */
export function unreferenced(mentions: readonly Mention[], references: References): Mention[] {
  return mentions.filter((mention) => !references[mention.collection]?.includes(mention.id));
}

/**
 * The prose of an MDX file, roughly as a reader sees it: no frontmatter, imports, code,
 * component tags or link targets. Good enough to find names in, not to render.
 */
export function proseOfMdx(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/\\([<{}])/g, '$1');
}
