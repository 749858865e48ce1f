import { formatFen } from "@/lib/cases/money";

export interface MoneyRow {
  readonly key: string;
  readonly label: string;
  readonly atStakeFen: bigint;
  readonly recoveredFen: bigint;
}

/**
 * Recovered vs at stake per row, as plain server-rendered SVG (ADR 0013): one bar per row,
 * the recovered part drawn over the amount at stake. The SVG is decorative for screen
 * readers (aria-hidden); the table under it carries the same numbers as text, in the HTML.
 */
export function MoneyChart({
  rows,
  locale,
  caption,
  labels,
}: {
  rows: readonly MoneyRow[];
  locale: string;
  caption: string;
  labels: { kind: string; atStake: string; recovered: string; share: string };
}) {
  const max = rows.reduce((m, r) => (r.atStakeFen > m ? r.atStakeFen : m), 1n);
  const barHeight = 22;
  const gap = 30;
  const width = 320;
  const height = rows.length * gap + 4;
  const scale = (fen: bigint) => Math.max(fen > 0n ? 2 : 0, Math.round((Number(fen) / Number(max)) * width));
  return (
    <figure className="space-y-2">
      <figcaption className="font-medium">{caption}</figcaption>
      <div className="grid grid-cols-[minmax(0,8rem)_1fr] items-start gap-x-2">
        <ul aria-hidden="true" className="text-sm">
          {rows.map((r) => (
            <li key={r.key} className="flex items-center truncate" style={{ height: gap }}>
              {r.label}
            </li>
          ))}
        </ul>
        <svg
          aria-hidden="true"
          focusable="false"
          viewBox={`0 0 ${width} ${height}`}
          preserveAspectRatio="none"
          className="h-auto w-full"
          style={{ height }}
        >
          {rows.map((r, i) => (
            <g key={r.key} transform={`translate(0 ${i * gap + 4})`}>
              <rect width={scale(r.atStakeFen)} height={barHeight} rx={3} className="fill-slate-300" />
              <rect width={scale(r.recoveredFen)} height={barHeight} rx={3} className="fill-emerald-700" />
            </g>
          ))}
        </svg>
      </div>
      <p aria-hidden="true" className="flex gap-4 text-xs text-slate-600">
        <span className="inline-flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-sm bg-slate-300" /> {labels.atStake}
        </span>
        <span className="inline-flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-sm bg-emerald-700" /> {labels.recovered}
        </span>
      </p>
      <table className="sr-only">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.kind}</th>
            <th scope="col">{labels.atStake}</th>
            <th scope="col">{labels.recovered}</th>
            <th scope="col">{labels.share}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{formatFen(r.atStakeFen, locale)}</td>
              <td>{formatFen(r.recoveredFen, locale)}</td>
              <td>{r.atStakeFen > 0n ? `${(r.recoveredFen * 100n) / r.atStakeFen}%` : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
