/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The contract's paths end in a slash; serve them as they are instead of redirecting.
  skipTrailingSlashRedirect: true,
  typescript: { tsconfigPath: "tsconfig.json" },
  // Content-Security-Policy (with a nonce per page) and HSTS come from proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
        ],
      },
      {
        // Browsers ask for the icon again after each move between pages (the app declares none); from their cache for a
        // day instead, it costs the server no request beside the next page's.
        source: "/favicon.ico",
        headers: [{ key: "Cache-Control", value: "public, max-age=86400" }],
      },
      {
        // A partner's embed (its entry page, then the journey in that partner's frame: the partitioned qp_embed
        // cookie) may be framed by that partner's origins only, through proxy.ts's frame-ancestors; all else: DENY.
        source: "/:path((?!embed/).*)",
        missing: [{ type: "cookie", key: "qp_embed" }],
        headers: [{ key: "X-Frame-Options", value: "DENY" }],
      },
    ];
  },
};
export default nextConfig;
