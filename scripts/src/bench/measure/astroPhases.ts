/*
 * Where an Astro build's time goes, read from its own info-level log:
 * content sync and type generation, the Vite bundles, then page rendering.
 * Measured by Astro itself, so the phases add up to the build, not to a guess.
 */

export interface AstroPhases {
  /** Content layer sync (our loader: read, query, validate, store.set) plus the data store write and types. */
  syncMs: number | null;
  /** The Vite/Rolldown bundles (server and client), which inline the data store. */
  bundleMs: number | null;
  /** "generating static routes": getStaticPaths and rendering every page to disk. */
  renderMs: number | null;
}

/** "678ms", "1.29s", "2m 3s" or "2m", as Astro and Vite print durations. */
export function parseDuration(text: string): number | null {
  const minutes = /^(\d+)m(?: (\d+)s)?$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60_000 + Number(minutes[2] ?? 0) * 1000;
  const seconds = /^([\d.]+)s$/.exec(text);
  if (seconds) return Math.round(Number(seconds[1]) * 1000);
  const millis = /^(\d+)ms$/.exec(text);
  return millis ? Number(millis[1]) : null;
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");
// Milliseconds first: "678ms" must not read as 678 minutes.
const DURATION = String.raw`(\d+ms|\d+m(?: \d+s)?|[\d.]+s)`;

export function parseAstroPhases(log: string): AstroPhases {
  const text = log.replace(ANSI, "");
  const sync = new RegExp(String.raw`\[types\] Generated ${DURATION}`).exec(text);
  const bundles = [...text.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, "g"))];
  const render = new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in ${DURATION}`).exec(text);
  const bundleMs = bundles.length
    ? bundles.reduce((total, match) => total + (parseDuration(match[1] ?? "") ?? 0), 0)
    : null;
  return {
    syncMs: sync ? parseDuration(sync[1] ?? "") : null,
    bundleMs,
    renderMs: render ? parseDuration(render[1] ?? "") : null,
  };
}
