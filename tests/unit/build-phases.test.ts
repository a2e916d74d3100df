import { describe, expect, it } from 'vitest';
import { buildPhases, pageType, parseDuration } from '../../scripts/support/build-phases.ts';

// Excerpts of real logs (npm run bench, 1,000 articles): the site's astro build, then the baseline's astro build and Pagefind.
const SITE = `05:49:31 [types] Generated 2.91s
05:49:31 [build] output: "static"
05:49:31 [build] Collecting build info...
05:49:31 [build] ✓ Completed in 3.30s.
05:49:31 [build] Building static entrypoints...
05:49:40 [vite] ✓ built in 8.46s
05:49:40 [vite] ✓ built in 85ms
 generating static routes 
05:49:42 ▶ src/pages/artikelen/[slug].astro
05:49:42   ├─ /artikelen/real-time-klantreis-tien-lessen-uit-2021/index.html (+80ms) 
05:49:42   └─ /artikelen/real-time-ervaring-tien-lessen-uit-2026/index.html (+40ms) 
05:49:47 ▶ src/pages/artikelen/pagina/[page].astro
05:49:47   ├─ /artikelen/pagina/2/index.html (+20ms) 
05:49:48   ├─ /kaart/graph.json (+13ms) 
05:49:48   ├─ /tags/real-time-marketing/rss.xml (+69ms) 
05:49:49   ├─ /tags/real-time-marketing/pagina/10/index.html (+16ms) 
05:49:49   ├─ /index.html (+2ms) 
05:49:50 ✓ Completed in 9.75s.

05:49:50 [build] ✓ Completed in 19.20s.
05:49:53 [gesprek:pagefind] Indexed 1427 pages for search in 2826 ms
05:49:54 [gesprek:og-images] Wrote 1008 Open Graph images, 3926 ms after the pages were done
05:49:54 [build] 1427 page(s) built in 26.21s`;

const BASELINE = `05:40:29 [types] Generated 1.02s
05:40:29 [build] Collecting build info...
05:40:29 [build] ✓ Completed in 1.08s.
05:40:34 [vite] ✓ built in 4.54s
05:40:34 [vite] ✓ built in 41ms
 generating static routes 
05:40:35   ├─ /artikelen/adviseur-is-geen-adviseur/index.html (+21ms) 
05:40:35   ├─ /artikelen/adviseur-is-geen-invloed/index.html (+5ms) 
05:40:38 ✓ Completed in 1m 3s.
05:40:38 [build] ✓ Completed in 8.54s.

Running Pagefind v1.6.0 (Extended)
  Indexed 973 pages
Finished in 1.407 seconds`;

describe('build phases from the log', () => {
  it("reads Astro's durations in each of its forms", () => {
    expect(parseDuration('812ms')).toBe(812);
    expect(parseDuration('8.46s')).toBe(8460);
    expect(parseDuration('1m 7s')).toBe(67_000);
    expect(() => parseDuration('soon')).toThrow(/soon/);
  });

  it('names a kind of page by its folder, slugs and numbers as *', () => {
    expect(pageType('/artikelen/klm-en-de-aswolk/index.html')).toBe('artikelen/*');
    expect(pageType('/artikelen/pagina/2/index.html')).toBe('artikelen/pagina/*');
    expect(pageType('/tags/dialoog/pagina/3/index.html')).toBe('tags/*/pagina/*');
    expect(pageType('/tags/dialoog/rss.xml')).toBe('tags/*/rss.xml');
    expect(pageType('/kaart/graph.json')).toBe('kaart/graph.json');
    expect(pageType('/voorbeelden/12.json')).toBe('voorbeelden/*.json');
    expect(pageType('/index.html')).toBe('/');
    expect(pageType('/404.html')).toBe('404.html');
  });

  it("the site's phases, and its page phase shared out over the kinds of page", () => {
    const phases = buildPhases(SITE);
    expect(phases).toMatchObject({ setup: 3300, vite: 8545, pages: 9750, pagefind: 2826, ogAfterPages: 3926 });
    expect([...phases.pageTypes.keys()]).toEqual(['artikelen/*', 'artikelen/pagina/*', 'kaart/graph.json', 'tags/*/rss.xml', 'tags/*/pagina/*', '/']);
    expect(phases.pageTypes.get('artikelen/*')!.count).toBe(2);
    // 120 of the 240 ms logged: half of the 9.75 s phase.
    expect(phases.pageTypes.get('artikelen/*')!.ms).toBeCloseTo(4875);
    const shared = [...phases.pageTypes.values()].reduce((sum, { ms }) => sum + ms, 0);
    expect(shared).toBeCloseTo(9750);
  });

  it("the baseline's, with Pagefind's own line and no Open Graph", () => {
    const phases = buildPhases(BASELINE);
    expect(phases).toMatchObject({ setup: 1080, vite: 4581, pages: 63_000, pagefind: 1407 });
    expect(phases.ogAfterPages).toBeUndefined();
    expect(phases.pageTypes.get('artikelen/*')!.count).toBe(2);
    expect(phases.pageTypes.get('artikelen/*')!.ms).toBeCloseTo(63_000);
  });
});
