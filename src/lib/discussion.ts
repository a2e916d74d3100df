/**
 * The giscus discussion term of a knowledge entry: its kind and id, so it never collides
 * with an article's slug and stays the same when the site moves.
 */
export function discussionTerm(entity: { collection: string; id: string }): string {
  return `${entity.collection}:${entity.id}`;
}
