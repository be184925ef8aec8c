import { NotFoundView } from "@/components/journey/not-found-view";

export default function ProductNotFound() {
  return <NotFoundView what="product" />;
}
