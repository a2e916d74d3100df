/**
 * An MDX component's error, naming the article it is used in (set by the page that renders
 * it), the component and the problem, so the failing build points at the line to fix.
 */
export function mdxError(source: string | undefined, component: string, problem: string): Error {
  return new Error(`${source ?? 'an MDX file'}: <${component}> ${problem}`);
}
