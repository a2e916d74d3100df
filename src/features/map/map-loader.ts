/**
 * /kaart/ only, inlined in <head> (src/pages/kaart/index.astro). The map's module waits in its
 * template until the page is parsed and has painted, then runs as a script of its own.
 * - Parsed: loaded by the page, the module would run in the task that ends parsing, and the two
 *   together make one long task on a slow phone.
 * - Painted: until the page's text is on screen, the module, the graph and the painter's thread
 *   would compete with it for the network and the cores.
 */
import { TEMPLATE } from '../contract.ts';

const parsed = new Promise((resolve) => addEventListener('DOMContentLoaded', resolve, { once: true }));
const painted = new Promise((resolve) => {
  // A browser without paint timing starts the map once the page has loaded.
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return addEventListener('load', resolve, { once: true });
  new PerformanceObserver((entries, observer) => {
    if (!entries.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    resolve(undefined);
  }).observe({ type: 'paint', buffered: true });
});

void Promise.all([parsed, painted]).then(() => {
  const template = document.getElementById(TEMPLATE.mapScript);
  if (template instanceof HTMLTemplateElement) template.replaceWith(document.importNode(template.content, true));
});
