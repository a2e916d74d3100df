/**
 * Formatting, as the Astro ecosystem does it (Prettier with prettier-plugin-astro), set to the
 * style this code was written in: single quotes and long lines that keep a call on one line.
 * @type {import('prettier').Config}
 */
export default {
  printWidth: 160,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
