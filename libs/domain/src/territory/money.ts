/** Money is stored as integer cents; the source prints euros with two decimals. */
export function eurosToCents(euros: number): number {
  const cents = Math.round(euros * 100);
  if (!Number.isSafeInteger(cents)) throw new Error(`Importo non valido: ${euros}`);
  return cents;
}

export function centsToEuros(cents: number): number {
  return cents / 100;
}

const formatter = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' });

/** "16.519,78 €" */
export function formatEuroCents(cents: number): string {
  return formatter.format(cents / 100);
}
