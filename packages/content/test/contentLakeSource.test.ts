import { afterEach, describe, expect, it } from "vitest";
import { ContentSourceError, createContentLakeSource, SANITY_API_VERSION } from "@patient-ed/content";
import { queryResult, startFakeQueryApi, type FakeQueryApi, type Reply } from "@patient-ed/testing/fakes";

let api: FakeQueryApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function sourceAgainst(
  respond: (index: number) => Reply,
  options: { token?: string; maxAttempts?: number; timeoutMs?: number; maxAnswerBytes?: number } = {},
) {
  api = await startFakeQueryApi((_request, index) => respond(index));
  const waits: number[] = [];
  const source = createContentLakeSource({
    projectId: "abc123",
    dataset: "production",
    apiHost: api.url,
    baseDelayMs: 10,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...options,
  });
  return { source, waits, api };
}

describe("the Content Lake source", () => {
  it("queries the published perspective without the CDN, at the pinned API version, with the token", async () => {
    const { source, api } = await sourceAgainst(() => queryResult(["ok"]), { token: "read-token-123" });
    expect(await source.fetch(`*[_type == $type]._id`, { type: "article" })).toEqual(["ok"]);
    const [request] = api.requests;
    expect(request?.path).toBe(`/v${SANITY_API_VERSION}/data/query/production`);
    expect(request?.query.get("perspective")).toBe("published");
    expect(request?.query.get("$type")).toBe('"article"');
    expect(request?.headers.authorization).toBe("Bearer read-token-123");
  });

  it("waits as long as Retry-After says after a 429, then succeeds", async () => {
    const { source, waits } = await sourceAgainst((index) =>
      index === 0 ? { status: 429, headers: { "retry-after": "3" }, body: "{}" } : queryResult(1),
    );
    expect(await source.fetch(`1`)).toBe(1);
    expect(waits).toEqual([3000]);
  });

  it("retries a 500 with backoff, then succeeds", async () => {
    const { source, waits } = await sourceAgainst((index) =>
      index < 2 ? { status: 500, body: "{}" } : queryResult(2),
    );
    expect(await source.fetch(`2`)).toBe(2);
    expect(waits).toEqual([10, 20]);
  });

  it("fails clearly after the last attempt, without leaking the token", async () => {
    const { source, api } = await sourceAgainst(() => ({ status: 503, body: "{}" }), {
      token: "SENTINEL-TOKEN",
      maxAttempts: 3,
    });
    const failure = source.fetch(`*`);
    await expect(failure).rejects.toThrow(ContentSourceError);
    await expect(failure).rejects.toThrow(/after 3 attempts; last error: HTTP 503/);
    await expect(failure).rejects.not.toThrow(/SENTINEL-TOKEN/);
    expect(api.requests).toHaveLength(3);
  });

  it("does not retry a 4xx that will not change", async () => {
    const { source, api } = await sourceAgainst(() => ({ status: 401, body: "{}" }));
    await expect(source.fetch(`*`)).rejects.toThrow(
      /refused the query for Sanity project abc123, dataset production: HTTP 401 Unauthorized\./,
    );
    expect(api.requests).toHaveLength(1);
  });

  it("treats invalid JSON as a fault and retries it", async () => {
    const { source } = await sourceAgainst((index) =>
      index === 0
        ? { status: 200, headers: { "content-type": "application/json" }, body: '{"result": [tru' }
        : queryResult(3),
    );
    expect(await source.fetch(`3`)).toBe(3);
  });

  it("retries a dropped connection", async () => {
    const { source } = await sourceAgainst((index) => (index === 0 ? { hangUp: true } : queryResult(4)));
    expect(await source.fetch(`4`)).toBe(4);
  });

  it("gives up on a server that never answers, after its timeout, and says so in words", async () => {
    const { source } = await sourceAgainst(() => ({ stall: true }), { timeoutMs: 200, maxAttempts: 2 });
    await expect(source.fetch(`*`)).rejects.toThrow(
      /after 2 attempts; last error: timed out: nothing arrived for 200 ms\./,
    );
  });

  it("names a refused connection in words, not as a code", async () => {
    const closed = await startFakeQueryApi(() => queryResult(null));
    const url = closed.url;
    await closed.close();
    const source = createContentLakeSource({
      projectId: "abc123",
      dataset: "production",
      apiHost: url,
      maxAttempts: 2,
      sleep: async () => undefined,
    });
    await expect(source.fetch(`*`)).rejects.toThrow(/after 2 attempts; last error: connection refused\./);
  });

  const BIG = JSON.stringify({ result: "x".repeat(4096) });
  it.each([
    ["declared in Content-Length", { status: 200, headers: { "content-type": "application/json" }, body: BIG }],
    ["streamed without a length", { status: 200, chunks: [BIG.slice(0, 2000), BIG.slice(2000)] }],
  ])("refuses an answer over the size limit, %s, without asking again", async (_name, reply) => {
    const { source, api } = await sourceAgainst(() => reply, { maxAnswerBytes: 1024 });
    await expect(source.fetch(`*`)).rejects.toThrow(
      /refused the query for Sanity project abc123, dataset production: the answer was larger than 1 KiB, the limit for one answer\./,
    );
    expect(api.requests).toHaveLength(1);
  });

  it("reads a slow answer to the end: the time limit is for silence, not for the whole answer", async () => {
    const body = JSON.stringify({ result: "slow but steady" });
    const chunks = [body.slice(0, 5), body.slice(5, 10), body.slice(10, 20), body.slice(20)];
    // Each part arrives within the limit; the whole takes longer than it.
    const { source } = await sourceAgainst(() => ({ status: 200, chunks, delayMs: 120 }), { timeoutMs: 200 });
    expect(await source.fetch(`*`)).toBe("slow but steady");
  });

  it("sends a long query (many ids) in a POST body", async () => {
    const { source, api } = await sourceAgainst(() => queryResult(["ok"]));
    const ids = Array.from({ length: 2000 }, (_, index) => `article-${index}`);
    expect(await source.fetch(`*[_id in $ids]._id`, { ids })).toEqual(["ok"]);
    const [request] = api.requests;
    expect(request?.method).toBe("POST");
    expect(JSON.parse(request!.body)).toEqual({ query: `*[_id in $ids]._id`, params: { ids } });
    expect(request?.query.get("perspective")).toBe("published");
  });
});
