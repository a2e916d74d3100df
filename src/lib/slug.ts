import transliterate from '@sindresorhus/transliterate';

/** Letters of other scripts than Latin (Greek, Cyrillic, ...), which slugs spell out in Latin. */
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+/gu;

/**
 * Turns a title or tag into a URL slug: lower case, ASCII, hyphen separated.
 * Diacritics are folded ("Eyjafjallajökull" → "eyjafjallajokull", "ĳ" → "ij"); other scripts
 * are transliterated ("Επίπεδο 2" → "epipedo-2"), Latin letters never (ö stays o, not oe).
 */
export function slugify(text: string): string {
  return text
    .replace(NON_LATIN, (letters) => transliterate(letters))
    .normalize('NFKD') // also splits the Dutch ligature ĳ into i + j
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/gi, 'ae')
    .replace(/[ø]/gi, 'o')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** An entry's slug: its file name without folders and extension ("2023/Mijn Café.mdx" → "mijn-cafe"). */
export function slugOfFile(path: string): string {
  return slugify(path.replace(/^.*\//, '').replace(/\.[^.]+$/, ''));
}
