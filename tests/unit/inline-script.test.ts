import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { inlineScript } from '../../src/build/inline-script.ts';

const source = `
// A comment that must not ship.
const greeting = 'hallo ' + name;
result.push(greeting, base);
`;

describe('inlineScript', () => {
  it('minifies, drops comments and runs at once with the arguments bound', () => {
    const { code } = inlineScript(source, { name: 'lezer', base: '/blog/' });
    expect(code).not.toContain('comment');
    expect(code.length).toBeLessThan(source.length);
    const result: string[] = [];
    runInNewContext(code, { result });
    expect(result).toEqual(['hallo lezer', '/blog/']);
  });

  it('keeps a value that looks like a closing tag from ending the script element', () => {
    const { code } = inlineScript(source, { name: '</script><b>', base: '/' });
    expect(code).not.toContain('</script');
    const result: string[] = [];
    runInNewContext(code, { result });
    expect(result[0]).toBe('hallo </script><b>');
  });

  it('gives the CSP hash of exactly the code it returns', () => {
    const { code, hash } = inlineScript(source, { name: 'a', base: '/' });
    expect(hash).toBe(`sha256-${createHash('sha256').update(code).digest('base64')}`);
    expect(inlineScript(source, { name: 'b', base: '/' }).hash).not.toBe(hash);
  });
});
