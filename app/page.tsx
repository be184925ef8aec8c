import type { Metadata } from "next";
import { getProducts } from "@/lib/api";
import { attempt } from "@/lib/journey/load";
import { PageHeader } from "@/components/ui/page-header";
import { ProductCard } from "@/components/journey/product-card";
import { ServiceProblem } from "@/components/journey/service-problem";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("pages"))("chooseCover") };
}

export default async function ProductsPage() {
  const [products, t] = await Promise.all([attempt(getProducts), getT("pages")]);
  // The products list is an extension: without it there is nothing to list (links to /products/<slug> still work).
  const none = !products.ok && [404, 405, 422].includes(products.status);
  if (!products.ok && !none) return <ServiceProblem detail={products.detail} retryHref="/" />;
  return (
    <>
      <PageHeader title={t("chooseCover")} description={t("chooseCoverLead")} />
      {!products.ok || products.value.length === 0 ? (
        <p>{t("noProducts")}</p>
      ) : (
        <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {products.value.map((product) => (
            <ProductCard key={product.slug} product={product} t={t} />
          ))}
        </ul>
      )}
    </>
  );
}
