import { describe, expect, it } from 'vitest';
import { inBatches } from '../../src/build/in-batches.ts';

describe('inBatches', () => {
  it('runs every task, at most `size` at once, and keeps the order of the items', async () => {
    let running = 0;
    let most = 0;
    const items = Array.from({ length: 23 }, (_, index) => index);
    const results = await inBatches(items, 5, async (item) => {
      most = Math.max(most, ++running);
      // Later items finish first: the results still come in the items' order.
      await new Promise((resolve) => setTimeout(resolve, 10 - (item % 5) * 2));
      running--;
      return item * 2;
    });
    expect(results).toEqual(items.map((item) => item * 2));
    expect(most).toBe(5);
  });

  it('rejects with the first failure', async () => {
    await expect(inBatches([1, 2, 3], 2, async (item) => (item === 2 ? Promise.reject(new Error('twee')) : item))).rejects.toThrow('twee');
  });
});
