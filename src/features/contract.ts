/**
 * The names the inline boot script (src/features/boot/) and the feature modules it loads must
 * agree on: template ids, the hand-over to the link-preview module, events, storage keys and the
 * search highlight parameter. Markup, boot script and modules import them from here, so none is
 * retyped by hand.
 */

/** Inert templates the boot script clones into the page on first use. */
export const TEMPLATE = {
  searchDialog: 'search-template',
  searchPage: 'search-page-script',
  linkPreviews: 'link-preview-template',
  mapScript: 'map-script',
} as const;

/** Fired on document when the theme changes; detail is "light" or "dark". */
export const THEME_CHANGE = 'themechange';

/** localStorage keys. */
export const STORAGE = { theme: 'theme', commentsConsent: 'comments-consent' } as const;

/** The query parameter that carries search terms to the result page, which marks them. */
export const HIGHLIGHT_PARAM = 'markeer';

/** The custom element of search, as page and as dialog. */
export const SEARCH_ELEMENT = 'gesprek-search';

/** What the boot script leaves for the link-preview module: the link that woke it, and how. */
export interface PreviewHandOver {
  link: HTMLAnchorElement;
  source: 'pointer' | 'focus';
  /** Whether the last focus came from a tap, which previews ignore; only the boot script tracks it. */
  touched: () => boolean;
}

declare global {
  interface Window {
    gesprekPreview?: PreviewHandOver;
  }
}
