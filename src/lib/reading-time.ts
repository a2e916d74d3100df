/** Average silent reading speed for Dutch non-fiction, in words per minute. */
export const WORDS_PER_MINUTE = 220;

/** Strips MDX/Markdown syntax so that only the words a reader reads are counted. */
export function countWords(source: string): number {
  const text = source
    .replace(/^\s*(import|export)\s.*$/gm, ' ') // MDX ESM lines
    .replace(/```[\s\S]*?```/g, (block) => block.replace(/^```.*$/gm, ' ')) // keep code text, drop fences
    .replace(/<[^>]+>/g, ' ') // JSX / HTML tags (their text children stay)
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ') // images
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/[#>*_`~|{}-]+/g, ' ');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words ? words.length : 0;
}

/** Whole minutes, at least one. */
export function readingMinutes(source: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(source) / wordsPerMinute));
}
