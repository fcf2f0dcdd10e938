import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Config } from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "@patient-ed/testing/browser";

export const CATEGORIES = ["accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseOutcome {
  scores: Record<Category, number | null>;
  /** Each scored audit that did not pass, as "category: audit id: title", so a failure says what to fix. */
  failures: string[];
  runWarnings: string[];
}

/**
 * The default (mobile) config, cut to the three categories we gate on.
 * throttlingMethod "simulate" loads the page unthrottled (only performance
 * metrics, which we skip, are simulated afterwards), and unlike "provided" it
 * does not force 5.25 s quiet windows on every navigation: a static page on
 * loopback settles at once, so short waits keep each run to a few seconds.
 */
const CONFIG: Config = {
  extends: "lighthouse:default",
  settings: {
    onlyCategories: [...CATEGORIES],
    formFactor: "mobile",
    throttlingMethod: "simulate",
    disableFullPageScreenshot: true,
    pauseAfterFcpMs: 250,
    pauseAfterLoadMs: 250,
    networkQuietThresholdMs: 250,
    cpuQuietThresholdMs: 250,
  },
};

export interface LighthouseChrome {
  port: number;
  kill(): Promise<void>;
}

/** A Chromium that Lighthouse drives over its debugging port; chrome-launcher gives it a throwaway profile. */
export async function launchLighthouseChrome(): Promise<LighthouseChrome> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
    logLevel: "error",
  });
  return { port: chrome.port, kill: async () => chrome.kill() };
}

export async function runLighthouse(url: string, port: number): Promise<LighthouseOutcome> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error" }, CONFIG);
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? null] as const)) as Record<
    Category,
    number | null
  >;
  const failures = CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => `${id}: ${audit!.id}: ${audit!.title}`),
  );
  return { scores, failures, runWarnings: lhr.runWarnings };
}
