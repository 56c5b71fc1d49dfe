// Security headers for every response. Plain JavaScript so the production server,
// the post-build step and the tests all share this one definition.

/** @param {string[]} scriptHashes sha256 hashes ("sha256-…") of the page's inline scripts */
export function contentSecurityPolicy(scriptHashes) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((hash) => `'${hash}'`)].join(" "),
    // React sets style attributes (the map callout's position); styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** @param {string[]} scriptHashes */
export function securityHeaders(scriptHashes) {
  return {
    "Content-Security-Policy": contentSecurityPolicy(scriptHashes),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), browsing-topics=(), interest-cohort=(), payment=(), usb=()",
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
}

/**
 * The headers for the build's scripts and stylesheets (/_next/static/…/*.js, *.css), which a browser never shows
 * as a document. The document policies (CSP, framing, permissions, opener, HSTS) do nothing there, yet cost
 * about 0.8 KB on each of a page's ten or so asset responses; these three still apply to a script or stylesheet.
 */
export function assetHeaders() {
  return {
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
}

/** True for a build script or stylesheet, which gets assetHeaders() rather than the document set. */
export const isBuildAsset = (pathname) => pathname.startsWith("/_next/static/") && /\.(js|css)$/.test(pathname);

/** Turns a request path into the key the CSP manifest uses: "/", "/states/missouri". */
export function manifestKey(pathname) {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (path.length > 1 && path.endsWith("/")) path = path.slice(0, -1);
  return path;
}
