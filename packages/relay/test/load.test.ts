import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.ts";
import type { RelayServerTimeouts } from "../src/nodeServer.ts";
import {
  runPool,
  seededRandom,
  send,
  slowClient,
  type Outcome,
  type RawRequest,
  type SlowMode,
} from "./helpers/loadClient.ts";
import { startLocalRelay, type LocalRelay } from "./helpers/localRelay.ts";
import { findGc, MB, settledMemory, type MemorySample } from "./helpers/memory.ts";
import { documentBody, signedHeaders } from "./helpers/signing.ts";
import { waitFor } from "./helpers/waitFor.ts";

// Issue "Hostile input and failure drills": the real Node server and the real
// local target (fake build), ~2,000 hostile and valid requests, 32 in flight.

/** Short so slow clients are cut off within ~2 s; production defaults are 10 s / 30 s / 1 s. */
const TIMEOUTS: RelayServerTimeouts = { headersMs: 1000, keepAliveMs: 1000, requestMs: 1500, checkIntervalMs: 200 };
/** A slow client must be cut off by then: the request timeout, one check interval, and scheduling slack. */
const CUT_OFF_WITHIN_MS = TIMEOUTS.requestMs + TIMEOUTS.checkIntervalMs + 1000;
const DEBOUNCE_MS = 200;
const CONCURRENCY = 32;
const MAX_BUILDS = 5;
// Server, clients and test share one process. With 32 in flight and bodies read up to 1 MiB (chunks plus the
// joined copy), transient use is a few tens of MB that the allocator keeps: rss grows ~55-90 MB, then plateaus
// (six more rounds of the mixed phase added ~15 MB in all), while the heap after a collection stays flat.
const RSS_GROWTH_BOUND = 150 * MB;
const HEAP_GROWTH_BOUND = 64 * MB;
const SEED = 0x5eed;

const SITE_TYPES = ["article", "faq", "person", "page", "siteSettings"] as const;

type Kind =
  | "valid"
  | "replay"
  | "ignored"
  | "forged"
  | "unsigned"
  | "stale"
  | "garbled-signature"
  | "malformed-json"
  | "not-utf8"
  | "oversized-declared"
  | "oversized-chunked"
  | "wrong-method"
  | "slow";

/** What the relay answers for each kind (README, "Responses"); slow clients get 408 or, at worst, a closed socket. */
const EXPECTED: Record<Kind, readonly (number | "closed")[]> = {
  valid: [202],
  // A delivery seen before (same idempotency-key or same signature) is acknowledged, not acted on again.
  replay: [200],
  ignored: [202],
  forged: [401],
  unsigned: [401],
  // Correctly signed, but outside the replay window (5 min old, 1 min ahead).
  stale: [401],
  "garbled-signature": [400],
  "malformed-json": [400],
  "not-utf8": [400],
  "oversized-declared": [413],
  "oversized-chunked": [413],
  "wrong-method": [405],
  slow: [408, "closed"],
};

/** Invalid-only first (must start no build), then everything mixed. Exact counts, shuffled with a fixed seed. */
const PHASE_1: Partial<Record<Kind, number>> = {
  ignored: 50,
  forged: 90,
  unsigned: 70,
  stale: 50,
  "garbled-signature": 40,
  "malformed-json": 90,
  "not-utf8": 20,
  "oversized-declared": 40,
  "oversized-chunked": 40,
  "wrong-method": 104,
  slow: 6,
};
const PHASE_2: Partial<Record<Kind, number>> = {
  valid: 360,
  replay: 140,
  ignored: 60,
  forged: 130,
  unsigned: 100,
  stale: 60,
  "garbled-signature": 50,
  "malformed-json": 130,
  "not-utf8": 30,
  "oversized-declared": 60,
  "oversized-chunked": 60,
  "wrong-method": 208,
  slow: 12,
};

interface Result {
  kind: Kind;
  variant: string;
  /** HTTP status, or "closed" when the connection ended without one. */
  status: number | "closed";
  sentAll: boolean;
  ms: number;
  body: string;
  error?: string;
  /** Slow clients: the client gave up before the server cut it off. */
  gaveUp?: boolean;
}

