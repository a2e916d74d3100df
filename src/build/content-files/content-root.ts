/**
 * The folder authors' content is read from: CONTENT_DIR when set (a folder laid out like
 * content/, relative to the project root; the benchmark and the fixture builds use it), else
 * content/. The content collections, the Open Graph head start and the sitemap dates all read here.
 */
export const contentRoot = (process.env.CONTENT_DIR || './content').replace(/\/+$/, '');
