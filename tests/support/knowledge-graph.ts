/**
 * The knowledge graph computed straight from the content files, independently of the site's
 * code: what the local graphs and the map must show.
 */
import { readArticles, readEntries, referencedIds } from './content.ts';

const FIELDS = {
  book: 'books',
  organisation: 'organisations',
  books: 'books',
  organisations: 'organisations',
  people: 'people',
  concepts: 'concepts',
  theses: 'theses',
};

export function sourceGraph(contentDir: string) {
  const theses = readEntries(contentDir, 'theses');
  const ROUTES: Record<string, (id: string) => string> = {
    articles: (id) => `/artikelen/${id}/`,
    books: (id) => `/boeken/${id}/`,
    people: (id) => `/personen/${id}/`,
    organisations: (id) => `/organisaties/${id}/`,
    concepts: (id) => `/begrippen/${id}/`,
    theses: (id) => `/theses/${String(theses.get(id)!.number)}/`,
  };
  /** Neighbour keys ("people/doc-searls") per key. */
  const neighbours = new Map<string, Set<string>>();
  const node = (key: string) => neighbours.get(key) ?? neighbours.set(key, new Set()).get(key)!;
  const link = (a: string, b: string) => {
    node(a).add(b);
    node(b).add(a);
  };
  for (const folder of ['books', 'people', 'organisations', 'concepts', 'theses'])
    for (const id of readEntries(contentDir, folder).keys()) node(`${folder}/${id}`);
  for (const [id, book] of readEntries(contentDir, 'books')) for (const author of book.authors as string[]) link(`books/${id}`, `people/${author}`);
  for (const [id, person] of readEntries(contentDir, 'people'))
    for (const org of (person.organisations as string[] | undefined) ?? []) link(`people/${id}`, `organisations/${org}`);
  for (const [id, concept] of readEntries(contentDir, 'concepts'))
    for (const other of (concept.related as string[] | undefined) ?? []) link(`concepts/${id}`, `concepts/${other}`);
  for (const [id, thesis] of theses) link(`theses/${id}`, `books/${String(thesis.source)}`);
  for (const article of readArticles(contentDir).filter((a) => a.published)) {
    node(`articles/${article.slug}`);
    for (const [field, folder] of Object.entries(FIELDS)) for (const id of referencedIds(article, field)) link(`articles/${article.slug}`, `${folder}/${id}`);
  }
  /** The route of a key. */
  const routeOf = (key: string) => {
    const [folder, id] = key.split('/') as [string, string];
    return ROUTES[folder]!(id);
  };
  return { neighbours, ROUTES, routeOf };
}
