/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  output: undefined,
  // The reference backend lives in this repo but is never bundled into the web app.
  typescript: { tsconfigPath: "tsconfig.json" },
};
export default nextConfig;
