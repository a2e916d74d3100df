/* global base */
// The inline script in every page's <head>: BootScript.astro inlines it minified, inside a
// function that binds `base` (the site's base path, ending in "/").
// Runs before first paint so the page never flashes the wrong theme. It also handles the
// toggle, the Escape key for term definitions, search and comments through delegated
// listeners, so reading needs no other script; search code loads when search is opened.
const root = document.documentElement;
const media = matchMedia('(prefers-color-scheme: dark)');
// localStorage throws where storage is blocked; the site then just does not remember.
const stored = (key) => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const store = (key, value) => {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage is blocked: the choice holds for this page only.
  }
};
const read = () => stored('theme');
const apply = (pref) => {
  const mode = pref === 'light' || pref === 'dark' ? pref : 'system';
  const theme = mode === 'system' ? (media.matches ? 'dark' : 'light') : mode;
  root.dataset.themePref = mode;
  if (root.dataset.theme === theme) return;
  root.dataset.theme = theme;
  document.dispatchEvent(new CustomEvent('themechange', { detail: theme }));
};
apply(read());
media.addEventListener('change', () => apply(read()));
document.addEventListener('click', (event) => {
  if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
  const order = ['system', 'light', 'dark'];
  const next = order[(order.indexOf(root.dataset.themePref) + 1) % order.length];
  store('theme', next === 'system' ? null : next);
  apply(next);
});
// Escape hides an open term definition (WCAG 1.4.13); it may show again once the
// pointer or focus moves on.
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') root.dataset.tipsDismissed = '';
});
const clearTips = () => delete root.dataset.tipsDismissed;
document.addEventListener('focusin', clearTips);
document.addEventListener('mouseout', clearTips);

// Search: the page's own search box, or the dialog kept in <template id="search-template">.
// The dialog opens and takes focus here, at once, so keys typed while its module is still
// loading land in the field; the module then searches for whatever is there.
const openSearch = (opener) => {
  const inPage = document.querySelector('gesprek-search[mode="page"] input');
  if (inPage) return inPage.focus();
  const template = document.getElementById('search-template');
  if (!document.querySelector('gesprek-search[mode="dialog"]') && template) {
    document.body.append(document.importNode(template.content, true));
  }
  const search = document.querySelector('gesprek-search[mode="dialog"]');
  const dialog = search?.querySelector('dialog');
  if (!dialog || dialog.open) return;
  dialog.showModal();
  const input = dialog.querySelector('input');
  input.focus();
  input.select();
  customElements.whenDefined('gesprek-search').then(() => search.opened(opener));
};
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element && event.target.closest('[data-search-open]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  openSearch(link);
});
document.addEventListener('keydown', (event) => {
  const target = event.target;
  const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (!slash && !commandK) return;
  event.preventDefault();
  openSearch(document.activeElement);
});
// Comments: giscus loads only on the reader's click, or on every visit once they chose so.
const showComments = (section) => {
  const template = section.querySelector('template[data-comments-template]');
  const host = section.querySelector('[data-comments-host]');
  if (!template || !host || host.childElementCount > 0) return;
  host.append(document.importNode(template.content, true));
  section.querySelector('[data-comments-consent]').hidden = true;
};
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const section = target && target.closest('[data-comments]');
  if (!section) return;
  if (target.closest('[data-comments-show]')) {
    if (section.querySelector('[data-comments-remember]')?.checked) {
      store('comments-consent', 'yes');
      section.querySelector('[data-comments-revoke]').hidden = false;
    }
    showComments(section);
  } else if (target.closest('[data-comments-forget]')) {
    store('comments-consent', null);
    section.querySelector('[data-comments-host]').replaceChildren();
    section.querySelector('[data-comments-revoke]').hidden = true;
    section.querySelector('[data-comments-consent]').hidden = false;
  }
});
if (stored('comments-consent') === 'yes') {
  addEventListener('DOMContentLoaded', () => {
    for (const section of document.querySelectorAll('[data-comments]')) {
      section.querySelector('[data-comments-revoke]').hidden = false;
      showComments(section);
    }
  });
}

// Link previews: their module loads on the first pointer or focus on an internal link in
// [data-link-previews] (src/features/link-previews/link-previews.ts), never before; touch just follows links.
// A tap also focuses the link: that focus is the touch's, not the keyboard's.
let touched = false;
document.addEventListener('pointerdown', (event) => (touched = event.pointerType === 'touch'), true);
document.addEventListener('keydown', () => (touched = false), true);
const loadPreviews = (event) => {
  const byTouch = event.type === 'focusin' ? touched : event.pointerType === 'touch';
  const link = !byTouch && event.target instanceof Element && event.target.closest('[data-link-previews] a[href]');
  const template = document.getElementById('link-preview-template');
  if (!link || !template || link.origin !== location.origin || link.closest('.term')) return;
  document.removeEventListener('pointerover', loadPreviews);
  document.removeEventListener('focusin', loadPreviews);
  // The module keeps asking this script whether a focus came from a tap.
  window.gesprekPreview = { link, source: event.type === 'focusin' ? 'focus' : 'pointer', touched: () => touched };
  document.body.append(document.importNode(template.content, true));
};
document.addEventListener('pointerover', loadPreviews);
document.addEventListener('focusin', loadPreviews);

// Arriving from a search result: mark the search terms on the page.
if (new URLSearchParams(location.search).has('markeer')) {
  addEventListener('DOMContentLoaded', () => {
    import(`${base}pagefind/pagefind-highlight.js`).then(() => new window.PagefindHighlight({ highlightParam: 'markeer', addStyles: false }));
  });
}
