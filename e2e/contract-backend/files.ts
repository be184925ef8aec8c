import { Refusal } from "./http";
import { FORMS } from "./product";
import type { Quote, Store, StoredFile } from "./store";

/** Attachments: judged by their bytes, not by the type the sender declared. */

const SIGNATURES: Array<{ mime: string; magic: number[] }> = [
  { mime: "image/png", magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  { mime: "application/pdf", magic: [0x25, 0x50, 0x44, 0x46] },
];

export function sniff(bytes: Buffer): string | null {
  return SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b))?.mime ?? null;
}

const fileFields = () => FORMS.flatMap((f) => f.fields).filter((f) => f.type === "async_file");

export function addAttachment(store: Store, quote: Quote, body: Record<string, unknown> | null) {
  if (quote.status === "S_ACTIVE") throw new Refusal(409, "conflict", "This policy is bought; it takes no more files.");
  const data = typeof body?.data === "string" ? /^data:([^;,]*)(?:;[^;,]+)*;base64,(.*)$/s.exec(body.data) : null;
  if (!data)
    throw new Refusal(422, "malformed_body", "Send the file as data: a data URL like data:image/png;base64,….");
  const field = fileFields().find((f) => f.name === body?.name);
  if (!field) throw new Refusal(422, "malformed_body", "name must be the name of a file question of this product.");
  const bytes = Buffer.from(data[2], "base64");
  if (bytes.length === 0) throw new Refusal(422, "malformed_body", "The file is empty.");
  const limit = Number(field.rules?.max_size ?? Infinity);
  if (bytes.length > limit) {
    throw new Refusal(
      413,
      "too_large",
      `That file is ${(bytes.length / 1048576).toFixed(1)} MB; the most we take is ${limit / 1048576} MB.`,
    );
  }
  const accepted = (field.rules?.accepted_mime_types as string[] | undefined) ?? [];
  const mime = sniff(bytes);
  if (!mime || !accepted.includes(mime)) {
    throw new Refusal(
      415,
      "unsupported_media_type",
      "That file isn't a PNG or JPEG picture. Please choose a photo or a scan.",
    );
  }
  const name =
    typeof body?.filename === "string" && body.filename.trim() ? body.filename.trim().slice(0, 200) : "upload";
  return { file_reference: store.addFile({ policy: quote.number, field: field.name, name, mime, bytes }) };
}

// A 1×1 grey PNG for anything that isn't itself a small picture.
const ICON = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==",
  "base64",
);

/** The picture itself stands in for its thumbnail (this vendor doesn't scale). */
export function thumbnail(file: StoredFile): { type: string; bytes: Buffer } {
  return file.mime.startsWith("image/") ? { type: file.mime, bytes: file.bytes } : { type: "image/png", bytes: ICON };
}
