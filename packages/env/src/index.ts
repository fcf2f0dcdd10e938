// Browser-safe: nothing here imports a Node module.
export { checkAll, ConfigError, type ConfigProblem } from "./configError.ts";
export { EnvReader, type IntegerOptions } from "./envReader.ts";
export { collectSecretValues, REDACTED, redactSecrets, type Env } from "./secrets.ts";
export { reportConfigErrorAndExit } from "./cli.ts";