interface Delivery {
  body: string;
  headers: Record<string, string>;
  documentId: string;
  idempotencyKey: string;
  /** Settles when the original delivery has been answered. */
  answered: Promise<unknown>;
}

interface Planned {
  kind: Kind;
  run(): Promise<Result>;
}

// Shared payloads, allocated once: the client side of the test should not be what grows.
const OVER_LIMIT = MB + 1;
const oversizedSmall = Buffer.alloc(OVER_LIMIT, 0x20);
oversizedSmall.write('{"_id":"article-big","_type":"article","padding":"', 0);
const oversizedLarge = Buffer.alloc(2 * MB, 0x20);
const chunk64k = Buffer.alloc(64 * 1024, 0x20);
const notUtf8 = Buffer.from([0x7b, 0x22, 0x5f, 0x69, 0x64, 0x22, 0x3a, 0xff, 0xfe, 0x7d]);

function fromOutcome(kind: Kind, variant: string, outcome: Outcome): Result {
  return {
    kind,
    variant,
    status: outcome.status ?? "closed",
    sentAll: outcome.sentAll,
    ms: outcome.ms,
    body: outcome.body,
    ...(outcome.error === undefined ? {} : { error: outcome.error }),
  };
}

/** Builds the request mix; requests are signed when they run, so timestamps are fresh. */
function plan(
  url: string,
  port: number,
  counts: Partial<Record<Kind, number>>,
  random: () => number,
  state: PlanState,
) {
  const kinds: Kind[] = [];
  for (const [kind, count] of Object.entries(counts) as [Kind, number][]) {
    for (let index = 0; index < count; index++) kinds.push(kind);
  }
  for (let index = kinds.length - 1; index > 0; index--) {
    const swap = Math.floor(random() * (index + 1));
    [kinds[index], kinds[swap]] = [kinds[swap] as Kind, kinds[index] as Kind];
  }
  // A replay needs an original placed before it (the pool starts tasks in order, so awaiting it cannot deadlock).
  const firstValid = kinds.indexOf("valid");
  const early = kinds.filter((kind, index) => kind === "replay" && (firstValid === -1 || index < firstValid));
  const ordered = [...kinds.filter((kind, index) => !(kind === "replay" && index < firstValid)), ...early];

  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const planned: Planned[] = [];
  const deliveriesSoFar: Delivery[] = [];

  for (const kind of ordered) {
    const sequence = ++state.sequence;
    const post = (variant: string, request: Omit<RawRequest, "method"> & { method?: string }) => ({
      kind,
      run: async () => fromOutcome(kind, variant, await send(url, { method: "POST", ...request })),
    });
    switch (kind) {
      case "valid": {
        const type = SITE_TYPES[sequence % SITE_TYPES.length] ?? "article";
        const documentId = `${type}-load-${sequence}`;
        const body = documentBody(documentId, type, pick(["create", "update", "delete"]));
        const idempotencyKey = `load-${sequence}`;
        let markAnswered: () => void = () => undefined;
        const delivery: Delivery = {
          body,
          headers: {},
          documentId,
          idempotencyKey,
          answered: new Promise<void>((resolve) => (markAnswered = resolve)),
        };
        deliveriesSoFar.push(delivery);
        state.validIds.push(documentId);
        planned.push({
          kind,
          run: async () => {
            delivery.headers = await signedHeaders(body, { timestamp: Date.now(), idempotencyKey });
            try {
              return fromOutcome(kind, "fresh", await send(url, { method: "POST", body, headers: delivery.headers }));
            } finally {
              markAnswered();
            }
          },
        });
        break;
      }
      case "replay": {
        const original = pick(deliveriesSoFar);
        const variant = pick(["verbatim", "same-signature-new-key", "same-key-new-signature"]);
        planned.push({
          kind,
          run: async () => {
            await original.answered;
            let headers = original.headers;
            if (variant === "same-signature-new-key") headers = { ...headers, "idempotency-key": `other-${sequence}` };
            if (variant === "same-key-new-signature") {
              // Sanity's own retry: same delivery and key, signed again later.
              headers = await signedHeaders(original.body, {
                timestamp: Date.now() + 1,
                idempotencyKey: original.idempotencyKey,
              });
            }
            return fromOutcome(kind, variant, await send(url, { method: "POST", body: original.body, headers }));
          },
        });
        break;
      }
      case "ignored": {
        const [id, type] = pick([
          [`image-${sequence}`, "sanity.imageAsset"],
          [`drafts.article-${sequence}`, "article"],
          [`versions.r1.faq-${sequence}`, "faq"],
        ] as const);
        const body = documentBody(id, type);
        planned.push({
          kind,
          run: async () =>
            fromOutcome(
              kind,
              type,
              await send(url, {
                method: "POST",
                body,
                headers: await signedHeaders(body, { timestamp: Date.now(), idempotencyKey: `ignored-${sequence}` }),
              }),
            ),
        });
        break;
      }
      case "forged": {
        const variant = pick(["wrong-secret", "tampered-body", "borrowed-signature"]);
        const body = documentBody(`article-forged-${sequence}`, "article");
        planned.push({
          kind,
          run: async () => {
            let headers: Record<string, string>;
            let sent = body;
            if (variant === "wrong-secret") {
              headers = await signedHeaders(body, { timestamp: Date.now(), secret: `guessed-secret-${sequence}` });
            } else if (variant === "tampered-body") {
              headers = await signedHeaders(body, { timestamp: Date.now() });
              sent = body.replace("forged", "tampered");
            } else {
              // A genuine signature for some other body.
              headers = await signedHeaders(documentBody("article-other", "article"), { timestamp: Date.now() });
            }
            return fromOutcome(kind, variant, await send(url, { method: "POST", body: sent, headers }));
          },
        });
        break;
      }
      case "unsigned":
        planned.push(
          post("no-header", {
            body: documentBody(`article-unsigned-${sequence}`, "article"),
            headers: { "content-type": "application/json", "idempotency-key": `unsigned-${sequence}` },
          }),
        );
        break;
      case "stale": {
        const variant = pick(["six-minutes-old", "two-minutes-ahead"]);
        const body = documentBody(`article-stale-${sequence}`, "article");
        const offset = variant === "six-minutes-old" ? -6 * 60_000 : 2 * 60_000;
        planned.push({
          kind,
          run: async () =>
            fromOutcome(
              kind,
              variant,
              await send(url, {
                method: "POST",
                body,
                headers: await signedHeaders(body, { timestamp: Date.now() + offset, idempotencyKey: `s-${sequence}` }),
              }),
            ),
        });
        break;
      }
      case "garbled-signature": {
        const header = pick(["not-a-signature", `t=${Date.now()}`, "t=abc,v1=AAAA", `t=${Date.now()},v0=AAAA`]);
        planned.push(
          post(header.replace(/\d+/, "<now>"), {
            body: documentBody(`article-garbled-${sequence}`, "article"),
            headers: { "content-type": "application/json", "sanity-webhook-signature": header },
          }),
        );
        break;
      }
      case "malformed-json": {
        // Correctly signed, so it is the JSON check (not the signature) that turns these away.
        const body = pick([
          '{"_id":"article-x","_type":"arti',
          "_id=article-x&_type=article",
          "[1,2,3]",
          '{"_id":"article-x"}',
          '{"_type":"article"}',
          '{"_id":"article-x","_type":"article","operation":"archive"}',
          "null",
        ]);
        planned.push({
          kind,
          run: async () =>
            fromOutcome(
              kind,
              body.slice(0, 12),
              await send(url, {
                method: "POST",
                body,
                headers: await signedHeaders(body, { timestamp: Date.now(), idempotencyKey: `m-${sequence}` }),
              }),
            ),
        });
        break;
      }
      case "not-utf8":
        planned.push(
          post("invalid-bytes", {
            body: notUtf8,
            headers: { "content-type": "application/json", "sanity-webhook-signature": `t=${Date.now()},v1=AAAA` },
          }),
        );
        break;
      case "oversized-declared": {
        const large = random() < 0.5;
        planned.push(
          post(large ? "2MiB" : "1MiB+1", {
            body: large ? oversizedLarge : oversizedSmall,
            // Even a (claimed) signature does not get a body over the limit read.
            headers: { "content-type": "application/json", "sanity-webhook-signature": `t=${Date.now()},v1=AAAA` },
          }),
        );
        break;
      }
      case "oversized-chunked": {
        const large = random() < 0.5;
        planned.push(
          post(large ? "chunked-2MiB" : "chunked-1.06MiB", {
            chunked: { chunk: chunk64k, chunks: large ? 32 : 17 },
            headers: { "content-type": "application/json", "sanity-webhook-signature": `t=${Date.now()},v1=AAAA` },
          }),
        );
        break;
      }
      case "wrong-method": {
        const [method, path] = pick([
          ["GET", "/"],
          ["PUT", "/"],
          ["DELETE", "/"],
          ["PATCH", "/api/sanity"],
          ["HEAD", "/"],
          ["OPTIONS", "/"],
          ["POST", "/healthz"],
          ["POST", "/status"],
          ["PUT", "/status"],
        ] as const);
        const withBody = method !== "GET" && method !== "HEAD" && method !== "OPTIONS";
        planned.push({
          kind,
          run: async () =>
            fromOutcome(
              kind,
              `${method} ${path}`,
              await send(url, {
                method,
                path,
                ...(withBody ? { body: documentBody(`article-method-${sequence}`, "article") } : {}),
              }),
            ),
        });
        break;
      }
      case "slow": {
        const mode = (["trickle-body", "stall-body", "trickle-headers"] as const)[sequence % 3] as SlowMode;
        planned.push({
          kind,
          run: async () => {
            const outcome = await slowClient(port, mode, {
              headers: { "sanity-webhook-signature": `t=${Date.now()},v1=AAAA` },
              intervalMs: 100,
              giveUpMs: 10_000,
            });
            return {
              kind,
              variant: mode,
              status: outcome.status ?? "closed",
              sentAll: false,
              ms: outcome.closedAfterMs,
              body: "",
              gaveUp: outcome.gaveUp,
            };
          },
        });
        break;
      }
    }
  }
  return planned;
}

