const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const isoDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });

/** `Jun 1, 2026, 9:05 AM` in the reader's locale and zone. */
export const formatDateTime = (ms: number): string => dateTime.format(ms);
/** `Jun 1`: for chart ticks and table columns. */
export const formatDayMonth = (ms: number): string => dayMonth.format(ms);
/** `2026-06-01`: for file names. */
export const formatIsoDay = (ms: number): string => isoDay.format(ms);
