/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The contract's paths end in a slash; serve them as they are instead of redirecting.
  skipTrailingSlashRedirect: true,
  typescript: { tsconfigPath: "tsconfig.json" },
};
export default nextConfig;
