import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "bench-results/**", "next-env.d.ts", "coverage/**", "bench/anchor/.next/**"],
  },
  {
    // next/link prefetches every link that scrolls into view and hydrates as a component per link; the site's
    // links are plain <a>, and components/shell/site-links.tsx fetches a page's data only on intent.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: "Write a plain <a>: components/shell/site-links.tsx prefetches on pointer or focus and opens in-site pages." }] },
      ],
    },
  },
];

export default config;
