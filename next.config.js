/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The map and dataset are read from disk at build time only.
  outputFileTracingIncludes: { "/*": ["./data/**/*"] },
  // English and Spanish each have their own root layout (for <html lang>), so an unknown address needs a global 404 page.
  experimental: { globalNotFound: true },
};

module.exports = nextConfig;
