import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineScript, inlineScripts } from '../../src/build/inline-script.ts';

const source = `
// A comment that must not ship.
const greeting = 'hallo ' + name;
result.push(greeting, base);
`;

describe('the ?inline-script bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gesprek-inline-script-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'greeting.ts'), `/** Not shipped either. */\nexport const greet = (who: string): string => 'hallo ' + who;\n`);
  writeFileSync(join(dir, 'boot.ts'), `import { greet } from './greeting.ts';\n${source}\nresult.push(greet(name));\n`);

  async function bundle(): Promise<{ code: string; watched: string[] }> {
    const watched: string[] = [];
    const load = inlineScripts().load as (this: unknown, id: string) => Promise<string>;
    const module = await load.call({ addWatchFile: (file: string) => watched.push(file) }, `${join(dir, 'boot.ts')}?inline-script`);
    return { code: JSON.parse(/^export default (.*);$/s.exec(module)![1]!) as string, watched };
  }

  it('is the module and its imports in one minified body, without comments or types', async () => {
    const { code } = await bundle();
    expect(code).not.toMatch(/comment|shipped|: string|import /);
    expect(code.length).toBeLessThan(source.length + 80);
  });

  it('leaves the free names free for the arguments, and watches every file it read', async () => {
    const { code, watched } = await bundle();
    const result: string[] = [];
    runInNewContext(inlineScript(code, { name: 'lezer', base: '/blog/' }).code, { result });
    expect(result).toEqual(['hallo lezer', '/blog/', 'hallo lezer']);
    expect(watched.sort()).toEqual([join(dir, 'boot.ts'), join(dir, 'greeting.ts')]);
  });
});

describe('inlineScript', () => {
  it('runs the source at once with the arguments bound', () => {
    const result: string[] = [];
    runInNewContext(inlineScript(source, { name: 'lezer', base: '/blog/' }).code, { result });
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
