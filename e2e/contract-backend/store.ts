import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { notFound } from "./http";
import type { Answers } from "./types";

/** Everything this vendor remembers, in memory, per server instance. */

export type StatusKey = "S_NEW" | "S_QUOTED" | "S_ACTIVE";
export const STATUS_NAMES: Record<StatusKey, string> = { S_NEW: "New", S_QUOTED: "Quoted", S_ACTIVE: "Active" };

export type Quote = {
  number: string;
  tokenHash: Buffer;
  status: StatusKey;
  /** Saved answers by form id; a form is in `accepted` once it passed every check. */
  answers: Record<string, Answers>;
  accepted: Set<string>;
  verifiedEmail: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  startDate: string | null;
  endDate: string | null;
};

export type StoredFile = { ref: string; policy: string; field: string; name: string; mime: string; bytes: Buffer };

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const hash = (token: string) => createHash("sha256").update(token).digest();

export class Store {
  private quotes = new Map<string, Quote>();
  private files = new Map<string, StoredFile>();

  /** A new quote and the token that alone reaches it (only its hash is kept). */
  create(): { quote: Quote; token: string } {
    let number = "";
    do number = `PW${Array.from({ length: 7 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("")}`;
    while (this.quotes.has(number));
    const token = randomBytes(24).toString("base64url");
    const now = new Date().toISOString();
    const quote: Quote = {
      number,
      tokenHash: hash(token),
      status: "S_NEW",
      answers: {},
      accepted: new Set(),
      verifiedEmail: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
      startDate: null,
      endDate: null,
    };
    this.quotes.set(number, quote);
    return { quote, token };
  }

  /** The quote, only for the holder of its token; 404 alike for absent and not yours. */
  reach(number: unknown, token: string | undefined): Quote {
    const quote = typeof number === "string" ? this.quotes.get(number) : undefined;
    if (!quote || !token || !timingSafeEqual(quote.tokenHash, hash(token))) throw notFound();
    return quote;
  }

  touch(quote: Quote) {
    quote.version += 1;
    quote.updatedAt = new Date().toISOString();
  }

  addFile(file: Omit<StoredFile, "ref">): string {
    const ref = randomBytes(18).toString("base64url");
    this.files.set(ref, { ...file, ref });
    return ref;
  }

  file(policy: string, ref: string): StoredFile {
    const file = this.files.get(ref);
    if (!file || file.policy !== policy) throw notFound("There is no such file on this policy.");
    return file;
  }

  filesOf(policy: string): StoredFile[] {
    return [...this.files.values()].filter((f) => f.policy === policy);
  }

  fileKnown(policy: string, ref: string, field: string): boolean {
    const file = this.files.get(ref);
    return file !== undefined && file.policy === policy && file.field === field;
  }
}
