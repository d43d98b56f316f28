/** @type {import('next').NextConfig} */
export default {
  // A static export: `next build` writes out/, and `dateline check out` checks it.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
}
