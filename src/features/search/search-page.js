// /zoeken/ only, inlined in <head> (see src/pages/zoeken.astro). The search module waits in
// <template id="search-page-script"> until the reader types, picks a filter or the order, or
// arrives with ?q=. Until it runs, chips toggle here; it then reads from the page what was
// typed and pressed.
const load = () => {
  const template = document.getElementById('search-page-script');
  template?.replaceWith(document.importNode(template.content, true));
};
const inSearch = (event) => event.target instanceof Element && event.target.closest('gesprek-search[mode="page"]');
for (const type of ['input', 'change']) document.addEventListener(type, (event) => inSearch(event) && load());
document.addEventListener('click', (event) => {
  const chip = inSearch(event) && event.target.closest('button[data-filter]');
  if (!chip || customElements.get('gesprek-search')) return;
  chip.setAttribute('aria-pressed', String(chip.getAttribute('aria-pressed') !== 'true'));
  load();
});
if (new URLSearchParams(location.search).get('q')) addEventListener('DOMContentLoaded', load);
