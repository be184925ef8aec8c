import type { Metadata } from "next";
import { getProducts } from "@/lib/api";
import { attempt } from "@/lib/journey/load";
import { PageHeader } from "@/components/ui/page-header";
import { ProductCard } from "@/components/journey/product-card";
import { ServiceProblem } from "@/components/journey/service-problem";

export const metadata: Metadata = { title: "Choose your cover" };

export default async function ProductsPage() {
  const products = await attempt(getProducts);
  // The products list is an extension: without it there is nothing to list (links to /products/<slug> still work).
  const none = !products.ok && [404, 405, 422].includes(products.status);
  if (!products.ok && !none) return <ServiceProblem detail={products.detail} retryHref="/" />;
  return (
    <>
      <PageHeader
        title="Choose your cover"
        description="Get a price in a few minutes. Your answers are saved as you go, so you can stop and come back."
      />
      {!products.ok || products.value.length === 0 ? (
        <p>There are no products to buy right now. Please come back later.</p>
      ) : (
        <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {products.value.map((product) => (
            <ProductCard key={product.slug} product={product} />
          ))}
        </ul>
      )}
    </>
  );
}
