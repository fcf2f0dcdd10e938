import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const SITE_DIR = fileURLToPath(new URL("../../../site/", import.meta.url));

export interface RunningPreviewServer {
  origin: string;
  /** Everything it printed, for a failing test's message. */
  output(): string;
  close(): void;
}

/**
 * Starts the real `pnpm preview:drafts` entry point (site/scripts/preview/previewServer.ts) in a child process
 * with only the content and preview settings `env` gives (a developer's own Sanity settings never reach it), and
 * resolves with the address it prints once it listens. It builds the pages first: allow a minute on a loaded machine.
 */
export function startPreviewServer(env: Record<string, string>): Promise<RunningPreviewServer> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(SANITY_|SIGNOFF_|PREVIEW_|REVIEW_POLICY$|SITE_)/.test(name)),
  );
  const child: ChildProcess = spawn(process.execPath, ["scripts/preview/previewServer.ts"], {
    cwd: SITE_DIR,
    env: { ...inherited, PREVIEW_PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const origin = /on (http:\/\/[^/\s]+)\//.exec(output)?.[1];
      if (origin) resolve({ origin, output: () => output, close: () => void child.kill() });
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => reject(new Error(`the preview server exited (${code}):\n${output}`)));
  });
}
