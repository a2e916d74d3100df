import { afterEach, describe, expect, it, vi } from 'vitest';
import { editor, EDITOR_ENV } from '../../../src/editor/dev/integration.ts';

/** Runs the integration's setup hook as Astro would, recording what it asks of Astro. */
async function setUp(command: 'dev' | 'build' | 'preview') {
  const updateConfig = vi.fn();
  const injectRoute = vi.fn();
  const hook = editor().hooks['astro:config:setup']!;
  await hook({ command, updateConfig, injectRoute, logger: { info: vi.fn() } } as never);
  return { updateConfig, injectRoute };
}

describe('the editor integration', () => {
  afterEach(() => {
    delete process.env[EDITOR_ENV];
  });

  it('mounts Keystatic at /keystatic only in the dev server of npm run editor', async () => {
    process.env[EDITOR_ENV] = '1';
    const { updateConfig, injectRoute } = await setUp('dev');
    expect(injectRoute.mock.calls.map(([route]) => route.pattern)).toEqual(['/keystatic/[...params]', '/api/keystatic/[...params]']);
    expect(updateConfig).toHaveBeenCalledOnce();
  });

  it.each(['build', 'preview'] as const)('adds nothing to %s, even with the editor asked for', async (command) => {
    process.env[EDITOR_ENV] = '1';
    const { updateConfig, injectRoute } = await setUp(command);
    expect(updateConfig).not.toHaveBeenCalled();
    expect(injectRoute).not.toHaveBeenCalled();
  });

  it('adds nothing to npm run dev', async () => {
    const { updateConfig, injectRoute } = await setUp('dev');
    expect(updateConfig).not.toHaveBeenCalled();
    expect(injectRoute).not.toHaveBeenCalled();
  });
});
