import { describe, expect, it } from 'vitest';
import { routes, withBase } from '../../src/lib/paths.ts';

describe('withBase', () => {
  it('leaves paths alone at the root', () => {
    expect(withBase('/artikelen/', '/')).toBe('/artikelen/');
  });

  it('prefixes root-relative paths once', () => {
    expect(withBase('/artikelen/', '/gesprek')).toBe('/gesprek/artikelen/');
    expect(withBase('/artikelen/', '/gesprek/')).toBe('/gesprek/artikelen/');
    expect(withBase('/gesprek/artikelen/', '/gesprek')).toBe('/gesprek/artikelen/');
    expect(withBase('/', '/gesprek')).toBe('/gesprek/');
  });

  it('does not touch absolute, protocol-relative or fragment links', () => {
    expect(withBase('https://example.com/x', '/gesprek')).toBe('https://example.com/x');
    expect(withBase('//cdn.example.com/x', '/gesprek')).toBe('//cdn.example.com/x');
    expect(withBase('#kop', '/gesprek')).toBe('#kop');
  });

  it('does not mistake a sibling path for the base', () => {
    expect(withBase('/gesprekken/', '/gesprek')).toBe('/gesprek/gesprekken/');
  });
});

describe('routes', () => {
  it('puts the first page of a listing at its own path and later pages under pagina/N', () => {
    expect(routes.articles()).toBe('/artikelen/');
    expect(routes.articles(1)).toBe('/artikelen/');
    expect(routes.articles(3)).toBe('/artikelen/pagina/3/');
    expect(routes.type('review', 2)).toBe('/boekbesprekingen/pagina/2/');
  });

  it('slugs tags', () => {
    expect(routes.tag('Real-time marketing')).toBe('/tags/real-time-marketing/');
  });
});
