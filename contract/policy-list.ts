import { z } from "zod";

export const POLICY_ORDERINGS = [
  "created_on",
  "policy_number",
  "customer_name",
  "status",
  "start_date",
  "end_date",
] as const;

const flag = z.union([z.boolean(), z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1")]);

export const searchTermSchema = z.object({
  column: z.string(),
  operation: z.enum(["contains", "equals", "range", "in"], {
    error: "operation must be one of contains, equals, range, in",
  }),
  values: z
    .array(z.union([z.string(), z.number(), z.boolean()]).transform(String))
    .min(1, "values needs at least one value"),
});

/** GET (query) or POST (body) /api/v3/policy/all/: the v3 list and search, plus the extension `ordering`. */
export const policyListRequestSchema = z.object({
  page: z.coerce.number().int().catch(1).default(1),
  // The v3 document describes 1000 as a maximum served, not a limit to refuse.
  per_page: z.coerce
    .number()
    .int()
    .min(1, "per_page must be at least 1")
    .transform((n) => Math.min(n, 1000))
    .default(100),
  status: z.union([z.string(), z.array(z.string())]).optional(),
  include_child_policies: flag.default(false),
  no_count: flag.default(false),
  search_terms: z.array(searchTermSchema).max(20, "use at most 20 search terms").default([]),
  ordering: z
    .string()
    .regex(
      new RegExp(`^-?(${POLICY_ORDERINGS.join("|")})$`),
      `ordering must be one of ${POLICY_ORDERINGS.join(", ")}, with - for descending`,
    )
    .default("-created_on"),
  // Extensions (docs/api-extensions.md): the next page after the one a `next_cursor` came with, and an exact count.
  cursor: z.string().max(500, "cursor is too long").optional(),
  exact_count: flag.default(false),
});
