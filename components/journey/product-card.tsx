import Link from "next/link";
import type { ProductSummary } from "@/contract/journey";
import { linkButton } from "@/components/journey/link-classes";
import { productPath } from "@/lib/journey/paths";
import type { Translate } from "@/lib/i18n/catalogue";

/** One product on the storefront: picture, name, what it covers, and the way in. */
export function ProductCard({ product, t }: { product: ProductSummary; t: Translate }) {
  return (
    <li className="flex flex-col overflow-hidden rounded-lg border border-line bg-white shadow-sm">
      {product.image ? (
        // eslint-disable-next-line @next/next/no-img-element -- the API's own picture (often a data URL)
        <img src={product.image} alt="" className="aspect-[3/2] w-full bg-brand-50 object-cover" />
      ) : null}
      <div className="flex flex-1 flex-col gap-3 p-5">
        <h2 className="text-xl font-bold">{product.name}</h2>
        <p className="flex-1 text-muted">{product.description ?? ""}</p>
        <Link href={productPath(product.slug)} className={linkButton("primary", "self-start")}>
          {t("getQuote")}
          <span className="sr-only">{t("getQuoteFor", { product: product.name })}</span>
        </Link>
      </div>
    </li>
  );
}
