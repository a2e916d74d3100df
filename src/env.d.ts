declare namespace App {
  interface Locals {
    /** The content file being rendered, so MDX components can name it in their errors. */
    mdxSource?: string;
    /** Counter for unique ids of inline term definitions within one page. */
    termCount?: number;
  }
}

/** A module bundled into one script body for inlining (src/build/inline-script.ts). */
declare module '*?inline-script' {
  const source: string;
  export default source;
}
