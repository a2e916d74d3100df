/**
 * The inline script in every page's <head> (BootScript.astro bundles and minifies it): only what
 * must be in place before the reader's first interaction. Before first paint it applies the
 * theme, so the page never flashes the wrong one. Then delegated listeners answer the first
 * click, key, hover or focus: the theme toggle, Escape for term definitions, opening search,
 * consent to comments and the first hover over a link with a preview. Everything else loads
 * from the feature's own module at that moment, never before.
 */
import { HIGHLIGHT_PARAM, SEARCH_ELEMENT, STORAGE, TEMPLATE, THEME_CHANGE } from '../contract.ts';
import { store, stored } from '../storage.ts';

/** The site's base path, ending in "/": bound by BootScript.astro. */
declare const base: string;

interface SearchElement extends HTMLElement {
  opened(opener: Element | null): void;
}

const root = document.documentElement;
const on = document.addEventListener.bind(document);
const media = matchMedia('(prefers-color-scheme: dark)');
const closest = (event: Event, selector: string) => (event.target instanceof Element ? event.target.closest(selector) : null);
/** Clones an inert template's content to the end of `host` (the body by default). */
const clone = (template: Element | null, host: Element = document.body) =>
  template instanceof HTMLTemplateElement && host.append(document.importNode(template.content, true));

// Theme: the stored choice, else the system's.
const apply = (pref: string | null) => {
  const mode = pref === 'light' || pref === 'dark' ? pref : 'system';
  const theme = mode === 'system' ? (media.matches ? 'dark' : 'light') : mode;
  root.dataset.themePref = mode;
  if (root.dataset.theme === theme) return;
  root.dataset.theme = theme;
  document.dispatchEvent(new CustomEvent(THEME_CHANGE, { detail: theme }));
};
apply(stored(STORAGE.theme));
media.addEventListener('change', () => apply(stored(STORAGE.theme)));
on('click', (event) => {
  if (!closest(event, '[data-theme-toggle]')) return;
  const order = ['system', 'light', 'dark'];
  const next = order[(order.indexOf(root.dataset.themePref!) + 1) % 3]!;
  store(STORAGE.theme, next === 'system' ? null : next);
  apply(next);
});

// Escape hides an open term definition (WCAG 1.4.13); it may show again once the pointer or
// focus moves on. Tab stays inside an open modal dialog, from the moment it opens.
on('keydown', (event) => {
  if (event.key === 'Escape') root.dataset.tipsDismissed = '';
  const dialog = event.key === 'Tab' && document.querySelector('dialog:modal');
  if (!dialog) return;
  const focusable = [...dialog.querySelectorAll<HTMLElement>('a[href],button,input,select')].filter((node) => !node.closest('[hidden]'));
  const edge = focusable.at(event.shiftKey ? 0 : -1);
  if (document.activeElement !== edge) return;
  event.preventDefault();
  focusable.at(event.shiftKey ? -1 : 0)?.focus();
});
const clearTips = () => delete root.dataset.tipsDismissed;
on('focusin', clearTips);
on('mouseout', clearTips);

// Search: the page's own search box, or the dialog kept in its template. The dialog opens and
// takes focus here, at once, so keys typed while its module loads land in the field; the
// module then searches for whatever is there.
const openSearch = (opener: Element | null) => {
  const inPage = document.querySelector<HTMLInputElement>(`${SEARCH_ELEMENT}[mode="page"] input`);
  if (inPage) return inPage.focus();
  const find = () => document.querySelector<SearchElement>(`${SEARCH_ELEMENT}[mode="dialog"]`);
  if (!find()) clone(document.getElementById(TEMPLATE.searchDialog));
  const search = find();
  const dialog = search?.querySelector('dialog');
  if (!dialog || dialog.open) return;
  dialog.showModal();
  const input = dialog.querySelector('input')!;
  input.focus();
  input.select();
  customElements.whenDefined(SEARCH_ELEMENT).then(() => search!.opened(opener));
};
on('click', (event) => {
  if (!closest(event, '[data-search-open]') || event.ctrlKey || event.metaKey || event.shiftKey || event.button) return;
  event.preventDefault();
  openSearch(closest(event, '[data-search-open]'));
});
on('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  if (!slash && !(event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) return;
  event.preventDefault();
  openSearch(document.activeElement);
});

// Comments: giscus loads only on the reader's click, or on every visit once they chose so. Its
// module (src/features/comments/comments.ts) handles remembering and revoking that choice.
const showComments = (section: Element) => {
  const host = section.querySelector('[data-comments-host]')!;
  if (host.childElementCount) return;
  clone(section.querySelector('template[data-comments-template]'), host);
  section.querySelector<HTMLElement>('[data-comments-consent]')!.hidden = true;
};
on('click', (event) => {
  const section = closest(event, '[data-comments-show]')?.closest('[data-comments]');
  if (section) showComments(section);
});
if (stored(STORAGE.commentsConsent)) addEventListener('DOMContentLoaded', () => document.querySelectorAll('[data-comments]').forEach(showComments));

// Link previews: their module loads on the first pointer or focus on an internal link in
// [data-link-previews], never before; touch just follows links. A tap also focuses the link:
// that focus is the touch's, not the keyboard's.
let touched = false;
on('pointerdown', (event) => (touched = event.pointerType === 'touch'), true);
on('keydown', () => (touched = false), true);
const loadPreviews = (event: Event) => {
  const focus = event.type === 'focusin';
  const link = !(focus ? touched : (event as PointerEvent).pointerType === 'touch') && closest(event, '[data-link-previews] a[href]');
  const template = document.getElementById(TEMPLATE.linkPreviews);
  if (!(link instanceof HTMLAnchorElement) || !template || link.origin !== location.origin || link.closest('.term')) return;
  document.removeEventListener('pointerover', loadPreviews);
  document.removeEventListener('focusin', loadPreviews);
  window.gesprekPreview = { link, source: focus ? 'focus' : 'pointer', touched: () => touched };
  clone(template);
};
on('pointerover', loadPreviews);
on('focusin', loadPreviews);

// Arriving from a search result: mark the search terms on the page.
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  addEventListener('DOMContentLoaded', () =>
    import(`${base}pagefind/pagefind-highlight.js`).then(
      () =>
        new (window as unknown as { PagefindHighlight: new (options: object) => unknown }).PagefindHighlight({
          highlightParam: HIGHLIGHT_PARAM,
          addStyles: false,
        }),
    ),
  );
}
