import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

/** `onDark`: in the site's header; without it (a partner's frame, no header) the page's own link colour. */
type LanguageSwitcherProps = { locale: Locale; label: string; onDark?: boolean };

const BUTTON = "inline-flex min-h-11 cursor-pointer items-center px-2 font-semibold underline underline-offset-4";

/** A plain form per other language: works without JavaScript; the server remembers the choice in a cookie. */
export function LanguageSwitcher({ locale, label, onDark = true }: LanguageSwitcherProps) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-2">
        {LOCALES.filter((other) => other !== locale).map((other) => (
          <li key={other}>
            <form method="post" action="/language">
              <input type="hidden" name="locale" value={other} />
              <button type="submit" lang={other} className={`${BUTTON} ${onDark ? "text-white" : "text-brand-700"}`}>
                {LOCALE_NAMES[other]}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </nav>
  );
}
