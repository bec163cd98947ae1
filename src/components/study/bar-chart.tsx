/**
 * A horizontal bar chart drawn with CSS widths, its numbers also in a table for screen readers.
 * Server-rendered: no chart library, no JavaScript.
 */
export function BarChart({
  label,
  columns,
  bars,
  max,
}: {
  label: string;
  columns: [string, string];
  bars: { label: string; value: number; text: string }[];
  max?: number;
}) {
  const top = max ?? Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <figure className="bar-chart" aria-label={label}>
      <div aria-hidden="true">
        {bars.map((bar) => (
          <div className="bar-row" key={bar.label}>
            <span className="bar-label">{bar.label}</span>
            <span className="bar-track">
              <span className="bar" style={{ width: `${(bar.value / top) * 100}%` }} />
            </span>
            <span className="bar-value">{bar.text}</span>
          </div>
        ))}
      </div>
      <table className="visually-hidden">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">{columns[0]}</th>
            <th scope="col">{columns[1]}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>{bar.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
