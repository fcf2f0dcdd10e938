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
  options: { token?: string; maxAttempts?: number; timeoutMs?: number } = {},
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
    await expect(source.fetch(`*`)).rejects.toThrow(/refused the query \(HTTP 401\)/);
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

  it("gives up on a server that never answers, after its timeout", async () => {
    const { source } = await sourceAgainst(() => ({ stall: true }), { timeoutMs: 200, maxAttempts: 2 });
    await expect(source.fetch(`*`)).rejects.toThrow(/after 2 attempts/);
  });
});
