import { NotFoundView } from "@/components/journey/not-found-view";

export default function QuoteNotFound() {
  return <NotFoundView what="quote" />;
}
