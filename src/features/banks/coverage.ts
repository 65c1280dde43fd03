import { AREAS, areaLabel } from '../../domain/areas';
import { BUILT_IN_FORMATS } from '../../domain/builtInFormats';
import { combineSupplies, type Shortage, shortagesFor } from '../../domain/form';
import type { ExamFormat } from '../../domain/formats';

// What a bank (or all of them) is enough for, in words: read from the stored supply by part kind
// and area, so the library never loads every question to say it.

export type Supply = Readonly<Record<string, number>>;

export function formatName(format: ExamFormat): string {
  return format.origin === 'newer-built-in' ? `${format.code} (newer format)` : format.code;
}

/** `CPC, COC or CRC`. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

const MAX_AREAS_NAMED = 3;

/** `short by 6 in Anesthesia and 9 in Radiology`, naming four areas at most. */
export function describeShortages(shortages: readonly Shortage[]): string {
  const shown = shortages.length > MAX_AREAS_NAMED + 1 ? MAX_AREAS_NAMED : shortages.length;
  const named = shortages.slice(0, shown).map((s) => `${s.missing} in ${areaLabel(s.area)}`);
  const rest = shortages.slice(shown);
  if (rest.length > 0) {
    const more = rest.reduce((n, s) => n + s.missing, 0);
    named.push(`${more} more in ${rest.length} other ${rest.length === 1 ? 'area' : 'areas'}`);
  }
  const list = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : (named[0] ?? '');
  return `short by ${list}`;
}

export interface Coverage {
  /** Formats a full form can be drawn for. */
  readonly enough: readonly string[];
  /** Formats it falls short of, grouped where the shortfall reads the same. */
  readonly short: readonly { readonly formats: readonly string[]; readonly text: string }[];
}

export function coverageOf(supply: Supply, formats: readonly ExamFormat[] = BUILT_IN_FORMATS): Coverage {
  const enough: string[] = [];
  const short = new Map<string, string[]>();
  const total = combineSupplies([supply]);
  for (const format of formats) {
    const shortages = shortagesFor(format, total);
    if (shortages.length === 0) {
      enough.push(formatName(format));
      continue;
    }
    const text = describeShortages(shortages);
    const group = short.get(text);
    if (group) group.push(formatName(format));
    else short.set(text, [formatName(format)]);
  }
  return { enough, short: [...short].map(([text, names]) => ({ formats: names, text })) };
}

export function combinedSupply(supplies: readonly Supply[]): Supply {
  return Object.fromEntries(combineSupplies(supplies));
}

export interface AreaCount {
  readonly area: string;
  readonly label: string;
  readonly choice: number;
  readonly cases: number;
}

const ORDER = new Map(AREAS.map((a, i) => [a.id, i]));

/** Questions per area from a supply (`choice|anatomy` -> 12), in the order areas are listed elsewhere. */
export function areaCounts(supply: Supply): AreaCount[] {
  const byArea = new Map<string, { choice: number; cases: number }>();
  for (const [key, n] of Object.entries(supply)) {
    const bar = key.indexOf('|');
    const kind = key.slice(0, bar);
    const area = key.slice(bar + 1);
    const row = byArea.get(area) ?? { choice: 0, cases: 0 };
    if (kind === 'case') row.cases += n;
    else row.choice += n;
    byArea.set(area, row);
  }
  return [...byArea]
    .map(([area, row]) => ({ area, label: areaLabel(area), ...row }))
    .sort(
      (a, b) =>
        (ORDER.get(a.area) ?? AREAS.length) - (ORDER.get(b.area) ?? AREAS.length) ||
        a.label.localeCompare(b.label),
    );
}
