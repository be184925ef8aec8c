import { fileTypeFromBuffer } from "file-type";
import type { Field } from "../../contract/form";
import type { AppContext } from "../context";
import { conflict, invalid, notFound, said, tooLarge, unsupportedType } from "./errors";
import { INTL_TAG, type Locale } from "../../contract/locales";
import { productText } from "../products/translations";
import type { Caller } from "../security/caller";
import { loadVisiblePolicy } from "../security/access";
import { newToken } from "../security/tokens";
import type { PolicyRow } from "../storage/rows";
import { getProduct } from "../products";
import { STATUS, BEING_BOUGHT, OPEN_QUOTE } from "../../contract/lifecycle";

const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;
const KIND_NAMES: Record<string, string> = {
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/gif": "GIF",
  "image/webp": "WebP",
  "image/heic": "HEIC",
  "application/pdf": "PDF",
  "application/msword": "Word",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
};
const kindName = (mime: string) => KIND_NAMES[mime] ?? mime;
/** "JPEG, PNG or PDF" in a language's words. */
const listKinds = (mimes: string[], locale: Locale) =>
  new Intl.ListFormat(INTL_TAG[locale], { type: "disjunction" }).format([...new Set(mimes.map(kindName))]);
const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;

/** The file question a name refers to: one of the product's forms, or its additional documents once bought. */
export function fileField(policy: PolicyRow, name: string): { field: Field; afterPurchase: boolean } | null {
  const product = getProduct(policy.productSlug);
  if (!product) return null;
  for (const form of product.forms) {
    const field = form.fields.find((f) => f.name === name && f.type === "async_file");
    if (field) return { field: field as Field, afterPurchase: false };
  }
  const extra = product.additional_documents as Field | null | undefined;
  if (extra && extra.name === name) return { field: extra, afterPurchase: true };
  return null;
}

export async function addAttachment(
  ctx: AppContext,
  caller: Caller,
  policyNumber: string,
  body: { data: string; name: string; filename?: string },
) {
  const policy = await loadVisiblePolicy(ctx, caller, policyNumber, { write: true });
  const found = fileField(policy, body.name);
  if (!found) throw invalid(`There is no file question called "${body.name}" on this policy.`);
  const { field, afterPurchase } = found;
  const open = afterPurchase ? [STATUS.active, ...BEING_BOUGHT] : OPEN_QUOTE;
  const slug = policy.productSlug;
  if (!open.includes(policy.status)) throw conflict(said("filesClosed", { policyNumber: policy.policyNumber }, slug));

  const match = /^data:([^;,]*)((?:;[^;,]+)*);base64,([A-Za-z0-9+/=\s]*)$/.exec(body.data);
  if (!match) throw invalid("data must be a base64 data URL: data:<type>;base64,<bytes>.");
  const bytes = Buffer.from(match[3], "base64");
  if (bytes.length === 0) throw invalid(said("fileEmpty", {}, slug));
  const fieldIn = (l: Locale) => productText(slug, l, field.title);
  const maxSize = field.rules?.max_size ?? DEFAULT_MAX_SIZE;
  if (bytes.length > maxSize)
    throw tooLarge(
      said(
        "fileTooLarge",
        (l) => ({ size: megabytes(bytes.length), field: fieldIn(l), max: megabytes(maxSize) }),
        slug,
      ),
    );

  const accepted = field.rules?.accepted_mime_types ?? [];
  const detected = (await fileTypeFromBuffer(bytes))?.mime;
  const accepts = (l: Locale) => ({ field: fieldIn(l), kinds: listKinds(accepted, l) });
  if (!detected)
    throw unsupportedType(said(accepted.length ? "fileKindUnknownAccepts" : "fileKindUnknown", accepts, slug));
  if (accepted.length && !accepted.includes(detected))
    throw unsupportedType(said("fileKindWrongAccepts", (l) => ({ ...accepts(l), kind: kindName(detected) }), slug));

  const ref = newToken(18);
  await ctx.files.put(ref, bytes);
  const filename = (body.filename ?? `${body.name}.${detected.split("/")[1]}`)
    .replace(/[\u0000-\u001f\u007f"\\/]/g, "_")
    .slice(0, 200);
  await ctx.stores.attachments.insert({
    ref,
    policyNumber: policy.policyNumber,
    fieldName: body.name,
    filename,
    mimeType: detected,
    size: bytes.length,
    storageKey: ref,
    createdAt: ctx.now().toISOString(),
  });
  return { file_reference: ref };
}

/** File references are ours (base64url); anything else can't be one of this policy's files. */
const REF_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export async function readAttachment(ctx: AppContext, caller: Caller, policyNumber: string, ref: string) {
  const policy = await loadVisiblePolicy(ctx, caller, policyNumber);
  if (!REF_PATTERN.test(ref)) throw notFound("There is no such file on this policy.");
  const row = await ctx.stores.attachments.find(policy.policyNumber, ref);
  const bytes = row ? await ctx.files.get(row.storageKey) : null;
  if (!row || !bytes) throw notFound("There is no such file on this policy.");
  return { row, bytes };
}

export async function listAttachments(ctx: AppContext, policyNumber: string) {
  return ctx.stores.attachments.forPolicy(policyNumber);
}
