import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "bench-results/**", "next-env.d.ts", "coverage/**", "bench/anchor/.next/**"],
  },
  {
    // next/link prefetches every link that scrolls into view; the site prefetches only on intent.
    files: ["app/**", "components/**"],
    ignores: ["components/shell/intent-link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: "Import Link from @/components/shell/intent-link: it prefetches only on pointer or focus." }] },
      ],
    },
  },
];

export default config;
