// The benchmark's anchor: a bare Next.js page built with the project's own `next`, so every
// route's score is judged as a gap to what the framework alone costs on the same machine, in the same run.
/** @type {import('next').NextConfig} */
module.exports = { reactStrictMode: true, poweredByHeader: false };
