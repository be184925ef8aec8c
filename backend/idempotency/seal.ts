import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

/** What a retry gets back: the first answer's status, the headers that matter, and its bytes. */
export type StoredResponse = { status: number; headers: Record<string, string>; base64: string };

const derive = (secret: string, purpose: string, scope: string, key: string) =>
  createHmac("sha256", secret).update(`${purpose}\0${scope}\0${key}`).digest();

/** The row's id: the same caller and key always find it; the row alone tells neither. */
export const recordId = (secret: string, scope: string, key: string) =>
  derive(secret, "id", scope, key).toString("hex");

/** AES-256-GCM under a key only the caller's Idempotency-Key (with the server's secret) can make again. */
export function seal(secret: string, scope: string, key: string, response: StoredResponse): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derive(secret, "seal", scope, key), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(response), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function unseal(secret: string, scope: string, key: string, sealed: Buffer): StoredResponse {
  const decipher = createDecipheriv("aes-256-gcm", derive(secret, "seal", scope, key), sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString("utf8"));
}
