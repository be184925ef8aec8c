import type { ReactNode } from "react";
import { AccountBar } from "@/components/account/account-bar";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { SessionTimeout } from "@/components/account/session-timeout";
import { getSession } from "@/lib/session";

/** Signed-in account pages: who is signed in, sign-out, and the warning before the sign-in runs out. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const { customer } = await getSession();
  return (
    <>
      {customer ? <AccountBar name={customer.name ?? customer.email} /> : null}
      {children}
      {customer?.expiresAt ? (
        <ClientMessages namespaces={["session"]}>
          <SessionTimeout key={customer.expiresAt} expiresAt={customer.expiresAt} />
        </ClientMessages>
      ) : null}
    </>
  );
}
