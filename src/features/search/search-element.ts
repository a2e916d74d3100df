/**
 * <gesprek-search>: the search UI, as a page (/zoeken/) or a modal dialog. Built on
 * Pagefind's JS API, which (with the index) is fetched only when search is first used: the
 * page comes with its filter chips rendered at build time, the dialog draws them after its
 * first results.
 *
 * This module itself also loads on first use (search-page.ts on the page, the boot script for the dialog). On the page, whatever the
 * reader did before that is in the DOM: the typed query, chips pressed, the sort order.
 */
import { search as t } from '../../i18n/nl.ts';
import { HIGHLIGHT_PARAM, SEARCH_ELEMENT } from '../contract.ts';
import { facetGroups, type FacetCounts } from './facets.ts';
import { highlightTerms, pagefindQuery } from './query.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: FacetCounts;
  totalFilters: FacetCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<FacetCounts>;
}

const MAX_RESULTS = 20;
/**
 * Results drawn as soon as their excerpts are in, about what the dialog shows at first; the
 * others' excerpts are fetched after, so the first results wait for five files, not twenty.
 */
const FIRST_RESULTS = 5;
/**
 * How long typing pauses before a search. Pagefind's own debouncedSearch is not used: it fetches
 * the index chunks of every prefix typed on the way (g, ge, ges…), each tens of KB on a large site.
 */
const TYPING_PAUSE_MS = 200;

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(base: string): Promise<Pagefind> {
  pagefindPromise ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options({ baseUrl: base, excerptLength: 26 });
    await pagefind.init();
    return pagefind;
  });
  return pagefindPromise;
}

/**
 * Every filter's data (a file per filter, tens of KB on a large site). A search without it
 * still finds the same results but counts no chips, so the dialog loads it after its first
 * results, the page (whose chips are counted from the start) before its first search.
 */
let filtersPromise: Promise<FacetCounts> | undefined;
let filtersLoaded = false;
function loadFilters(pagefind: Pagefind): Promise<FacetCounts> {
  filtersPromise ??= pagefind.filters().then((counts) => ((filtersLoaded = true), counts));
  return filtersPromise;
}

/** Pagefind excerpts are escaped text with <mark> around hits; keep exactly that and nothing else. */
function safeExcerpt(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const element of [...template.content.querySelectorAll('*')]) {
    if (element.tagName !== 'MARK') element.replaceWith(document.createTextNode(element.textContent ?? ''));
  }
  return template.content;
}

/** A result's address with the reader's words to mark on its page. */
function highlighted(url: string, terms: string[]): string {
  const address = new URL(url, location.href);
  for (const term of terms) address.searchParams.append(HIGHLIGHT_PARAM, term);
  return `${address.pathname}${address.search}${address.hash}`;
}

