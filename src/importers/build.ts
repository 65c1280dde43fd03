import { AREAS } from '../domain/areas';
import { CHOICE_IDS, type Choice } from '../domain/questions';

/** Bank choices in order get the ids A, B, C ... (at most eight, as the runner's keys allow). */
export function choicesFrom(texts: readonly string[]): Choice[] {
  return texts.slice(0, CHOICE_IDS.length).map((text, i) => ({ id: CHOICE_IDS[i] ?? String(i), text }));
}

export const MAX_CHOICES = CHOICE_IDS.length;

/** Ids usable in URLs and keys: what importers derive from titles or counters. */
export function safeId(raw: string, fallback: string): string {
  const id = raw
    .trim()
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return id || fallback;
}

/** Makes ids unique within a bank by suffixing repeats: q, q-2, q-3. */
export function uniqueIds<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, n);
    return n === 1 ? item : { ...item, id: `${item.id}-${n}` };
  });
}

/**
 * The area a category or tag names: a known area id or label (any case), else a slug of the
 * name, so an instructor's own categories become areas of their own. The last segment of a
 * path such as `$course$/CPC/ICD-10-CM` is used.
 */
export function areaFromLabel(raw: string, fallback = 'uncategorised'): string {
  const last =
    raw
      .split('/')
      .filter((s) => s.trim() !== '')
      .pop()
      ?.trim() ?? '';
  if (last === '') return fallback;
  const lower = last.toLowerCase();
  const known = AREAS.find((a) => a.id === lower || a.label.toLowerCase() === lower);
  if (known) return known.id;
  const slug = lower
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return /^[a-z0-9]/.test(slug) ? slug : fallback;
}
