import type { SubmitResponse } from "@/contract/journey";
import { tabStorage } from "@/lib/tab-storage";
import type { Announcement } from "./response-schemas";
import { journeySchemas } from "./schemas-on-demand";

export type { Announcement };

const key = (policyNumber: string) => `said:${policyNumber}`;

/**
 * Keeps the answer that announced a step or an outcome for this tab, so a reload shows what it said
 * (the display's text, the code form, the decline's words) when the backend can't be asked again.
 */
export function saveAnnouncement(policyNumber: string, res: SubmitResponse): void {
  const kept: Announcement = {
    next_action: res.next_action,
    form: res.form,
    description: res.description,
    content_data: res.content_data,
    pricing: res.pricing ?? null,
  };
  try {
    tabStorage().setItem(key(policyNumber), JSON.stringify(kept));
  } catch {
    // Storage blocked: a reload asks the backend, or shows the step without the extra text.
  }
}

export async function loadAnnouncement(policyNumber: string): Promise<Announcement | null> {
  let kept: string | null;
  try {
    kept = tabStorage().getItem(key(policyNumber));
  } catch {
    return null;
  }
  // Nothing kept (a first visit, another tab): the schemas chunk, zod with it, isn't fetched for nothing.
  if (kept === null) return null;
  const { announcementSchema } = await journeySchemas();
  try {
    const parsed = announcementSchema.safeParse(JSON.parse(kept));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The display before `formId` has been read: Continue showed the form. */
export async function markDisplayRead(policyNumber: string): Promise<void> {
  const kept = await loadAnnouncement(policyNumber);
  if (!kept) return;
  try {
    tabStorage().setItem(key(policyNumber), JSON.stringify({ ...kept, read: true }));
  } catch {
    // nothing kept
  }
}

/** A display still to read before the step `formId`, if this tab has one. */
export async function pendingDisplay(policyNumber: string, formId: string): Promise<Announcement["content_data"]> {
  const kept = await loadAnnouncement(policyNumber);
  if (!kept || kept.read || kept.next_action !== "display" || kept.form?.form_id !== formId) return null;
  return kept.content_data;
}
