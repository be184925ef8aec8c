/** A date's three boxes, as typed. */
export type DateParts = { day: string; month: string; year: string };

const pad = (part: string) => (/^\d$/.test(part) ? `0${part}` : part);

/**
 * The contract's "YYYY-MM-DD" from the three boxes ("" when all are empty). A box left empty or typed wrongly gives a
 * string that is not a date, which the rules engine answers with "enter a real date".
 */
export function joinDate({ day, month, year }: DateParts): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return "";
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The boxes for a stored answer: a date's day and month without their leading zero, as a person writes them. */
export function splitDate(value: string): DateParts {
  const [year = "", month = "", day = ""] = value ? value.split("-") : [];
  const plain = (part: string) => (/^\d+$/.test(part) ? String(Number(part)) : part);
  return { day: plain(day), month: plain(month), year };
}
