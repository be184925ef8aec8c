/** A tiny HTTP client for API tests: real requests, the answer as a client would see it. */
export type Reply = { status: number; json: any; text: string; headers: Headers; bytes: Buffer };
export type CallOptions = {
  body?: unknown;
  raw?: string | Buffer;
  contentType?: string;
  token?: string;
  quoteToken?: string;
  headers?: Record<string, string>;
};

export function client(base: string) {
  return async function call(method: string, path: string, opts: CallOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.quoteToken) headers["x-quote-token"] = opts.quoteToken;
    let body: string | Buffer | undefined;
    if (opts.raw !== undefined) {
      body = opts.raw;
      headers["content-type"] = opts.contentType ?? "application/json";
    } else if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers["content-type"] = "application/json";
    }
    const res = await fetch(base + path, { method, headers, body: body as BodyInit | undefined, redirect: "manual" });
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString("utf8");
    let json: unknown = null;
    if ((res.headers.get("content-type") ?? "").includes("json")) json = JSON.parse(text);
    return { status: res.status, json, text, headers: res.headers, bytes };
  };
}

/** A browser asking in `language`: every call carries its Accept-Language. */
export function speaking(base: string, language: string) {
  const call = client(base);
  return (method: string, path: string, opts: CallOptions = {}) =>
    call(method, path, { ...opts, headers: { ...opts.headers, "accept-language": language } });
}
