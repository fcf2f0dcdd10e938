import { chromium, type Browser } from "playwright-core";

/** Debian's chromium: Playwright's own browser builds cannot be downloaded here. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/**
 * Flags for a quiet, offline headless run: no sandbox (tests may run as root),
 * and none of the background traffic (updates, sync, first-run) a normal
 * profile would start, which could only add noise or stalls.
 */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** One browser per test file; pages and contexts are cheap, launches are not. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}
