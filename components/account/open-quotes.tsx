import Link from "next/link";
import { statusInWords } from "@/contract/format/status-text";
import { STATUSES } from "@/contract/statuses";
import { formatTimestamp } from "@/lib/format";
import { priceRow } from "@/lib/account/list-price";
import type { AccountPolicyItem } from "@/lib/account/schemas";
import { quotePath } from "@/lib/journey/paths";
import { Section } from "@/components/ui/section";

const whereItStands = (status: string) =>
  status === STATUSES.S_NEW ? "Not finished yet" : `${statusInWords(status).replace(/^./, (c) => c.toUpperCase())}`;

/** The customer's quotes still being bought, each to continue on this device, wherever it was started. */
export function OpenQuotes({ quotes }: { quotes: AccountPolicyItem[] }) {
  if (quotes.length === 0) return null;
  return (
    <Section id="quotes" title="Your quotes" description="Pick up where you left off, on any device.">
      <ul aria-label="Your quotes" className="divide-y divide-line">
        {quotes.map((q) => {
          const name = q.subproduct_name || q.product_name;
          const rows: Array<[string, string]> = [
            ["Quote number", q.policy_number],
            ["Where it stands", whereItStands(q.status)],
            priceRow(q, "Price so far"),
            ...(q.updated_at ? [["Last changed", formatTimestamp(q.updated_at)] as [string, string]] : []),
          ];
          return (
            <li key={q.policy_number} className="py-4 first:pt-0 last:pb-0">
              <div className="flex flex-wrap items-baseline justify-between gap-3">
                <h3 className="text-lg font-bold">{name}</h3>
                <Link href={quotePath(q.policy_number)} className="inline-flex min-h-11 items-center font-semibold">
                  Continue<span className="sr-only">{` your ${name} quote ${q.policy_number}`}</span>
                </Link>
              </div>
              <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2">
                {rows.map(([label, value]) => (
                  <div key={label}>
                    <dt className="text-sm text-muted">{label}</dt>
                    <dd className="font-semibold break-words">{value}</dd>
                  </div>
                ))}
              </dl>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
