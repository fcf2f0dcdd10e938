import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { studioDir } from "./buildStudio.ts";

/** Screenshots of each flow, kept as test artefacts (not committed). */
export const SCREENSHOT_DIR = resolve(studioDir, "screenshots");

export interface StudioSession {
  page: Page;
  /** Uncaught exceptions in the page: a Studio that crashed shows them here. */
  uncaught: string[];
}

/**
 * Opens the built Studio as a signed-in editor: the token is where the
 * Studio's token login keeps it, the browser's clock starts at `today` and
 * runs on (a frozen clock would stall the Studio's timers), and the stand-in
 * API's self-signed certificate is accepted.
 */
export async function openStudio(
  browser: Browser,
  url: string,
  options: { projectId: string; token: string; today: string },
): Promise<StudioSession> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 900 } });
  // Every click and wait in the flows gets the loaded-machine allowance, not Playwright's 30 s default.
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  await context.addInitScript(
    ({ key, token }) => localStorage.setItem(key, JSON.stringify({ token, time: new Date().toISOString() })),
    { key: `__studio_auth_token_${options.projectId}`, token: options.token },
  );
  const page = await context.newPage();
  await page.clock.install({ time: new Date(`${options.today}T10:00:00Z`) });
  await page.clock.resume();
  const uncaught: string[] = [];
  page.on("pageerror", (error) => uncaught.push(error.message));
  await page.goto(url);
  return { page, uncaught };
}

/**
 * Moves the open Studio to `path` the way its own links do (a history entry and a popstate its router follows),
 * so the Studio is not booted again, then waits for the address to show it.
 */
export async function navigateInStudio(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, "", to);
    dispatchEvent(new PopStateEvent("popstate"));
  }, path);
  await page.waitForURL((url) => `${url.pathname}${url.search}` === path, { timeout: UI_TIMEOUT_MS });
}

/** Waits until a document form has loaded and can be edited (inputs are read-only while it loads). */
export async function waitForEditableField(page: Page, field: string): Promise<void> {
  await page.waitForFunction(
    (name) => {
      const input = document.querySelector<HTMLInputElement>(`[data-testid="field-${name}"] input`);
      return input !== null && !input.readOnly;
    },
    field,
    { timeout: UI_TIMEOUT_MS },
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });
}

/** How long a Studio element may take to appear or change: about 5 s on a quiet machine, 45 s when fully loaded. */
export const UI_TIMEOUT_MS = 45_000;

/** Waits for an element to be shown, then gives its text. */
export async function shownText(locator: Locator): Promise<string> {
  await locator.waitFor({ state: "visible", timeout: UI_TIMEOUT_MS });
  return locator.innerText();
}
