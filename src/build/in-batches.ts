/**
 * `task` over every item, `size` at a time, results in order: file work overlaps on libuv's
 * threads without holding thousands of files open at once.
 */
export async function inBatches<Item, Result>(items: readonly Item[], size: number, task: (item: Item) => Promise<Result>): Promise<Result[]> {
  const results: Result[] = [];
  for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(task))));
  return results;
}
