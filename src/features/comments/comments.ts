/**
 * Loaded only after the reader asked for comments: registers <gesprek-giscus> (giscus's widget,
 * bundled from the giscus package, no script from another origin), keeps its theme in step
 * with ours, and remembers or forgets the reader's consent.
 */
import { GiscusWidget } from 'giscus';
import { comments } from '../../i18n/nl.ts';
import { STORAGE, THEME_CHANGE } from '../contract.ts';
import { store, stored } from '../storage.ts';

/** giscus names its iframe "Comments"; screen readers here should hear Dutch. */
class DutchGiscusWidget extends GiscusWidget {
  override firstUpdated() {
    super.firstUpdated();
    this.iframeRef?.setAttribute('title', comments.frameTitle);
  }
}
customElements.define('gesprek-giscus', DutchGiscusWidget);

function syncTheme(widget: Element) {
  const theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
  const url = (widget as HTMLElement).dataset[`theme${theme === 'dark' ? 'Dark' : 'Light'}`];
  if (url && widget.getAttribute('theme') !== url) widget.setAttribute('theme', url);
}

for (const widget of document.querySelectorAll('gesprek-giscus')) syncTheme(widget);
// giscus passes a changed attribute on to its iframe with postMessage (setConfig).
document.addEventListener(THEME_CHANGE, () => {
  for (const widget of document.querySelectorAll('gesprek-giscus')) syncTheme(widget);
});

// The boot script showed the comments on a click or a remembered consent; from here on this
// module keeps the reader's choice: remembered when they ticked the box, revocable while it is.
function consented(section: Element) {
  if (section.querySelector<HTMLInputElement>('[data-comments-remember]')?.checked) store(STORAGE.commentsConsent, 'yes');
  section.querySelector<HTMLElement>('[data-comments-revoke]')!.hidden = stored(STORAGE.commentsConsent) !== 'yes';
}
for (const section of document.querySelectorAll('[data-comments]')) {
  if (section.querySelector('[data-comments-host]')?.childElementCount) consented(section);
}
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const section = target?.closest('[data-comments]');
  if (!section) return;
  if (target!.closest('[data-comments-show]')) consented(section);
  else if (target!.closest('[data-comments-forget]')) {
    store(STORAGE.commentsConsent, null);
    section.querySelector('[data-comments-host]')!.replaceChildren();
    section.querySelector<HTMLElement>('[data-comments-revoke]')!.hidden = true;
    section.querySelector<HTMLElement>('[data-comments-consent]')!.hidden = false;
  }
});
