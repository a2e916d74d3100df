/** How a page's policy begins, as Astro writes it: its value follows, up to the next `"`. */
const POLICY_META = '<meta http-equiv="content-security-policy" content="';

/**
 * Where the value of a page's policy <meta> lies (end: its closing quote), found with `indexOf`
 * on the page's text or its bytes, so a build step need not decode a page to find it.
 */
export function policySpan(page: { indexOf(search: string, from?: number): number }): { start: number; end: number } | undefined {
  const meta = page.indexOf(POLICY_META);
  if (meta < 0) return undefined;
  const start = meta + POLICY_META.length;
  const end = page.indexOf('"', start);
  return end < 0 ? undefined : { start, end };
}

/**
 * Merges Content-Security-Policy strings (one per page, each with the hashes of that page's
 * inline scripts and styles) into one policy that allows what any of them allows, for a
 * site-wide header. Directive order and source order follow first appearance.
 */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, string[]>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const list = directives.get(name) ?? [];
      for (const source of sources) if (!list.includes(source)) list.push(source);
      directives.set(name, list);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Headers every page gets on hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export function headersFile(policy: string, base: string): string {
  const scope = `${base.replace(/\/$/, '')}/*`;
  return [
    scope,
    // frame-ancestors only works as a header, not in the <meta> policy.
    `  Content-Security-Policy: ${policy}; frame-ancestors 'self'`,
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  X-Content-Type-Options: nosniff',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    '',
  ].join('\n');
}
