/** One setting that is wrong, and what would fix it. */
export interface ConfigProblem {
  variable: string;
  /** Completes a sentence that starts with the variable's name: "is required: …", "must be a whole number, …". */
  problem: string;
}

/**
 * The environment cannot run this command. It lists every problem at once,
 * one line each, naming the variable and the fix; commands print its message
 * alone, because a stack trace helps no operator.
 */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    super(problems.map((problem) => `${problem.variable} ${problem.problem}`).join("\n"));
    this.name = "ConfigError";
    this.problems = problems;
  }

  static of(variable: string, problem: string): ConfigError {
    return new ConfigError([{ variable, problem }]);
  }
}

/**
 * Runs each reader and throws one ConfigError with the problems of all of
 * them, so settings read in different modules are still reported together.
 */
export function checkAll(readers: readonly (() => unknown)[]): void {
  const problems: ConfigProblem[] = [];
  for (const read of readers) {
    try {
      read();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
}
