import { EnvReader, type Env } from "@patient-ed/env";

export type { Env } from "@patient-ed/env";

/**
 * A size limit an operator may lower but never raise past `max`: a whole
 * number from 1 to `max`, or `max` when unset. Anything else is a ConfigError.
 */
export function limitFromEnv(env: Env, name: string, max: number): number {
  const reader = new EnvReader(env);
  const limit = reader.integer(name, { fallback: max, min: 1, max });
  reader.check();
  return limit;
}
