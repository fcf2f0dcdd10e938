import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { waitFor } from "./waitFor.ts";

const MAIN = fileURLToPath(new URL("../../src/main.ts", import.meta.url));

export interface MainProcess {
  /** stdout, one entry per line (the relay's JSON log lines). */
  readonly stdout: string[];
  readonly stderr: () => string;
  readonly exited: Promise<number | null>;
  /** The URL from the "relay listening" log line. */
  url(): Promise<string>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Node's compile cache, which `pnpm test` sets for every process it starts (scripts/src/testLanes.ts) and which
 * changes nothing the relay or its builds do: without it, each site build the relay started compiled Astro and Vite
 * again.
 */
const COMPILE_CACHE = process.env.NODE_COMPILE_CACHE;

/** Runs the real entry point (`pnpm relay`) with exactly this environment (plus PATH and the compile cache). */
export function runMain(env: Record<string, string>): MainProcess {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? "", ...(COMPILE_CACHE && { NODE_COMPILE_CACHE: COMPILE_CACHE }), ...env },
  });
  const stdout: string[] = [];
  let stderr = "";
  let partial = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    stdout.push(...lines);
  });
  child.stdout.on("end", () => {
    if (partial !== "") stdout.push(partial);
    partial = "";
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));

  return {
    stdout,
    stderr: () => stderr,
    exited,
    async url() {
      let url = "";
      await waitFor(() => {
        const line = stdout.find((entry) => entry.includes('"relay listening"'));
        if (line) url = (JSON.parse(line) as { fields: { url: string } }).fields.url;
        return url !== "" || child.exitCode !== null;
      }, 10_000);
      if (url === "") throw new Error(`relay exited (${child.exitCode}) before listening: ${stderr}`);
      return url;
    },
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
