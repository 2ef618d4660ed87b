/**
 * Serves the pages under /test/csp/ with a strict Content-Security-Policy:
 * nothing but same-origin resources, no inline script or style, no eval, and
 * Trusted Types required for every script sink. `?policy=named` also names
 * the Trusted Types policies allowed: Lit's `lit-html` and the agenda's
 * `seminar-widgets` (JSON-LD), twice each for two copies; `?policy=lit-only`
 * allows `lit-html` only.
 */
export const STRICT_POLICY = "default-src 'self'; require-trusted-types-for 'script'";
export const NAMED_POLICY = `${STRICT_POLICY}; trusted-types lit-html seminar-widgets 'allow-duplicates'`;
/** A page that allows Lit's policy only: the agenda goes without structured data. */
export const LIT_ONLY_POLICY = `${STRICT_POLICY}; trusted-types lit-html`;
const POLICIES = { named: NAMED_POLICY, 'lit-only': LIT_ONLY_POLICY };

export async function cspHeaders(ctx, next) {
  await next();
  if (/^\/test\/csp\/[\w-]+\.html$/.test(ctx.path)) {
    ctx.set('Content-Security-Policy', POLICIES[ctx.query.policy] ?? STRICT_POLICY);
  }
}
