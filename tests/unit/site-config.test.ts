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

describe('giscus settings', () => {
  const ids = { PUBLIC_GISCUS_REPO: 'gesprek/gesprek', PUBLIC_GISCUS_REPO_ID: 'R_1', PUBLIC_GISCUS_CATEGORY: 'Reacties', PUBLIC_GISCUS_CATEGORY_ID: 'DIC_1' };

  it('are absent when none is set: no comments', () => {
    expect(loadSiteConfig({}).giscus).toBeUndefined();
  });

  it('are read from PUBLIC_GISCUS_* with Dutch and sensible defaults', () => {
    expect(loadSiteConfig(ids).giscus).toEqual({
      repo: 'gesprek/gesprek',
      repoId: 'R_1',
      category: 'Reacties',
      categoryId: 'DIC_1',
      reactionsEnabled: true,
      inputPosition: 'top',
      lang: 'nl',
    });
    expect(loadSiteConfig({ ...ids, PUBLIC_GISCUS_REACTIONS: '0', PUBLIC_GISCUS_INPUT_POSITION: 'bottom' }).giscus).toMatchObject({
      reactionsEnabled: false,
      inputPosition: 'bottom',
    });
  });

  it('fail with the missing names when only some are set', () => {
    expect(() => loadSiteConfig({ PUBLIC_GISCUS_REPO: 'gesprek/gesprek' })).toThrow(
      'Comments are half configured: PUBLIC_GISCUS_REPO set but PUBLIC_GISCUS_REPO_ID, PUBLIC_GISCUS_CATEGORY, PUBLIC_GISCUS_CATEGORY_ID missing',
    );
    expect(() => loadSiteConfig({ ...ids, PUBLIC_GISCUS_REPO: 'not a repo' })).toThrow(/giscus\.repo: must be owner\/name/);
  });
});
