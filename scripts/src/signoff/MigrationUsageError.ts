/**
 * A mistake in how `pnpm signoff:migrate` was run (a missing flag, a flag that does not fit the target). The command
 * prints its message alone, one line, and changes nothing.
 */
export class MigrationUsageError extends Error {
  override name = "MigrationUsageError";
}
