/** A whole number of at least 1 from a command-line flag, or an error naming the flag. */
export function positiveInteger(value: string | undefined, flag: string): number {
  if (value === undefined) throw new Error(`${flag} is required`);
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${flag} must be a whole number of at least 1`);
  return number;
}
