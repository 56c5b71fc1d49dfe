/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // scripts/serve.mjs compresses (precompressed bytes for pages and assets, brotli for the rest).
  compress: false,
  // The map and dataset are read from disk at build time only.
  outputFileTracingIncludes: { "/*": ["./data/**/*"] },
  experimental: {
    // English and Spanish each have their own root layout (for <html lang>), so an unknown address needs a global 404 page.
    globalNotFound: true,
    // The stylesheet comes inside the page instead of as a render-blocking file: on a slow phone a separate file costs
    // one more round trip before anything shows (state page LCP 1.49 s → 0.87 s under Lighthouse's applied throttling).
    // Brotli's window lets the page's second copy, in the React payload, cost almost nothing.
    inlineCss: true,
  },
};

module.exports = nextConfig;
