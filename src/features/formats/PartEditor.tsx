import { AREAS, areaLabel } from '../../domain/areas';
import { type PartDraft, scaleBlueprint } from '../../domain/customFormat';
import { NumberInput } from '../../ui/NumberInput';

interface Props {
  part: PartDraft;
  index: number;
  onChange: (part: PartDraft) => void;
}

/** One part's question count and its areas of knowledge, each a labelled row. */
export function PartEditor({ part, index, onChange }: Props) {
  const sum = part.blueprint.reduce((s, r) => s + r.count, 0);
  const used = new Set(part.blueprint.map((r) => r.area));
  const free = AREAS.filter((a) => !used.has(a.id));
  const label = part.title || `Part ${index + 1}`;
  const setRow = (r: number, change: Partial<PartDraft['blueprint'][number]>) =>
    onChange({ ...part, blueprint: part.blueprint.map((row, i) => (i === r ? { ...row, ...change } : row)) });
  return (
    <fieldset className="part-editor">
      <legend>{label}</legend>
      <p>
        <label htmlFor={`part-${index}-title`}>Part title</label>{' '}
        <input
          id={`part-${index}-title`}
          type="text"
          value={part.title}
          onChange={(e) => onChange({ ...part, title: e.target.value })}
        />
      </p>
      <p>
        <label htmlFor={`part-${index}-count`}>{label}: questions</label>{' '}
        <NumberInput
          id={`part-${index}-count`}
          min={1}
          value={part.count}
          onValue={(count) => onChange({ ...part, count })}
        />{' '}
        <button
          type="button"
          onClick={() => onChange({ ...part, blueprint: scaleBlueprint(part.blueprint, part.count) })}
          disabled={!Number.isInteger(part.count) || part.count < 1}
        >
          Scale areas to {Number.isFinite(part.count) ? part.count : '…'}
        </button>
      </p>
      <table className="data-table">
        <caption>
          {label}: areas add up to {sum}
        </caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Questions</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {part.blueprint.map((row, r) => (
            <tr key={row.area}>
              <th scope="row">{areaLabel(row.area)}</th>
              <td>
                <NumberInput
                  min={0}
                  aria-label={`${areaLabel(row.area)}: questions`}
                  value={row.count}
                  onValue={(count) => setRow(r, { count })}
                />
              </td>
              <td>
                <button
                  type="button"
                  aria-label={`Remove ${areaLabel(row.area)}`}
                  onClick={() => onChange({ ...part, blueprint: part.blueprint.filter((_, i) => i !== r) })}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {free.length > 0 && (
        <p>
          <label htmlFor={`part-${index}-add`}>Add an area to {label}</label>{' '}
          <select
            id={`part-${index}-add`}
            value=""
            onChange={(e) =>
              e.target.value &&
              onChange({ ...part, blueprint: [...part.blueprint, { area: e.target.value, count: 0 }] })
            }
          >
            <option value="">Choose an area…</option>
            {free.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </p>
      )}
    </fieldset>
  );
}
