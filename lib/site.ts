/** The public address of the site, for absolute links in the feed and language alternates. Set SITE_URL at build time. */
export const SITE_URL = (process.env.SITE_URL ?? "https://recordreliefmap.org").replace(/\/+$/, "");
