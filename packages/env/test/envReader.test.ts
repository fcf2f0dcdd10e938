import { describe, expect, it } from "vitest";
import { collectSecretValues, ConfigError, EnvReader, REDACTED, redactSecrets } from "@patient-ed/env";

function problemsOf(read: (env: EnvReader) => void, env: Record<string, string>): string[] {
  const reader = new EnvReader(env);
  read(reader);
  try {
    reader.check();
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split("\n");
    throw error;
  }
  return [];
}

describe("reading the environment", () => {
  it("collects every problem and reports them together, one line each", () => {
    const lines = problemsOf(
      (env) => {
        env.required("A_TOKEN", "the token");
        env.integer("LIMIT", { fallback: 5, min: 1, max: 10 });
        env.oneOf("MODE", ["warn", "strict"], "warn");
        env.url("HOME_URL", ["https:"]);
      },
      { LIMIT: "11", MODE: "loud", HOME_URL: "http://example.org" },
    );
    expect(lines).toEqual([
      "A_TOKEN is required: the token",
      "LIMIT must be a whole number from 1 to 10, not 11",
      'MODE must be one of warn, strict, not "loud"',
      'HOME_URL must be a https URL, not "http://example.org"',
    ]);
  });

  it("treats blank as unset and gives defaults", () => {
    const env = new EnvReader({ LIMIT: " ", MODE: "" });
    expect(env.integer("LIMIT", { fallback: 5, min: 1, max: 10 })).toBe(5);
    expect(env.oneOf("MODE", ["warn", "strict"], "warn")).toBe("warn");
    expect(() => env.check()).not.toThrow();
  });

  it("never quotes a secret back, even from the wrong variable", () => {
    const lines = problemsOf((env) => env.integer("RELAY_PORT", { fallback: 1, min: 0, max: 9 }), {
      RELAY_PORT: "sk-very-secret",
      SANITY_API_READ_TOKEN: "sk-very-secret",
    });
    expect(lines).toEqual([`RELAY_PORT must be a whole number from 0 to 9, not "${REDACTED}"`]);
  });
});

describe("redacting secrets", () => {
  it("finds credentials by the variable's name and replaces them raw and JSON-escaped, longest first", () => {
    const secrets = collectSecretValues({ GITHUB_TOKEN: 'ab"cd', MY_PASSWORD: "abcdef", PATH: "/usr/bin" });
    expect(secrets).toEqual(['ab"cd', "abcdef"]);
    expect(redactSecrets(`x abcdef y ${JSON.stringify('ab"cd')} /usr/bin`, secrets)).toBe(
      `x ${REDACTED} y "${REDACTED}" /usr/bin`,
    );
  });
});
