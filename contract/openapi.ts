import { z } from "zod";
import { endpointList, openApiPath, paramNames, type Access, type EndpointDef } from "./endpoints";
import { openApiSchemas } from "./openapi-schemas";

type JsonSchema = Record<string, unknown>;

const toJson = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;

const named = new Map<z.ZodType, string>(Object.entries(openApiSchemas).map(([name, schema]) => [schema, name]));
const schemaOf = (schema: z.ZodType): JsonSchema => {
  const name = named.get(schema);
  return name ? { $ref: `#/components/schemas/${name}` } : toJson(schema);
};
const json = (schema: z.ZodType) => ({ content: { "application/json": { schema: schemaOf(schema) } } });

function parameters(e: EndpointDef) {
  const path = paramNames(e.path).map((name) => ({ name, in: "path", required: true, schema: { type: "string" } }));
  if (e.ifMatch) path.push({ name: "If-Match", in: "header", required: true, schema: { type: "string" } });
  if (!e.query) return path;
  const query = toJson(e.query) as { properties?: Record<string, JsonSchema>; required?: string[] };
  const inQuery = Object.entries(query.properties ?? {}).map(([name, schema]) => ({
    name,
    in: "query",
    required: query.required?.includes(name) ?? false,
    schema,
  }));
  return [...path, ...inQuery];
}

function success(e: EndpointDef) {
  const status = String(e.status ?? 200);
  if (e.response) return { [status]: { description: "OK", ...json(e.response) } };
  if (status === "204") return { "204": { description: "No content" } };
  const redirect = status === "303" ? { "303": { description: "Redirect (see Location)" } } : {};
  const content = e.produces ? { "200": { description: e.produces, content: { [e.produces]: {} } } } : {};
  return { ...content, ...redirect };
}

const accessText = (access: Access) => (typeof access === "string" ? access : `permission:${access.permission}`);

/** Anyone may call without credentials; a quote's own calls also take its quote token. */
const security = (access: Access) =>
  access === "anonymous" ? [] : access === "quote" ? [{ bearer: [] }, { quoteToken: [] }] : [{ bearer: [] }];

function operation(e: EndpointDef & { name: string }) {
  return {
    operationId: e.name,
    summary: e.summary,
    tags: [e.kind],
    "x-access": accessText(e.access),
    security: security(e.access),
    ...(e.download ? { "x-download": e.download } : {}),
    ...(e.bodyLimit ? { "x-body-limit": e.bodyLimit } : {}),
    parameters: parameters(e),
    ...(e.body ? { requestBody: { required: !e.emptyBody, ...json(e.body) } } : {}),
    responses: { ...success(e), "4XX": { description: "Error", ...json(openApiSchemas.Error) } },
  };
}

/** The OpenAPI document of every endpoint in the table, from the same zod schemas both sides use. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpointList) {
    const path = openApiPath(e.path);
    paths[path] = { ...paths[path], [e.method.toLowerCase()]: operation(e) };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Policy API", version: "3" },
    paths,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        quoteToken: { type: "apiKey", in: "header", name: "X-Quote-Token" },
      },
      schemas: Object.fromEntries(Object.entries(openApiSchemas).map(([name, schema]) => [name, toJson(schema)])),
    },
  };
}
