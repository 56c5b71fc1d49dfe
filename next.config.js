/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The map and dataset are read from disk at build time only.
  outputFileTracingIncludes: { "/*": ["./data/**/*"] },
};

module.exports = nextConfig;
