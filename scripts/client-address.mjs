// Who the client is, decided from the socket: a browser's own X-Forwarded-* headers are never believed.
import { BlockList, isIP } from "node:net";

const FORWARDED = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];

const plain = (address) => {
  const value = (address ?? "").trim().replace(/^\[|\]$/g, "");
  return value.toLowerCase().startsWith("::ffff:") && isIP(value.slice(7)) === 4 ? value.slice(7) : value;
};

/** TRUSTED_PROXIES: comma-separated addresses or CIDR ranges of this web app's own load balancers. */
export function trustedProxies(setting = "") {
  const list = new BlockList();
  for (const entry of setting
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address, bits] = entry.split("/");
    const type = isIP(plain(address)) === 6 ? "ipv6" : "ipv4";
    if (!isIP(plain(address))) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    if (bits === undefined) list.addAddress(plain(address), type);
    else list.addSubnet(plain(address), Number(bits), type);
  }
  return list;
}

const isTrusted = (list, address) => {
  const type = isIP(address) === 6 ? "ipv6" : isIP(address) === 4 ? "ipv4" : null;
  return type !== null && list.check(address, type);
};

/** The socket's peer; behind trusted proxies, the nearest address in X-Forwarded-For that none of them is. */
export function resolveClientAddress(peer, forwardedFor, trusted) {
  let address = plain(peer);
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map(plain);
  while (isTrusted(trusted, address) && hops.length > 0) {
    const next = hops.pop();
    if (!isIP(next)) break;
    address = next;
  }
  return address;
}

/** Rewrites the client headers of every request before `handle` (Next's request handler) sees it. */
export function withClientAddress(handle, trusted) {
  return (req, res) => {
    const peerTrusted = isTrusted(trusted, plain(req.socket.remoteAddress));
    const address = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
    const proto = peerTrusted
      ? String(req.headers["x-forwarded-proto"] ?? "")
          .split(",")[0]
          .trim()
      : "";
    const host = peerTrusted
      ? String(req.headers["x-forwarded-host"] ?? "")
          .split(",")[0]
          .trim()
      : "";
    for (const name of FORWARDED) delete req.headers[name];
    if (address) req.headers["x-forwarded-for"] = address;
    const scheme = req.socket.encrypted ? "https" : "http";
    req.headers["x-forwarded-proto"] = proto === "https" || proto === "http" ? proto : scheme;
    if (host) req.headers["x-forwarded-host"] = host;
    return handle(req, res);
  };
}
