import { describe, expect, it } from 'vitest';
import { normalisePath, redirectMap, redirectsFile, stubFile } from '../../src/lib/redirects.ts';

const noPages = () => false;

describe('normalisePath and stubFile', () => {
  it('treat percent-encoding and a trailing slash as the same address', () => {
    expect(normalisePath('/2010/04/caf%C3%A9/')).toBe('/2010/04/café');
    expect(normalisePath('/')).toBe('/');
  });
  it('serve .html paths as themselves and other paths as folders', () => {
    expect(stubFile('/2010/04/bericht.html')).toBe('2010/04/bericht.html');
    expect(stubFile('/oud-bericht/')).toBe('oud-bericht/index.html');
    expect(stubFile('/tag/klm')).toBe('tag/klm/index.html');
  });
});

describe('redirectMap', () => {
  it('maps old paths to stubs and /?p= links to the query map', () => {
    const map = redirectMap(
      [
        { owner: 'a.mdx', to: '/artikelen/a/', from: ['/2010/04/a/', '/?p=12'] },
        { owner: 'p.mdx', to: '/contact/', from: ['/?page_id=5', '/p/contact.html'] },
      ],
      noPages,
    );
    expect([...map.paths]).toEqual([
      ['/2010/04/a', { as: '/2010/04/a/', to: '/artikelen/a/' }],
      ['/p/contact.html', { as: '/p/contact.html', to: '/contact/' }],
    ]);
    expect([...map.queries]).toEqual([
      ['p=12', '/artikelen/a/'],
      ['page_id=5', '/contact/'],
    ]);
  });

  it('fails naming both owners when two claim one old address', () => {
    expect(() =>
      redirectMap(
        [
          { owner: 'content/articles/a.mdx', to: '/artikelen/a/', from: ['/oud/'] },
          { owner: 'content/articles/b.mdx', to: '/artikelen/b/', from: ['/oud'] },
        ],
        noPages,
      ),
    ).toThrow('/oud is claimed as an old address by both content/articles/a.mdx and content/articles/b.mdx');
  });

  it('fails when an old address is a page of the site or the home page', () => {
    expect(() => redirectMap([{ owner: 'a.mdx', to: '/artikelen/a/', from: ['/over/'] }], (path) => path === '/over')).toThrow(
      'a.mdx: the old address /over/ is a page of this site',
    );
    expect(() => redirectMap([{ owner: 'a.mdx', to: '/artikelen/a/', from: ['/'] }], noPages)).toThrow('is the home page');
  });

  it('ignores an alias that is the entry’s own address', () => {
    expect(redirectMap([{ owner: 'a.mdx', to: '/artikelen/a/', from: ['/artikelen/a/'] }], noPages).paths.size).toBe(0);
  });
});

describe('redirectsFile', () => {
  it('writes explicit 301s with the base, percent-encoding and the old trailing slash', () => {
    const map = redirectMap([{ owner: 'a.mdx', to: '/artikelen/cafe/', from: ['/2010/04/café.html'] }], noPages);
    expect(redirectsFile(map, (path) => `/blog${path}`)).toBe('/blog/2010/04/caf%C3%A9.html /blog/artikelen/cafe/ 301\n');
    const slash = redirectMap([{ owner: 'a.mdx', to: '/artikelen/a/', from: ['/oud-bericht/'] }], noPages);
    expect(redirectsFile(slash, (path) => path)).toBe('/oud-bericht/ /artikelen/a/ 301\n');
  });
});
