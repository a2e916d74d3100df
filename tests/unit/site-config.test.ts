import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/site.config.ts';

describe('loadSiteConfig', () => {
  it('reads the site URL and base path from the environment, normalising the base', () => {
    const config = loadSiteConfig({ SITE_URL: 'https://example.org', BASE_PATH: 'gesprek/' });
    expect(config.url).toBe('https://example.org');
    expect(config.base).toBe('/gesprek');
  });

  it('defaults to the root path', () => {
    expect(loadSiteConfig({}).base).toBe('/');
  });

  it('fails with the field and the reason on bad input', () => {
    expect(() => loadSiteConfig({ SITE_URL: 'not a url' })).toThrow(/url: must be an absolute URL/);
    expect(() => loadSiteConfig({ BASE_PATH: '/met spatie' })).toThrow(/base: must be a path/);
  });
});
