import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

type LanguageSwitcherProps = { locale: Locale; label: string };

/** A plain form per other language: works without JavaScript; the server remembers the choice in a cookie. */
export function LanguageSwitcher({ locale, label }: LanguageSwitcherProps) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-2">
        {LOCALES.filter((other) => other !== locale).map((other) => (
          <li key={other}>
            <form method="post" action="/language">
              <input type="hidden" name="locale" value={other} />
              <button
                type="submit"
                lang={other}
                className="inline-flex min-h-11 cursor-pointer items-center px-2 font-semibold text-white underline underline-offset-4"
              >
                {LOCALE_NAMES[other]}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </nav>
  );
}
