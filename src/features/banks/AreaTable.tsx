import { type AreaCount, areaCounts, type Supply } from './coverage';

/** Questions per area as a table: choice questions and coding cases counted apart. */
export function AreaTable({ supply, caption }: { supply: Supply; caption: string }) {
  const rows: AreaCount[] = areaCounts(supply);
  const hasCases = rows.some((r) => r.cases > 0);
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Area</th>
          <th scope="col">Questions</th>
          {hasCases && <th scope="col">Coding cases</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.area}>
            <th scope="row">{r.label}</th>
            <td>{r.choice}</td>
            {hasCases && <td>{r.cases}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
