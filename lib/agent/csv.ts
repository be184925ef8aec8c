/** CSV as RFC 4180 writes it (CRLF lines, quoted where needed), safe to open in a spreadsheet. */

export type CsvColumn<T> = { header: string; value: (row: T) => unknown };

// A cell starting with one of these is run as a formula by spreadsheet programs.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text that looks like a formula is defused with a leading apostrophe; quotes where needed. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (typeof value === "number") text = Number.isFinite(value) ? String(value) : "";
  else if (typeof value === "boolean") text = value ? "true" : "false";
  else if (typeof value === "string") text = FORMULA_START.test(value) ? `'${value}` : value;
  else text = JSON.stringify(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: unknown[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export function csvHeader<T>(columns: CsvColumn<T>[]): string {
  return csvLine(columns.map((c) => c.header));
}

export function csvRows<T>(columns: CsvColumn<T>[], rows: T[]): string {
  return rows.map((row) => csvLine(columns.map((c) => c.value(row)))).join("");
}

/** A UTF-8 byte-order mark, so spreadsheet programs read accented names correctly. */
export const CSV_BOM = "\uFEFF";

export type PageSource<T> = (page: number) => Promise<T[]>;

/**
 * Streams a CSV: the header and the first page (already fetched, so its errors can still become
 * an HTTP status), then further pages fetched one at a time as the reader asks for more.
 */
export function csvStream<T>(
  columns: CsvColumn<T>[],
  first: T[],
  perPage: number,
  next: PageSource<T>,
  maxPages = 1000,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let page = 1;
  let more = first.length >= perPage;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvHeader(columns) + csvRows(columns, first)));
      if (!more) controller.close();
    },
    async pull(controller) {
      page += 1;
      try {
        const rows = await next(page);
        if (rows.length > 0) controller.enqueue(encoder.encode(csvRows(columns, rows)));
        more = rows.length >= perPage && page < maxPages;
      } catch (err) {
        controller.error(err);
        return;
      }
      if (!more) controller.close();
    },
  });
}
