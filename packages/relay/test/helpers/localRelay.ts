import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRelayHandler } from "../../src/handler.ts";
import type { Logger } from "../../src/logger.ts";
import { serveRelay, type RelayServer, type RelayServerTimeouts } from "../../src/nodeServer.ts";
import type { PublishEvent } from "../../src/publishEvent.ts";
import { createLocalTarget, type LocalTarget } from "../../src/targets/local.ts";
import { SECRET } from "./signing.ts";

export const FAKE_BUILD = fileURLToPath(new URL("../fixtures/fake-build.ts", import.meta.url));

export interface LocalRelayOptions {
  debounceMs: number;
  maxWaitMs?: number;
  timeouts?: Partial<RelayServerTimeouts>;
  /** Default: the fake site build (test/fixtures/fake-build.ts), run with this Node. */
  buildCommand?: string;
  /** Added to the build's environment. */
  env?: Record<string, string>;
  /** Milliseconds the fake build sleeps, so publishes can arrive while it runs. */
  buildSleepMs?: number;
  secrets?: readonly string[];
  logger?: Logger;
  buildOnStart?: boolean;
}

export interface LocalRelay {
  dir: string;
  server: RelayServer;
  target: LocalTarget;
  /** Every event the handler passed to the target, in order. */
  triggered: PublishEvent[];
  /** One entry per run of the fake build (it appends the content it read to a log file). */
  buildRuns(): Promise<number>;
  close(): Promise<void>;
}

/**
 * The real Node server (serveRelay) with the real local target and a fake
 * build, on 127.0.0.1 with an ephemeral port, in a temporary folder.
 */
export async function startLocalRelay(options: LocalRelayOptions): Promise<LocalRelay> {
  const dir = await mkdtemp(join(tmpdir(), "relay-load-"));
  const source = join(dir, "content.txt");
  const buildLog = join(dir, "builds.log");
  await writeFile(source, "content");
  const local = await createLocalTarget({
    serveDir: join(dir, "www", "site"),
    releasesDir: join(dir, "www", "releases"),
    buildCommand: options.buildCommand ?? `"${process.execPath}" "${FAKE_BUILD}"`,
    buildCwd: dir,
    debounceMs: options.debounceMs,
    ...(options.maxWaitMs === undefined ? {} : { maxWaitMs: options.maxWaitMs }),
    buildTimeoutMs: 20_000,
    env: {
      PATH: process.env.PATH,
      FAKE_SOURCE_FILE: source,
      FAKE_BUILD_LOG: buildLog,
      FAKE_BUILD_SLEEP_MS: String(options.buildSleepMs ?? 0),
      ...options.env,
    },
    secrets: options.secrets ?? [SECRET],
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.buildOnStart ? { buildOnStart: true } : {}),
  });
  const triggered: PublishEvent[] = [];
  // Same target, but every trigger is recorded, so a test can say exactly which deliveries reached it.
  const target: LocalTarget = {
    ...local,
    trigger(event) {
      triggered.push(event);
      return local.trigger(event);
    },
  };
  const handler = createRelayHandler({ secret: SECRET, target, ...(options.logger ? { logger: options.logger } : {}) });
  const server = await serveRelay({
    handler,
    port: 0,
    host: "127.0.0.1",
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
  });

  return {
    dir,
    server,
    target,
    triggered,
    async buildRuns() {
      const text = await readFile(buildLog, "utf8").catch(() => "");
      return text.split("\n").filter((line) => line !== "").length;
    },
    async close() {
      await server.close();
      await local.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
