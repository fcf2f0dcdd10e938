import { ConfigError } from "./configError.ts";

/**
 * For a command's top level: a configuration error is printed as its lines
 * alone (each names a variable and the fix) and the process exits with 1;
 * anything else is rethrown, because a bug deserves its stack.
 */
export function reportConfigErrorAndExit(error: unknown, command: string): never {
  if (!(error instanceof ConfigError)) throw error;
  for (const line of error.message.split("\n")) console.error(`${command}: ${line}`);
  process.exit(1);
}
