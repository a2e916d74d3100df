/**
 * /kaart/ only, inlined in <head> (src/pages/kaart/index.astro). The map's module waits in its
 * template until the page is parsed, then runs as a script of its own. Loaded by the page, it
 * would run in the task that ends parsing, and the two together make one long task on a slow
 * phone.
 */
import { TEMPLATE } from '../contract.ts';

addEventListener('DOMContentLoaded', () => {
  const template = document.getElementById(TEMPLATE.mapScript);
  if (template instanceof HTMLTemplateElement) template.replaceWith(document.importNode(template.content, true));
});
