/** Every page in dist/ passes html-validate's recommended rules. */
import { relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles } from '../support/dist.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Lists styled without bullets lose their list semantics in Safari/VoiceOver unless
    // they say role="list"; the role is redundant only on paper.
    'no-redundant-role': 'off',
  },
});

describe('html-validate', () => {
  it('reports zero errors on every page', async () => {
    const problems: string[] = [];
    const files = htmlFiles();
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${relative(DIST, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(files.length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });
});
