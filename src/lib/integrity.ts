import { contentNl } from '../i18n/authoring.nl.ts';

/** A content entry as far as reference checking cares. */
export interface CheckedEntry {
  collection: string;
  id: string;
  /** Project-relative path, for messages. */
  filePath?: string | undefined;
  data: unknown;
}

export interface DanglingReference {
  from: { collection: string; id: string; filePath?: string | undefined; field: string };
  to: { collection: string; id: string };
}

function isReference(value: unknown): value is { collection: string; id: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    typeof (value as { collection?: unknown }).collection === 'string' &&
    typeof (value as { id?: unknown }).id === 'string'
  );
}

/**
 * Astro's `reference()` checks the shape of a reference but not that its target exists.
 * This walks every entry's data and returns each reference whose target is missing, with
 * the field path, so the build can name both ends.
 */
export function findDanglingReferences(entries: readonly CheckedEntry[], known: ReadonlyMap<string, ReadonlySet<string>>): DanglingReference[] {
  const dangling: DanglingReference[] = [];
  const walk = (entry: CheckedEntry, value: unknown, field: string) => {
    if (isReference(value)) {
      if (!known.get(value.collection)?.has(value.id)) {
        dangling.push({
          from: { collection: entry.collection, id: entry.id, filePath: entry.filePath, field },
          to: { collection: value.collection, id: value.id },
        });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(entry, item, `${field}[${index}]`));
    } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      for (const [key, child] of Object.entries(value)) walk(entry, child, field ? `${field}.${key}` : key);
    }
  };
  for (const entry of entries) walk(entry, entry.data, '');
  return dangling;
}

export function formatDanglingReferences(dangling: readonly DanglingReference[]): string {
  const lines = dangling.map(({ from, to }) => {
    const source = from.filePath ?? `${from.collection}/${from.id}`;
    return contentNl.danglingReference(source, from.field, to.collection, to.id);
  });
  return `${contentNl.dangling(dangling.length)}\n${lines.join('\n')}`;
}