interface PlanState {
  sequence: number;
  validIds: string[];
}

type Tally = Record<string, Record<string, number>>;

function tally(results: readonly Result[]): Tally {
  const table: Tally = {};
  for (const result of results) {
    const row = (table[result.kind] ??= {});
    row[String(result.status)] = (row[String(result.status)] ?? 0) + 1;
  }
  return table;
}

/** Every answer as the README promises it, or the list of those that are not. */
function unexpected(results: readonly Result[]): Result[] {
  return results.filter((result) => {
    if (!EXPECTED[result.kind].includes(result.status)) return true;
    if (result.kind === "slow") return result.gaveUp === true || result.ms > CUT_OFF_WITHIN_MS;
    return false;
  });
}

describe("relay under load (real Node server, local target, fake build)", () => {
  let relay: LocalRelay;
  const logCounts = new Map<string, number>();
  const random = seededRandom(SEED);
  const state: PlanState = { sequence: 0, validIds: [] };
  const gc = findGc();
  let baseline: MemorySample;

  beforeAll(async () => {
    const logger = createLogger({
      write(line) {
        const { level, msg } = JSON.parse(line) as { level: string; msg: string };
        const key = `${level} ${msg}`;
        logCounts.set(key, (logCounts.get(key) ?? 0) + 1);
      },
    });
    relay = await startLocalRelay({ debounceMs: DEBOUNCE_MS, timeouts: TIMEOUTS, buildSleepMs: 300, logger });
  });
  afterAll(() => relay?.close());

  async function storm(counts: Partial<Record<Kind, number>>): Promise<{ results: Result[]; ms: number }> {
    const tasks = plan(relay.server.url, relay.server.port, counts, random, state).map((item) => item.run);
    const started = Date.now();
    const results = await runPool(tasks, CONCURRENCY);
    return { results, ms: Date.now() - started };
  }

  it(
    "answers ~2,000 hostile and valid requests correctly, stays up and bounded, and builds only for valid ones",
    { timeout: 60_000 },
    async () => {
      const testStarted = Date.now();
      // Warm up (JIT, sockets, buffers) with requests that must not build either, then take the baseline.
      await storm({ forged: 10, "oversized-declared": 4, "oversized-chunked": 4, "wrong-method": 6 });
      baseline = await settledMemory(gc);

      // Phase 1: nothing valid. Not one build may start, not even after the quiet window.
      const phase1 = await storm(PHASE_1);
      expect(unexpected(phase1.results)).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS * 3));
      expect(relay.triggered).toEqual([]);
      expect(relay.target.status()).toMatchObject({ builds: 0, result: "never", queued: false });
      expect(await relay.buildRuns()).toBe(0);

      // Phase 2: the mix, valid deliveries included.
      const phase2 = await storm(PHASE_2);
      const results = [...phase1.results, ...phase2.results];
      expect(unexpected(results)).toEqual([]);
      expect(results).toHaveLength(2000);

      // Every request that finished sending got an answer, and so did every oversized one.
      expect(results.filter((result) => result.kind !== "slow" && result.status === "closed")).toEqual([]);
      for (const result of results.filter((item) => item.kind === "valid")) {
        expect(JSON.parse(result.body)).toEqual({ status: "accepted", target: "local" });
      }
      for (const result of results.filter((item) => item.kind === "replay")) {
        expect(JSON.parse(result.body)).toEqual({ status: "duplicate" });
      }
      for (const result of results.filter((item) => item.kind === "ignored")) {
        expect(JSON.parse(result.body)).toMatchObject({ status: "ignored" });
      }

      // Still up.
      const health = await fetch(`${relay.server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ ok: true });

      // Only valid deliveries reached the target, each exactly once...
      expect(relay.triggered.map((event) => event.documentId).sort()).toEqual([...state.validIds].sort());
      // ...and they were coalesced into a handful of builds.
      await waitFor(() => !relay.target.status().queued && relay.target.status().result !== "running", 20_000);
      const builds = await relay.buildRuns();
      const status = (await (await fetch(`${relay.server.url}/status`)).json()) as { builds: number; result: string };
      expect(status).toMatchObject({ builds, result: "success" });
      expect(builds).toBeGreaterThanOrEqual(1);
      expect(builds).toBeLessThanOrEqual(MAX_BUILDS);

      // Memory: bounded growth over the whole storm (same process: server, fake clients and test).
      const after = await settledMemory(gc);
      const rssGrowth = after.rss - baseline.rss;
      const heapGrowth = after.heapUsed - baseline.heapUsed;
      expect(rssGrowth).toBeLessThan(RSS_GROWTH_BOUND);
      if (after.collected) expect(heapGrowth).toBeLessThan(HEAP_GROWTH_BOUND);

      // A hostile client is the client's problem: nothing was logged as a relay failure.
      const errors = [...logCounts].filter(([key]) => key.startsWith("error "));
      expect(errors).toEqual([]);

      const slow = results.filter((result) => result.kind === "slow");
      console.info(
        JSON.stringify(
          {
            requests: results.length,
            byKind: tally(results),
            phaseMs: { invalidOnly: phase1.ms, mixed: phase2.ms },
            slowCutOffMs: {
              min: Math.min(...slow.map((item) => item.ms)),
              max: Math.max(...slow.map((item) => item.ms)),
            },
            oversizedUploadsFinished: results.filter((item) => item.kind.startsWith("oversized") && item.sentAll)
              .length,
            builds,
            triggered: relay.triggered.length,
            rssGrowthMB: +(rssGrowth / MB).toFixed(1),
            heapGrowthMB: +(heapGrowth / MB).toFixed(1),
            externalGrowthMB: +((after.external - baseline.external) / MB).toFixed(1),
            gc: after.collected,
            logs: Object.fromEntries(logCounts),
            totalMs: Date.now() - testStarted,
          },
          null,
          2,
        ),
      );
    },
  );
});
