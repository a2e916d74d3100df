/**
 * Loaded only after the reader asked for comments: registers <gesprek-giscus> (giscus's widget,
 * bundled from the giscus package, no script from another origin) and keeps its theme in step
 * with ours.
 */
import { GiscusWidget } from 'giscus';
import { ui } from '../../i18n/nl.ts';

/** giscus names its iframe "Comments"; screen readers here should hear Dutch. */
class DutchGiscusWidget extends GiscusWidget {
  override firstUpdated() {
    super.firstUpdated();
    this.iframeRef?.setAttribute('title', ui.comments.frameTitle);
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
document.addEventListener('themechange', () => {
  for (const widget of document.querySelectorAll('gesprek-giscus')) syncTheme(widget);
});
