import type { ReactNode } from "react";

type SimpleTableProps = {
  id: string;
  caption: string;
  headers: string[];
  rows: { key: string; cells: ReactNode[] }[];
  empty: string;
};

/** A captioned table whose first cell heads its row; it scrolls sideways on a small screen (only it, not the page). */
export function SimpleTable({ id, caption, headers, rows, empty }: SimpleTableProps) {
  if (rows.length === 0) return <p className="text-muted">{empty}</p>;
  const cell = "border-b border-line px-3 py-2 align-top";
  return (
    <div
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
      // relative: the cells' visually hidden text (position: absolute) stays inside the scrolling frame
      // instead of widening the whole page on a phone.
      className="relative overflow-x-auto rounded-lg border border-line bg-white"
    >
      <table className="w-full border-collapse text-start">
        <caption id={`${id}-caption`} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col" className="whitespace-nowrap border-b-2 border-ink px-3 py-2 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className={`${cell} font-semibold`}>
                    {c}
                  </th>
                ) : (
                  <td key={i} className={cell}>
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
