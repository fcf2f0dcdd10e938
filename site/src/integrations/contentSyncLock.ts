import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isRunning } from "@patient-ed/content/node";
import type { AstroIntegration } from "astro";

/** How long a build waits for another build's content sync before it gives up. */
const WAIT_LIMIT_MS = 15 * 60 * 1000;
const POLL_MS = 100;
const ORPHAN_AFTER_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A lock whose holder has ended, or that has had no holder written into it for seconds (it died taking it). */
function heldByNoOne(lock: string): boolean {
  try {
    const holder = Number(readFileSync(join(lock, "pid"), "utf8"));
    return Number.isInteger(holder) && holder > 0 && !isRunning(holder);
  } catch {
    try {
      return Date.now() - statSync(lock).mtimeMs > ORPHAN_AFTER_MS;
    } catch {
      return false; // Released meanwhile: the next attempt takes it.
    }
  }
}

/** Takes the lock folder, waiting while a running process holds it; a dead holder's lock is taken over. */
async function acquire(lock: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (heldByNoOne(lock)) rmSync(lock, { recursive: true, force: true });
    else if (Date.now() - started > WAIT_LIMIT_MS)
      throw new Error(`Waited ${WAIT_LIMIT_MS / 60_000} minutes for another build's content sync (${lock}).`);
    else await sleep(POLL_MS);
  }
}

/**
 * Astro's content sync writes shared files in the site's `.astro` folder (content-assets.mjs and others, each
 * through one fixed temporary name), so two builds syncing at once in one checkout can fail with
 * UnknownFilesystemError. This makes `astro build`s take turns for that step only: the lock is taken once the
 * configuration is done and given back when the build proper starts (or when the process ends, if sync fails).
 */
export function contentSyncLock(): AstroIntegration {
  let held: string | null = null;
  let building = false;
  const release = () => {
    if (held) rmSync(held, { recursive: true, force: true });
    held = null;
  };
  return {
    name: "patient-ed-content-sync-lock",
    hooks: {
      // Only builds: `astro dev` and `astro check` would hold it for as long as they run.
      "astro:config:setup": ({ command }) => {
        building = command === "build";
      },
      "astro:config:done": async ({ config }) => {
        if (!building) return;
        const dotAstro = join(fileURLToPath(config.root), ".astro");
        mkdirSync(dotAstro, { recursive: true });
        await acquire(join(dotAstro, "content-sync.lock"));
        held = join(dotAstro, "content-sync.lock");
        process.once("exit", release);
      },
      "astro:build:start": () => release(),
    },
  };
}
