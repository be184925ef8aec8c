import { and, eq, inArray } from "drizzle-orm";
import type { AttachmentStore } from "../domain/stores";
import type { Db } from "./db";
import { attachments } from "./schema";

export function attachmentStore(db: Db): AttachmentStore {
  return {
    async insert(row) {
      await db.insert(attachments).values(row);
    },
    async find(policyNumber, ref) {
      const [row] = await db
        .select()
        .from(attachments)
        .where(and(eq(attachments.policyNumber, policyNumber), eq(attachments.ref, ref)))
        .limit(1);
      return row ?? null;
    },
    forPolicy: (policyNumber) =>
      db.select().from(attachments).where(eq(attachments.policyNumber, policyNumber)).orderBy(attachments.createdAt),
    async refsFor(policyNumber, fieldName, refs) {
      const rows = await db
        .select({ ref: attachments.ref })
        .from(attachments)
        .where(
          and(
            eq(attachments.policyNumber, policyNumber),
            eq(attachments.fieldName, fieldName),
            inArray(attachments.ref, refs),
          ),
        );
      return rows.map((r) => r.ref);
    },
  };
}
