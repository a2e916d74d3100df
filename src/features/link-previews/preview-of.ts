/** What a link previews, built into the preview files at build time (not shipped to the browser). */
import { ui } from '../../i18n/nl.ts';
import type { ArticleType } from '../../lib/article-types.ts';
import { formatDate } from '../../lib/dates.ts';
import type { GraphNode } from '../../lib/knowledge-graph.ts';
import type { VerdictStatus } from '../../lib/positions.ts';
import type { Preview } from './buckets.ts';

/** What a link to `node` previews; `verdictOf` gives a thesis's verdict by its graph key. */
export function previewOf(node: GraphNode, verdictOf: (key: string) => VerdictStatus | undefined): Preview {
  const kind = ui.graph.kinds[node.kind];
  if (node.kind === 'article')
    return { kind: `${kind} · ${ui.types[node.type as ArticleType].label}`, title: node.title, meta: formatDate(node.date!), text: node.description };
  const verdict = node.kind === 'thesis' ? verdictOf(node.key) : undefined;
  return { kind, title: node.title, meta: verdict && ui.entities.verdicts[verdict], text: node.description };
}
