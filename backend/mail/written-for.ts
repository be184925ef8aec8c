import { DEFAULT_LOCALE, type Locale } from "../../contract/locales";
import { offeredLanguage, productText } from "../products/translations";

/** What every email about a policy is written with: the policy's language, and the product's name and texts in it. */
export type WrittenFor = { language: Locale; productName: string; text: (english: string) => string };

/** The policy's language (English when the product has no longer got it) and the product's name in that language. */
export function writtenFor(
  product: { slug: string; name: string } | null | undefined,
  policy: { language?: Locale | null },
): WrittenFor {
  if (!product) return { language: DEFAULT_LOCALE, productName: "insurance", text: (english) => english };
  const language = offeredLanguage(product.slug, policy.language ?? DEFAULT_LOCALE);
  const text = (english: string) => productText(product.slug, language, english);
  return { language, productName: text(product.name), text };
}
