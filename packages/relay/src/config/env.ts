import { redactSecrets } from "../redact.ts";
import { collectSecretValues } from "./secrets.ts";

/** The environment as a plain record, so config can be read from process.env or a platform's bindings alike. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Thrown while reading config. It names the variable so a misconfigured relay
 * stops at startup with something an operator can fix, instead of accepting
 * webhooks it cannot act on.
 */
export class ConfigError extends Error {
  readonly variable: string;

  constructor(variable: string, problem: string) {
    super(`${variable} ${problem}`);
    this.name = "ConfigError";
    this.variable = variable;
  }
}

/** A value that must be set. Returned untrimmed: secrets may legitimately contain spaces. */
export function readRequired(env: Env, name: string, hint: string): string {
  const value = env[name];
  if (value === undefined || value.trim() === "") throw new ConfigError(name, `is required: ${hint}`);
  return value;
}

/** An optional setting; blank counts as unset so `FOO=` in an env file does not override the default. */
export function readOptional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/**
 * A setting's value, quoted for an error message. A credential pasted into the
 * wrong variable must not end up on stderr (and in whatever collects it), so
 * any value that is a secret elsewhere in the environment is redacted.
 */
export function quoteValue(env: Env, value: string): string {
  return JSON.stringify(redactSecrets(value, collectSecretValues(env)));
}

export function readInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = readOptional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got ${quoteValue(env, raw)}`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}
