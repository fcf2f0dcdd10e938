import { redactSecrets } from "@patient-ed/env";

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  /** Values scrubbed from every line, whatever field they hide in. */
  secrets?: readonly string[];
  /** Where lines go; console.log keeps this module free of Node APIs. */
  write?: (line: string) => void;
  now?: () => number;
  minLevel?: LogLevel;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Errors serialize to `{}` by default; keep what an operator needs (no stack: it adds noise, not insight). */
function serializeValue(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    const cause = value.cause instanceof Error ? value.cause.message : undefined;
    return { name: value.name, message: value.message, ...(cause ? { cause } : {}) };
  }
  if (typeof value === "bigint") return value.toString();
  return value;
}

/** One JSON object per line (level, msg, fields), so log shippers need no parsing rules. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = options.secrets ?? [];
  const write = options.write ?? ((line: string) => console.log(line));
  const now = options.now ?? Date.now;
  const minRank = RANK[options.minLevel ?? "info"];

  function log(level: LogLevel, msg: string, fields: LogFields = {}): void {
    if (RANK[level] < minRank) return;
    const entry = { time: new Date(now()).toISOString(), level, msg, fields };
    let line: string;
    try {
      line = JSON.stringify(entry, serializeValue);
    } catch {
      line = JSON.stringify({ time: entry.time, level, msg, fields: { unserializable: true } });
    }
    write(redactSecrets(line, secrets));
  }

  return {
    debug: (msg, fields) => log("debug", msg, fields),
    info: (msg, fields) => log("info", msg, fields),
    warn: (msg, fields) => log("warn", msg, fields),
    error: (msg, fields) => log("error", msg, fields),
  };
}

/** For callers that want no output (tests, library use). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
