/** Archived comments as a thread: replies under the comment they answer, oldest first. */

export interface ThreadComment {
  id: string;
  parent?: string | undefined;
  date: Date;
}

export interface ThreadNode<T extends ThreadComment> {
  comment: T;
  replies: ThreadNode<T>[];
}

/** Ids in numeric order ("9" before "10"). One collator: localeCompare with options builds one per call. */
const byId = new Intl.Collator('en', { numeric: true });

/**
 * Builds the tree; a reply whose parent is not in the archive (removed by hand, or never
 * approved) stands at the top level rather than disappearing. Cycles cannot occur: a comment
 * is placed under its parent only when the parent is not one of its own descendants.
 */
export function commentThread<T extends ThreadComment>(comments: readonly T[]): ThreadNode<T>[] {
  const nodes = new Map(comments.map((comment) => [comment.id, { comment, replies: [] as ThreadNode<T>[] }]));
  const roots: ThreadNode<T>[] = [];
  const descends = (node: ThreadNode<T>, from: ThreadNode<T>): boolean => node === from || from.replies.some((reply) => descends(node, reply));
  const byDate = (a: ThreadNode<T>, b: ThreadNode<T>) => a.comment.date.getTime() - b.comment.date.getTime() || byId.compare(a.comment.id, b.comment.id);
  for (const node of [...nodes.values()].sort(byDate)) {
    const parent = node.comment.parent ? nodes.get(node.comment.parent) : undefined;
    if (parent && !descends(parent, node)) parent.replies.push(node);
    else roots.push(node);
  }
  return roots;
}
