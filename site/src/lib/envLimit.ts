export type Env = Readonly<Record<string, string | undefined>>;

/**
 * A size limit an operator may lower but never raise past `max`: the
 * variable's whole number when it is between 1 and `max`, else `max`.
 */
export function limitFromEnv(env: Env, name: string, max: number): number {
  const value = Number(env[name]);
  return Number.isInteger(value) && value > 0 ? Math.min(value, max) : max;
}
