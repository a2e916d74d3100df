declare namespace App {
  interface Locals {
    /** The content file being rendered, so MDX components can name it in their errors. */
    mdxSource?: string;
    /** Counter for unique ids of inline term definitions within one page. */
    termCount?: number;
  }
}
