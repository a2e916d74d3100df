/**
 * Loaded only after the reader asked for comments: registers <giscus-widget> (bundled from
 * the giscus package, no script from another origin) and keeps its theme in step with ours.
 */
import 'giscus';

function syncTheme(widget: Element) {
  const theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
  const url = (widget as HTMLElement).dataset[`theme${theme === 'dark' ? 'Dark' : 'Light'}`];
  if (url && widget.getAttribute('theme') !== url) widget.setAttribute('theme', url);
}

for (const widget of document.querySelectorAll('giscus-widget')) syncTheme(widget);
// giscus passes a changed attribute on to its iframe with postMessage (setConfig).
document.addEventListener('themechange', () => {
  for (const widget of document.querySelectorAll('giscus-widget')) syncTheme(widget);
});