function resultItem(result: PagefindResultData, terms: string[]): HTMLLIElement {
  const meta = [result.meta.type, result.meta.date && new Date(result.meta.date).toLocaleDateString('nl-NL', { dateStyle: 'long', timeZone: 'UTC' })]
    .filter(Boolean)
    .join(' · ');
  const link = element(
    'a',
    { href: highlighted(result.url, terms), className: 'search-result' },
    element('span', { className: 'search-result-title' }, result.meta.title ?? result.url),
  );
  link.dataset.result = '';
  if (meta) link.append(element('span', { className: 'search-result-meta' }, meta));
  link.append(element('span', { className: 'search-result-excerpt' }, safeExcerpt(result.excerpt)));
  return element('li', {}, link);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

class GesprekSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private results!: HTMLOListElement;
  private status!: HTMLElement;
  private filterBox!: HTMLElement;
  private sortSelect!: HTMLSelectElement;
  private dialog: HTMLDialogElement | null = null;
  private opener: Element | null = null;
  private selected = new Map<string, Set<string>>();
  private generation = 0;

  private get base(): string {
    return this.dataset.base ?? '/';
  }
  private get isPage(): boolean {
    return this.getAttribute('mode') === 'page';
  }

  connectedCallback() {
    this.input = this.querySelector('input[type="search"]')!;
    this.results = this.querySelector('[data-results]')!;
    this.status = this.querySelector('[data-status]')!;
    this.filterBox = this.querySelector('[data-filters]')!;
    this.sortSelect = this.querySelector('select[data-sort]')!;
    this.dialog = this.querySelector('dialog');

    this.input.addEventListener('input', () => this.update());
    this.sortSelect.addEventListener('change', () => this.update());
    this.filterBox.addEventListener('click', (event) => {
      const chip = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-filter]') : null;
      if (chip) this.toggleFilter(chip);
    });
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update(true);
    });
    this.addEventListener('keydown', (event) => this.onKeydown(event));
    this.dialog?.addEventListener('close', () => this.onClose());
    this.dialog?.addEventListener('click', (event) => {
      if (event.target === this.dialog) this.dialog?.close(); // a click on the backdrop
    });
    this.querySelector('[data-close]')?.addEventListener('click', () => this.dialog?.close());

    if (this.isPage) {
      this.input.value ||= new URL(location.href).searchParams.get('q') ?? '';
      window.addEventListener('popstate', () => {
        this.input.value = new URL(location.href).searchParams.get('q') ?? '';
        void this.update();
      });
      for (const chip of this.filterBox.querySelectorAll<HTMLElement>('button[aria-pressed="true"]'))
        this.selectedValues(chip.dataset.filter ?? '').add(chip.dataset.value ?? '');
      if (this.input.value || this.selected.size > 0) void this.update(true);
    }
  }

  /**
   * Called once the inline script has opened the dialog (possibly before this module loaded,
   * with keys typed since): searches for what the field holds. Focus goes back to `opener`
   * when the dialog closes.
   */
  opened(opener: Element | null) {
    this.opener = opener;
    if (this.dialog?.open) void this.update();
    else this.onClose(); // closed again before this module arrived
  }

  private onClose() {
    // Keys are handled before the task that fires `close`: the dialog may be open again by now.
    if (this.dialog?.open) return;
    if (this.opener instanceof HTMLElement) this.opener.focus();
    this.opener = null;
  }

  private links(): HTMLAnchorElement[] {
    return [...this.results.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
  }

  private onKeydown(event: KeyboardEvent) {
    const links = this.links();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && links.length > 0) {
      event.preventDefault();
      links[Math.min(index + 1, links.length - 1)]!.focus();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      event.preventDefault();
      if (index === 0) this.input.focus();
      else links[index - 1]!.focus();
    } else if (event.key === 'Enter' && document.activeElement === this.input && links[0]) {
      event.preventDefault();
      links[0].click();
    }
  }

  private filterOptions() {
    const filters: Record<string, { any: string[] }> = {};
    for (const [key, values] of this.selected) if (values.size > 0) filters[key] = { any: [...values] };
    return {
      filters,
      ...(this.sortSelect.value === 'date' ? { sort: { date: 'desc' } } : {}),
    };
  }

  private async update(immediate = false) {
    const generation = ++this.generation;
    const typedAt = performance.now();
    const query = this.input.value.trim();
    if (this.isPage) this.syncUrl(query);
    const hasFilters = [...this.selected.values()].some((values) => values.size > 0);
    if (!query && !hasFilters && !pagefindPromise && this.filterBox.childElementCount > 0) {
      // Nothing to search for, and the chips from the build are still current.
      this.results.replaceChildren();
      this.status.textContent = '';
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind(this.base);
      if (this.isPage) await loadFilters(pagefind);
    } catch {
      this.status.textContent = t.unavailable;
      return;
    }
    if (generation !== this.generation) return; // typed on while Pagefind loaded
    if (!query && !hasFilters) {
      // An empty dialog shows its chips once they are loaded, which its first results start.
      if (filtersLoaded) this.renderFilters(await loadFilters(pagefind), null);
      this.removeAttribute('aria-busy'); // a search typed before the field was emptied
      this.results.replaceChildren();
      this.status.textContent = '';
      return;
    }
    this.setAttribute('aria-busy', 'true');
    if (!immediate) {
      await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS - (performance.now() - typedAt)));
      if (generation !== this.generation) return; // typing went on
    }
    const search = await pagefind.search(pagefindQuery(query) || null, this.filterOptions());
    // A newer keystroke or filter started another search meanwhile.
    if (search === null || generation !== this.generation) return;
    const terms = highlightTerms(query);
    const results = search.results.slice(0, MAX_RESULTS);
    const first = await Promise.all(results.slice(0, FIRST_RESULTS).map((result) => result.data()));
    if (generation !== this.generation) return;
    this.removeAttribute('aria-busy');
    this.renderResults(first, terms);
    this.status.textContent = t.results(search.results.length, query);
    const chipsDrawn = filtersLoaded;
    if (chipsDrawn) this.renderFilters(search.totalFilters, search.filters);
    await new Promise((resolve) => setTimeout(resolve)); // the first results paint before the others are asked for
    if (generation !== this.generation) return;
    const rest = await Promise.all(results.slice(FIRST_RESULTS).map((result) => result.data()));
    if (generation !== this.generation) return;
    this.results.append(...rest.map((result) => resultItem(result, terms))); // appended: a result the reader is on keeps focus
    if (!chipsDrawn) void this.countChipsLater(pagefind, generation);
  }

  /** Once the dialog's results are all in: loads the filter data, then draws the chips counted for the same search. */
  private async countChipsLater(pagefind: Pagefind, generation: number) {
    try {
      await loadFilters(pagefind);
    } catch {
      return; // the results stand; without their data the chips stay away
    }
    if (generation !== this.generation) return; // a newer search draws them
    const search = await pagefind.search(pagefindQuery(this.input.value.trim()) || null, this.filterOptions());
    if (search && generation === this.generation) this.renderFilters(search.totalFilters, search.filters);
  }

  private syncUrl(query: string) {
    const url = new URL(location.href);
    if ((url.searchParams.get('q') ?? '') === query) return;
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  }

  private renderResults(results: PagefindResultData[], terms: string[]) {
    if (results.length === 0) {
      this.results.replaceChildren(element('li', { className: 'search-empty' }, t.empty));
      return;
    }
    this.results.replaceChildren(...results.map((result) => resultItem(result, terms)));
  }

  private selectedValues(filter: string): Set<string> {
    const values = this.selected.get(filter) ?? new Set<string>();
    this.selected.set(filter, values);
    return values;
  }

  private toggleFilter(chip: HTMLButtonElement) {
    const { filter = '', value = '' } = chip.dataset;
    const values = this.selectedValues(filter);
    if (values.has(value)) values.delete(value);
    else values.add(value);
    chip.setAttribute('aria-pressed', String(values.has(value))); // at once, before the results catch up
    void this.update(true);
  }

  /** Chips per filter value, as SearchFilters.astro renders them; counts are what the current query would give with that value. */
  private renderFilters(total: FacetCounts, current: FacetCounts | null) {
    // The chips are drawn anew with each result; focus stays on the chip it was on.
    const focused =
      document.activeElement instanceof HTMLElement && this.filterBox.contains(document.activeElement) ? { ...document.activeElement.dataset } : null;
    const groups = facetGroups(total, current, this.selected).map(({ facet, values }) => {
      const labelId = `${this.id}-filter-${facet}`;
      const group = element(
        'div',
        { className: 'search-filter-group' },
        element('span', { id: labelId, className: 'search-filter-label' }, t.filterGroups[facet]),
      );
      group.setAttribute('role', 'group');
      group.setAttribute('aria-labelledby', labelId);
      for (const { value, count, pressed } of values) {
        const chip = element('button', { type: 'button', className: 'search-chip' }, value, element('span', { className: 'search-chip-count' }, `${count}`));
        chip.setAttribute('aria-pressed', String(pressed));
        chip.dataset.filter = facet;
        chip.dataset.value = value;
        group.append(chip);
      }
      return group;
    });
    this.filterBox.replaceChildren(...groups);
    if (focused)
      this.filterBox
        .querySelector<HTMLElement>(`button[data-filter="${CSS.escape(focused.filter ?? '')}"][data-value="${CSS.escape(focused.value ?? '')}"]`)
        ?.focus();
  }
}

customElements.define(SEARCH_ELEMENT, GesprekSearch);

export type { GesprekSearch };
