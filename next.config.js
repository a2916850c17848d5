/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder per checkout of work in progress (NEXT_DIST_DIR), so parallel builds never collide.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  poweredByHeader: false,
  typedRoutes: false,
};

module.exports = nextConfig;
