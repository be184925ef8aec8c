import type { PathParams } from "./define";

type Query = Record<string, string | null | undefined>;
type ParamsArg<P extends string> = keyof PathParams<P> extends never ? [params?: undefined] : [params: PathParams<P>];

/** The endpoint's path with its parameters filled in (each encoded), and an optional query. */
export function pathTo<P extends string>(
  endpoint: { path: P },
  ...[params, query]: [...ParamsArg<P>, query?: Query]
): string {
  const values = (params ?? {}) as Record<string, string>;
  const path = endpoint.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name]));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value != null) search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** `:name` becomes `{name}`, as OpenAPI writes a path. */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}");

/** The names of the path's parameters, in order. */
export const paramNames = (path: string) => [...path.matchAll(/:(\w+)/g)].map((m) => m[1]);
