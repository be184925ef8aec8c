import type { AttachmentRow, NewAttachment } from "../../storage/rows";

export interface AttachmentStore {
  insert(row: NewAttachment): Promise<void>;
  find(policyNumber: string, ref: string): Promise<AttachmentRow | null>;
  forPolicy(policyNumber: string): Promise<AttachmentRow[]>;
  /** Which of `refs` were uploaded to this policy for this field. */
  refsFor(policyNumber: string, fieldName: string, refs: string[]): Promise<string[]>;
}
