/**
 * Every page in dist/ passes the W3C Nu Html Checker (vnu-jar, offline, on the machine's Java).
 * It catches what html-validate does not, such as a <script> emitted after </html>.
 */
import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from '../support/dist.ts';

interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

const vnu = fileURLToPath(import.meta.resolve('vnu-jar/build/dist/vnu.jar'));

describe('W3C Nu Html Checker', () => {
  it('reports zero errors on every page', () => {
    expect(htmlFiles().length).toBeGreaterThan(50);
    // One JVM for the whole site; the checker prints its JSON report on stderr and exits 1 on errors.
    let report = '';
    try {
      execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', '--skip-non-html', DIST], { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      report = String((error as { stderr?: Buffer }).stderr ?? '');
      if (!report.startsWith('{')) throw error;
    }
    const messages: NuMessage[] = report ? JSON.parse(report).messages : [];
    expect(messages.map((m) => `${relative(DIST, fileURLToPath(m.url ?? 'file:///'))}:${m.lastLine ?? '?'} ${m.type}: ${m.message}`)).toEqual([]);
  });
});
