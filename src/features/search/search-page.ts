/**
 * /zoeken/ only, inlined in <head> (src/pages/zoeken.astro). The search module waits in its
 * template until the reader types, picks a filter or the order, or arrives with ?q=. Until it
 * runs, chips toggle here; it then reads from the page what was typed and pressed.
 */
import { SEARCH_ELEMENT, TEMPLATE } from '../contract.ts';

const load = () => {
  const template = document.getElementById(TEMPLATE.searchPage);
  if (template instanceof HTMLTemplateElement) template.replaceWith(document.importNode(template.content, true));
};
const inSearch = (event: Event) => event.target instanceof Element && event.target.closest(`${SEARCH_ELEMENT}[mode="page"]`);
for (const type of ['input', 'change']) document.addEventListener(type, (event) => inSearch(event) && load());
document.addEventListener('click', (event) => {
  const chip = inSearch(event) && (event.target as Element).closest('button[data-filter]');
  if (!chip || customElements.get(SEARCH_ELEMENT)) return;
  chip.setAttribute('aria-pressed', String(chip.getAttribute('aria-pressed') !== 'true'));
  load();
});
if (new URLSearchParams(location.search).get('q')) addEventListener('DOMContentLoaded', load);
