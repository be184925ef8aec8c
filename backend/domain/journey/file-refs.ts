import type { Answers } from "../../../contract/form";
import type { AppContext } from "../../context";

/** Every file a form points at must have been uploaded to this policy, for that field. */
export async function fileErrors(
  ctx: AppContext,
  policyNumber: string | null,
  def: { fields: Array<{ type: string; name: string; title: string }> },
  values: Answers,
): Promise<Record<string, string[]>> {
  const errors: Record<string, string[]> = {};
  for (const field of def.fields) {
    if (field.type !== "async_file") continue;
    const value = values[field.name];
    if (!Array.isArray(value) || value.length === 0) continue;
    const refs = value.filter((r): r is { id: string } => typeof r?.id === "string");
    const ids = refs.map((r) => r.id);
    const found = policyNumber ? await ctx.stores.attachments.refsFor(policyNumber, field.name, ids) : [];
    if (found.length !== new Set(ids).size)
      errors[field.name] = [`We couldn't find one of the files for ${field.title}. Please upload it again.`];
  }
  return errors;
}
