interface Ref {
  collection: string;
  id: string;
}

/** A knowledge entry: its collection and id. */
export type EntityRef = Ref;

export interface LinkingArticle {
  id: string;
  data: {
    book?: Ref | undefined;
    organisation?: Ref | undefined;
    people: readonly Ref[];
    concepts: readonly Ref[];
    theses: readonly { thesis: Ref }[];
    books?: readonly Ref[];
    organisations?: readonly Ref[];
  };
}

export const entityKey = (collection: string, id: string) => `${collection}/${id}`;

/**
 * The reference graph, inverted: for every entity, the articles that reference it, in the
 * order given (pass them newest first). Built once per build from the published articles
 * only, so drafts never show up on an entity page.
 */
export function entityBacklinks<T extends LinkingArticle>(articles: readonly T[]): Map<string, T[]> {
  const backlinks = new Map<string, T[]>();
  for (const article of articles) {
    const { book, organisation, people, concepts, theses, books = [], organisations = [] } = article.data;
    const refs = [book, organisation, ...books, ...organisations, ...people, ...concepts, ...theses.map((ref) => ref.thesis)].filter(
      (ref): ref is Ref => ref !== undefined,
    );
    for (const key of new Set(refs.map((ref) => entityKey(ref.collection, ref.id)))) {
      const list = backlinks.get(key);
      if (list) list.push(article);
      else backlinks.set(key, [article]);
    }
  }
  return backlinks;
}

/** Inverts a one-to-many reference field, e.g. book → authors into person → books. */
export function invertReferences<T extends { id: string }>(entries: readonly T[], refsOf: (entry: T) => readonly Ref[]): Map<string, T[]> {
  const inverted = new Map<string, T[]>();
  for (const entry of entries) {
    for (const ref of refsOf(entry)) {
      const list = inverted.get(ref.id);
      if (list) list.push(entry);
      else inverted.set(ref.id, [entry]);
    }
  }
  return inverted;
}

/** Groups entries under the first letter of their name (A–Z, diacritics folded, "#" for the rest). */
export function alphabetical<T>(entries: readonly T[], nameOf: (entry: T) => string): { letter: string; entries: T[] }[] {
  const collator = new Intl.Collator('nl', { sensitivity: 'base' });
  const groups = new Map<string, T[]>();
  for (const entry of [...entries].sort((a, b) => collator.compare(nameOf(a), nameOf(b)))) {
    const first = nameOf(entry).normalize('NFKD').charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    const list = groups.get(letter);
    if (list) list.push(entry);
    else groups.set(letter, [entry]);
  }
  return [...groups].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b))).map(([letter, entries]) => ({ letter, entries }));
}
