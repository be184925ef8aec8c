import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { EmbedBridge } from "@/components/embed/embed-bridge";
import { EarlySubmitScript } from "@/components/ui/early-submit-script";
import { decodeEmbed, EMBED_COOKIE } from "@/lib/embed/cookie";
import { LanguageSwitcher } from "@/components/ui/language-switcher";
import { translator } from "@/lib/i18n/catalogue";
import { getLanguage } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { locale } = await getLanguage();
  const t = translator(locale, "layout");
  return { title: { default: t("brand"), template: `%s – ${t("brand")}` }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5878" };

const navLink = "inline-flex min-h-11 items-center px-2 font-semibold text-white underline-offset-4 hover:underline";

export default async function RootLayout({ children }: { children: ReactNode }) {
  // No client words here: a page carries them only where its client components read them (SharedClientMessages in
  // the layouts of the steps, the account and the console). Every page is rendered per request, so that it carries
  // that request's CSP nonce (proxy.ts).
  await connection();
  const { locale, dir } = await getLanguage();
  const t = translator(locale, "layout");
  // In a partner's frame: no site navigation, the height of its content, and the bridge to the host page.
  const embed = decodeEmbed((await cookies()).get(EMBED_COOKIE)?.value);
  if (embed) {
    return (
      <html lang={locale} dir={dir}>
        <body className="bg-canvas text-ink antialiased">
          <EarlySubmitScript />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl px-4 py-6 outline-none sm:px-6">
            <div className="mb-4 flex justify-end">
              <LanguageSwitcher locale={locale} label={t("language")} onDark={false} />
            </div>
            {children}
          </main>
          <EmbedBridge origins={embed.partner.origins} />
        </body>
      </html>
    );
  }
  return (
    <html lang={locale} dir={dir}>
      <body className="flex min-h-dvh flex-col bg-canvas text-ink antialiased">
        <EarlySubmitScript />
        <a
          href="#main"
          className="sr-only rounded-md bg-focus px-4 py-3 font-semibold text-ink focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50"
        >
          {t("skip")}
        </a>
        <header className="bg-brand-800 text-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
            <Link
              href="/"
              prefetch={false}
              className="inline-flex min-h-11 items-center text-xl font-bold text-white no-underline hover:underline"
            >
              {t("brand")}
            </Link>
            <nav aria-label={t("mainNav")}>
              <ul className="flex flex-wrap gap-x-4">
                <li>
                  <Link href="/account" prefetch={false} className={navLink}>
                    {t("myPolicies")}
                  </Link>
                </li>
                <li>
                  <Link href="/agent" prefetch={false} className={navLink}>
                    {t("agentConsole")}
                  </Link>
                </li>
              </ul>
            </nav>
            <LanguageSwitcher locale={locale} label={t("language")} />
          </div>
        </header>
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none sm:px-6 sm:py-12"
        >
          {children}
        </main>
        <footer className="border-t border-line bg-white">
          <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted sm:px-6">
            <p>{t("footer")}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
