import { ConfigError, type ConfigProblem } from "./configError.ts";
import { collectSecretValues, redactSecrets, type Env } from "./secrets.ts";

export interface IntegerOptions {
  fallback: number;
  min: number;
  max: number;
}

/**
 * Reads settings from the environment and collects every problem instead of
 * stopping at the first, so an operator fixes a configuration in one go.
 * Call `check()` once everything is read: it throws one ConfigError listing
 * them all. Until then, a missing or bad value reads as a harmless stand-in.
 */
export class EnvReader {
  readonly env: Env;
  readonly #problems: ConfigProblem[] = [];

  constructor(env: Env) {
    this.env = env;
  }

  /** A setting that must be set. Untrimmed: secrets may legitimately contain spaces. */
  required(name: string, hint: string): string {
    const value = this.env[name];
    if (value === undefined || value.trim() === "") {
      this.problem(name, `is required: ${hint}`);
      return "";
    }
    return value;
  }

  /** An optional setting; blank counts as unset, so `FOO=` in an env file does not override the default. */
  optional(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value ? value : undefined;
  }

  integer(name: string, { fallback, min, max }: IntegerOptions): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw)) {
      this.problem(name, `must be a whole number from ${min} to ${max}, not ${this.quote(raw)}`);
      return fallback;
    }
    const value = Number(raw);
    if (value < min || value > max) {
      this.problem(name, `must be a whole number from ${min} to ${max}, not ${value}`);
      return fallback;
    }
    return value;
  }

  oneOf<const Value extends string>(name: string, values: readonly Value[], fallback: Value): Value {
    const raw = this.optional(name) ?? fallback;
    if ((values as readonly string[]).includes(raw)) return raw as Value;
    this.problem(name, `must be one of ${values.join(", ")}, not ${this.quote(raw)}`);
    return fallback;
  }

  /** An absolute URL with one of `protocols` (e.g. ["https:"]), or undefined when unset. */
  url(name: string, protocols: readonly string[]): URL | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      this.problem(name, `must be an absolute URL, not ${this.quote(raw)}`);
      return undefined;
    }
    if (!protocols.includes(url.protocol)) {
      this.problem(
        name,
        `must be a ${protocols.map((p) => p.replace(/:$/, "")).join(" or ")} URL, not ${this.quote(raw)}`,
      );
      return undefined;
    }
    return url;
  }

  /** Records a problem found while interpreting a value. */
  problem(variable: string, problem: string): void {
    this.#problems.push({ variable, problem });
  }

  /**
   * A value quoted for an error message. A credential pasted into the wrong
   * variable must not end up on stderr, so a value that is a secret elsewhere
   * in the environment is redacted.
   */
  quote(value: string): string {
    return JSON.stringify(redactSecrets(value, collectSecretValues(this.env)));
  }

  /** Throws one ConfigError with every problem found so far. */
  check(): void {
    if (this.#problems.length > 0) throw new ConfigError(this.#problems);
  }
}
