import { describe, expect, it } from 'vitest';
import { contentFingerprint, type FingerprintedEntry } from '../../src/build/fingerprint.ts';

const entries: FingerprintedEntry[] = [
  { collection: 'articles', id: 'klm-en-de-aswolk', digest: 'a1', data: { title: 'KLM en de aswolk' } },
  { collection: 'books', id: 'the-cluetrain-manifesto', digest: 'b1', data: { title: 'The Cluetrain Manifesto' } },
];
const settings = { url: 'https://gesprek.nl', base: '/' };
const visible = ['klm-en-de-aswolk'];

describe('contentFingerprint', () => {
  it('is stable for the same inputs in any order', () => {
    expect(contentFingerprint(entries, visible, settings)).toBe(contentFingerprint([...entries].reverse(), visible, settings));
  });

  it('changes with an entry, its visibility or the settings', () => {
    const original = contentFingerprint(entries, visible, settings);
    const changed = [
      contentFingerprint([{ ...entries[0]!, digest: 'a2' }, entries[1]!], visible, settings),
      contentFingerprint(entries.slice(1), visible, settings),
      contentFingerprint([...entries, { collection: 'people', id: 'doc-searls', digest: 'c1', data: {} }], visible, settings),
      contentFingerprint(entries, [], settings),
      contentFingerprint(entries, visible, { ...settings, base: '/gesprek' }),
    ];
    for (const fingerprint of changed) expect(fingerprint).not.toBe(original);
    expect(new Set(changed).size).toBe(changed.length);
  });

  it('falls back to data and body for entries without a digest', () => {
    const bare = (body: string): FingerprintedEntry => ({ collection: 'pages', id: 'over', data: { title: 'Over' }, body });
    expect(contentFingerprint([bare('een')], [], settings)).not.toBe(contentFingerprint([bare('twee')], [], settings));
  });
});
