const euro = new Intl.NumberFormat('it-IT', {
  style: 'currency',
  currency: 'EUR',
  // Italian CLDR data leaves 4-digit amounts ungrouped ("5474,70 €"); a table reads better grouped.
  useGrouping: 'always',
});

const integer = new Intl.NumberFormat('it-IT', { useGrouping: 'always' });

const dateTime = new Intl.DateTimeFormat('it-IT', { dateStyle: 'long', timeStyle: 'short' });

const date = new Intl.DateTimeFormat('it-IT', { dateStyle: 'long' });

/** 1651978 → "16.519,78 €" */
export function formatEuroCents(cents: number): string {
  return euro.format(cents / 100);
}

/** 1234 → "1.234" */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** ISO date-time → "12 marzo 2026 alle ore 10:30" (as the browser's Italian locale writes it). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** ISO date-time → "12 marzo 2026". */
export function formatDate(iso: string): string {
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? iso : date.format(value);
}
