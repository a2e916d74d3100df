/**
 * The knowledge graph: every visible article and knowledge entry as a node, every reference
 * between them as an undirected edge. Built once per build from the catalog's published
 * articles, so drafts never become nodes. Local graphs, link previews, the map and the
 * articles' structured data all read it.
 */
import { entityKey } from './backlinks.ts';
import { routes } from './paths.ts';
import type { ThesisReference } from './positions.ts';

export const NODE_KINDS = ['article', 'book', 'person', 'organisation', 'concept', 'thesis'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export interface GraphNode {
  /** `articles/<slug>`, `books/<id>`, ...: the same key as `entityKey()`. */
  key: string;
  kind: NodeKind;
  title: string;
  /** Root-relative route of the node's page. */
  path: string;
  /** An article's description, an entry's description, a concept's definition, a thesis's summary. */
  description: string;
  /** Articles only: the publication date. */
  date?: Date | undefined;
  /** Articles only: review, thesis, case-study, opinion. */
  type?: string | undefined;
  /** Other names the node goes by (entries only). */
  aliases: readonly string[];
}

export interface KnowledgeGraph {
  nodes: Map<string, GraphNode>;
  /** Neighbour keys per node, in insertion order: entries first as they were referenced. */
  edges: Map<string, Set<string>>;
}

interface Ref {
  collection: string;
  id: string;
}
interface Entry<D> {
  id: string;
  data: D;
}

export interface GraphInput {
  /** Visible articles, newest first. */
  articles: readonly Entry<{
    title: string;
    description: string;
    pubDate: Date;
    type: string;
    book?: Ref | undefined;
    organisation?: Ref | undefined;
    books: readonly Ref[];
    organisations: readonly Ref[];
    people: readonly Ref[];
    concepts: readonly Ref[];
    theses: readonly ThesisReference[];
  }>[];
  books: Iterable<Entry<{ title: string; description: string; aliases: readonly string[]; authors: readonly Ref[] }>>;
  people: Iterable<Entry<{ name: string; description: string; aliases: readonly string[]; organisations: readonly Ref[] }>>;
  organisations: Iterable<Entry<{ name: string; description: string; aliases: readonly string[] }>>;
  concepts: Iterable<Entry<{ term: string; definition: string; aliases: readonly string[]; related: readonly Ref[] }>>;
  theses: Iterable<Entry<{ number: number; summary: string; aliases: readonly string[]; source: Ref }>>;
  /** "These 12": a thesis's title. */
  thesisTitle: (number: number) => string;
}

/** The references an article makes, as keys: what it is about first, then what it mentions. */
export function articleReferenceKeys(data: GraphInput['articles'][number]['data']): string[] {
  const refs = [data.book, data.organisation, ...data.theses.map((ref) => ref.thesis), ...data.books, ...data.organisations, ...data.people, ...data.concepts];
  return [...new Set(refs.filter((ref): ref is Ref => ref !== undefined).map((ref) => entityKey(ref.collection, ref.id)))];
}

export function buildKnowledgeGraph(input: GraphInput): KnowledgeGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, Set<string>>();
  const add = (node: GraphNode) => {
    nodes.set(node.key, node);
    edges.set(node.key, new Set());
  };
  const link = (a: string, b: string) => {
    if (a === b || !nodes.has(a) || !nodes.has(b)) return;
    edges.get(a)!.add(b);
    edges.get(b)!.add(a);
  };
  const entry = (collection: string, kind: NodeKind, id: string, title: string, path: string, description: string, aliases: readonly string[]) =>
    add({ key: entityKey(collection, id), kind, title, path, description, aliases });

  for (const { id, data } of input.books) entry('books', 'book', id, data.title, routes.book(id), data.description, data.aliases);
  for (const { id, data } of input.people) entry('people', 'person', id, data.name, routes.person(id), data.description, data.aliases);
  for (const { id, data } of input.organisations)
    entry('organisations', 'organisation', id, data.name, routes.organisation(id), data.description, data.aliases);
  for (const { id, data } of input.concepts) entry('concepts', 'concept', id, data.term, routes.concept(id), data.definition, data.aliases);
  for (const { id, data } of input.theses) {
    entry('theses', 'thesis', id, input.thesisTitle(data.number), routes.thesis(data.number), data.summary, data.aliases);
  }
  for (const { id, data } of input.articles) {
    add({
      key: entityKey('articles', id),
      kind: 'article',
      title: data.title,
      path: routes.article(id),
      description: data.description,
      date: data.pubDate,
      type: data.type,
      aliases: [],
    });
  }

  for (const { id, data } of input.books) for (const author of data.authors) link(entityKey('books', id), entityKey('people', author.id));
  for (const { id, data } of input.people) for (const org of data.organisations) link(entityKey('people', id), entityKey('organisations', org.id));
  for (const { id, data } of input.concepts) for (const other of data.related) link(entityKey('concepts', id), entityKey('concepts', other.id));
  for (const { id, data } of input.theses) link(entityKey('theses', id), entityKey('books', data.source.id));
  for (const { id, data } of input.articles) for (const key of articleReferenceKeys(data)) link(entityKey('articles', id), key);
  return { nodes, edges };
}

