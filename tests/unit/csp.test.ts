import { describe, expect, it } from 'vitest';
import { headersFile, mergePolicies } from '../../src/lib/csp.ts';

describe('mergePolicies', () => {
  it('unions the sources of each directive, keeping first-seen order', () => {
    expect(
      mergePolicies([
        "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'",
        "default-src 'self';script-src 'self' 'sha256-b' 'sha256-a'; object-src 'none';",
      ]),
    ).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; object-src 'none'");
  });
});

describe('headersFile', () => {
  it('scopes the headers to the base path and adds the header-only directives', () => {
    const file = headersFile("default-src 'self'", '/gesprek');
    expect(file.split('\n')[0]).toBe('/gesprek/*');
    expect(file).toContain("  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'");
    expect(file).toContain('  X-Content-Type-Options: nosniff');
    expect(file).toContain('  Referrer-Policy: strict-origin-when-cross-origin');
    expect(file).toMatch(/ {2}Permissions-Policy: camera=\(\)/);
    expect(headersFile("default-src 'self'", '/').split('\n')[0]).toBe('/*');
  });
});
