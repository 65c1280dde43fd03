export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** How far the zone's wall clock is ahead of UTC at this instant (negative west of Greenwich). */
export function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(utcMs)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  const wholeSeconds = utcMs - (((utcMs % SECOND) + SECOND) % SECOND);
  return wall - wholeSeconds;
}

/**
 * The same wall-clock time `days` calendar days later in `timeZone`: a 10-day window opened at
 * 09:00 closes at 09:00 ten days on, across month ends and daylight-saving changes alike.
 * Where that wall time does not exist (the spring-forward gap) the later instant is taken.
 */
export function addCalendarDays(startMs: number, days: number, timeZone: string): number {
  const startOffset = zoneOffsetMs(startMs, timeZone);
  const targetWall = startMs + startOffset + days * DAY;
  // The offset at the target may differ from the start's (DST): settle it in two steps.
  const first = targetWall - zoneOffsetMs(targetWall - startOffset, timeZone);
  const second = targetWall - zoneOffsetMs(first, timeZone);
  return Math.max(first, second);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `5:40:00` style, for timed formats. */
export function formatHms(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / SECOND));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  return `${h}:${pad(m)}:${pad(total % 60)}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** `7 days 3 h 12 min` style, for multi-day windows. */
export function formatDaysHours(ms: number): string {
  const totalMinutes = Math.max(0, Math.ceil(ms / MINUTE));
  const days = Math.floor(totalMinutes / (24 * 60));
  const hours = Math.floor((totalMinutes % (24 * 60)) / 60);
  const minutes = totalMinutes % 60;
  return `${plural(days, 'day', 'days')} ${hours} h ${minutes} min`;
}

/** `5 h 40 min`, `90 min`, `4 h`. */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes);
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** `2 min 16 s`. */
export function formatMinutesSeconds(ms: number): string {
  const total = Math.round(ms / SECOND);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}