const collator = new Intl.Collator('nl', { numeric: true });

/** Entries before articles, entries by kind then title, articles newest first. */
function neighbourOrder(graph: KnowledgeGraph): (a: string, b: string) => number {
  const rank = (node: GraphNode) => NODE_KINDS.indexOf(node.kind) || NODE_KINDS.length;
  return (a, b) => {
    const x = graph.nodes.get(a)!;
    const y = graph.nodes.get(b)!;
    if (x.kind === 'article' && y.kind === 'article') return y.date!.getTime() - x.date!.getTime() || collator.compare(x.key, y.key);
    return rank(x) - rank(y) || collator.compare(x.title, y.title);
  };
}

export interface Neighbourhood {
  centre: GraphNode;
  /** The nodes around the centre, one or two hops away, capped; `hop` says how far. */
  nodes: (GraphNode & { hop: 1 | 2; via?: string | undefined })[];
  /** Edges among the centre and its shown nodes, each pair once, as [key, key]. */
  edges: [string, string][];
  /** Neighbours left out by the cap. */
  hidden: number;
}

/**
 * A node's neighbourhood: everything one hop away, and for an entry with fewer than
 * `fewLinks` neighbours also what those neighbours link to. At most `limit` nodes, chosen
 * in a fixed order (entries, then the newest articles), so the same content always gives
 * the same neighbourhood. Cost follows the number of edges visited, not the graph's size.
 */
export function neighbourhood(graph: KnowledgeGraph, key: string, { limit = 24, fewLinks = 4 } = {}): Neighbourhood {
  const centre = graph.nodes.get(key);
  if (!centre) throw new Error(`No node "${key}" in the knowledge graph`);
  const order = neighbourOrder(graph);
  const first = [...graph.edges.get(key)!].sort(order);
  const chosen = new Map<string, { hop: 1 | 2; via?: string }>(first.slice(0, limit).map((neighbour) => [neighbour, { hop: 1 }]));
  let hidden = Math.max(0, first.length - limit);
  if (centre.kind !== 'article' && first.length < fewLinks) {
    const second = new Map<string, string>();
    for (const neighbour of first) {
      for (const next of graph.edges.get(neighbour)!) if (next !== key && !chosen.has(next) && !second.has(next)) second.set(next, neighbour);
    }
    const ordered = [...second.keys()].sort(order);
    const room = Math.max(0, limit - chosen.size);
    for (const next of ordered.slice(0, room)) chosen.set(next, { hop: 2, via: second.get(next)! });
    hidden += Math.max(0, ordered.length - room);
  }
  // Pairs among the shown nodes only: a hub among them must not cost its thousands of edges.
  const shown = [key, ...chosen.keys()];
  const edges: [string, string][] = [];
  for (const [index, a] of shown.entries()) for (const b of shown.slice(index + 1)) if (graph.edges.get(a)!.has(b)) edges.push([a, b]);
  return { centre, nodes: [...chosen].map(([k, place]) => ({ ...graph.nodes.get(k)!, ...place })), edges, hidden };
}

const SCHEMA_TYPES = { article: 'Article', book: 'Book', person: 'Person', organisation: 'Organization', concept: 'DefinedTerm', thesis: 'Claim' } as const;

/**
 * An article's references with their meaning, for its structured data: `about` its book,
 * organisation and theses; `mentions` the people, organisations and concepts; `citation`
 * the books it draws on. `toUrl` turns a route into an absolute URL.
 */
export function articleLinks(graph: KnowledgeGraph, data: GraphInput['articles'][number]['data'], toUrl: (path: string) => string) {
  const things = (refs: readonly (Ref | undefined)[]) =>
    refs
      .filter((ref): ref is Ref => ref !== undefined)
      .map((ref) => graph.nodes.get(entityKey(ref.collection, ref.id))!)
      .map((node) => ({ type: SCHEMA_TYPES[node.kind], name: node.title, url: toUrl(node.path) }));
  return {
    about: things([data.book, data.organisation, ...data.theses.map((ref) => ref.thesis)]),
    mentions: things([...data.people, ...data.organisations, ...data.concepts]),
    citation: things([...(data.book ? [data.book] : []), ...data.books]),
  };
}
