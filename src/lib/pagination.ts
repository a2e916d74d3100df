export interface Page<T> {
  items: T[];
  /** 1-based. */
  current: number;
  total: number;
  prev?: number;
  next?: number;
}

/** Splits a list into pages; an empty list still gives one (empty) page. */
export function paginate<T>(items: readonly T[], pageSize: number): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  const total = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: total }, (_, index) => {
    const current = index + 1;
    return {
      items: items.slice(index * pageSize, current * pageSize),
      current,
      total,
      prev: current > 1 ? current - 1 : undefined,
      next: current < total ? current + 1 : undefined,
    };
  });
}

/** The `[...page]` route parameter for a page: undefined for the first, "pagina/N" after. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `pagina/${page}`;
}
