// Amounts in cents said as a text-to-speech engine reads them naturally ("$59.99").

export interface MoneyOptions {
  /** Leave out ".00" on whole amounts: "$29" rather than "$29.00". Default false. */
  dropZeroCents?: boolean;
  /** Currency symbol before the amount; default "$". */
  symbol?: string;
}

/** 5999 → "$59.99"; 2900 → "$29.00" (or "$29" with `dropZeroCents`); -500 → "-$5.00". */
export function money(cents: number, options: MoneyOptions = {}): string {
  if (!Number.isFinite(cents)) throw new RangeError(`money() takes a whole number of cents, not ${cents}`);
  const whole = Math.round(Math.abs(cents));
  const amount = options.dropZeroCents && whole % 100 === 0 ? String(whole / 100) : (whole / 100).toFixed(2);
  return `${cents < 0 && whole > 0 ? '-' : ''}${options.symbol ?? '$'}${amount}`;
}
