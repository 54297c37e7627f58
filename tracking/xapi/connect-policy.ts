/**
 * The second Content-Security-Policy of an xAPI or cmi5 launch page, added once the launch is
 * read: `connect-src 'self'` and the origins the launch names (the LRS endpoint; cmi5 also the
 * fetch URL). The page's own policy (build-scripts/package/content-security-policy.ts) has to
 * let any LRS through, since the address arrives only in the launch URL. A policy added later
 * can only take away: every policy in the document's list is enforced and a request must pass
 * each (CSP Level 3 §4.1.2, §8.1 "The effect of multiple policies"), and a
 * `<meta http-equiv="Content-Security-Policy">` inserted into `<head>` is enforced from then on
 * (CSP Level 3 §3.3; HTML's "Content security policy state" pragma runs when the element is
 * inserted). `connect-src` governs everything the tracker sends with: `fetch`, `keepalive`
 * included, as well as `sendBeacon`, XMLHttpRequest, WebSocket and EventSource (CSP Level 3
 * §6.1.2).
 * @packageDocumentation
 */

/** CSP Level 3 §2.3.1 (Source Lists) `host-part` without wildcards: ASCII letters, digits and hyphens in dot-separated labels. */
const NAMEABLE_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/i;
/** A host the URL parser read as an IPv4 address (it writes them as four decimal numbers). */
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

/**
 * The source expression that allows connections to `url`'s origin: the origin itself, or only
 * its scheme (`https:`) when a source expression cannot name the host. An IPv6 address does not
 * fit the `host-part` grammar, and an IPv4 address other than 127.0.0.1 fits it but matches no
 * URL (CSP Level 3, "`host-part` matching"); such a launch is then narrowed to its
 * scheme, which the page's own policy narrows further.
 */
function connectSource(url: string): string {
  const { protocol, hostname, origin } = new URL(url);
  const nameable = NAMEABLE_HOST.test(hostname) && (!IPV4.test(hostname) || hostname === '127.0.0.1');
  return nameable ? origin : protocol;
}

/** The policy that lets the page connect only to its own origin and those of `urls`, each once. */
export function connectPolicy(urls: readonly string[]): string {
  const sources = [...new Set(urls.map(connectSource))];
  return ["connect-src 'self'", ...sources].join(' ');
}

/**
 * Adds {@link connectPolicy} to `doc`'s `<head>`. The content is set before the element is
 * inserted: a change to it afterwards would be ignored (CSP Level 3 §3.3). Without a document
 * (a test in Node) there is nothing to protect.
 */
export function narrowConnections(urls: readonly string[], doc: Document | undefined = globalThis.document): void {
  const head = doc?.head;
  if (!head) return;
  const meta = head.ownerDocument.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = connectPolicy(urls);
  head.append(meta);
}
