import type { Metadata } from "next";
import { NotFoundView } from "@/components/journey/not-found-view";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("errors"))("notFoundPage") };
}

/** Any address the app has no page for, in the person's language (Next's own 404 page is English). */
export default function NotFound() {
  return <NotFoundView what="page" />;
}
