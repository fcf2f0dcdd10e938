import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRelayHandler, DEFAULT_MAX_BODY_BYTES } from "../src/handler.ts";
import type { RelayServer } from "../src/nodeServer.ts";
import { recordingTarget, type RecordingTarget } from "./helpers/recordingTarget.ts";
import { postChunked, startRelay } from "./helpers/relayServer.ts";
import { documentBody, SECRET, signedHeaders } from "./helpers/signing.ts";

const MB = 1024 * 1024;

describe("request limits and routing (over HTTP on 127.0.0.1)", () => {
  let server: RelayServer;
  let target: RecordingTarget;

  beforeAll(async () => {
    target = recordingTarget();
    server = await startRelay({ target });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    target.events.length = 0;
  });

  /** POSTs `body` signed now with the test secret, as Sanity would deliver it. */
  async function postSigned(body: string): Promise<Response> {
    return fetch(server.url, { method: "POST", body, headers: await signedHeaders(body, { timestamp: Date.now() }) });
  }

  it.each(["GET", "PUT", "DELETE", "PATCH"])(
    "answers %s on the webhook path with 405 and Allow: POST",
    async (method) => {
      const response = await fetch(server.url, { method, ...(method === "GET" ? {} : { body: "{}" }) });
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("POST");
      expect(target.events).toHaveLength(0);
    },
  );

  it("answers a body over 1 MiB declared by Content-Length with 413 before reading it", async () => {
    const body = JSON.stringify({ _id: "article-x", _type: "article", padding: "x".repeat(2 * MB) });
    const response = await postSigned(body);
    expect(response.status).toBe(413);
    expect(target.events).toHaveLength(0);
  });

  it("answers a chunked body over 1 MiB with no Content-Length with 413 while streaming", async () => {
    // A fresh, well-formed header (the digest is only checked once the body is in): the size limit decides.
    const header = `t=${Date.now()},v1=${"A".repeat(43)}`;
    const result = await postChunked(server.url, 64, 64 * 1024, { "sanity-webhook-signature": header });
    expect(result.status).toBe(413);
    expect(target.events).toHaveLength(0);
    // The server is still healthy after cutting that client off.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it("accepts a signed body of exactly 1 MiB", async () => {
    const prefix = '{"_id":"article-big","_type":"article","padding":"';
    const body = prefix + "x".repeat(MB - prefix.length - 2) + '"}';
    expect(Buffer.byteLength(body)).toBe(DEFAULT_MAX_BODY_BYTES);
    const response = await postSigned(body);
    expect(response.status).toBe(202);
    expect(target.events).toHaveLength(1);
  });

  it("answers a validly signed non-JSON body with 400", async () => {
    const body = "_id=article-x&_type=article";
    const response = await postSigned(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "body is not JSON" });
    expect(target.events).toHaveLength(0);
  });

  it.each([
    ["a JSON array", "[1,2]"],
    ["no _type", '{"_id":"article-x"}'],
    ["no _id", '{"_type":"article"}'],
    ["an unknown operation", '{"_id":"article-x","_type":"article","operation":"archive"}'],
  ])("answers signed JSON with %s with 400", async (_label, body) => {
    const response = await postSigned(body);
    expect(response.status).toBe(400);
    expect(target.events).toHaveLength(0);
  });

  it.each([
    ["a type the site does not show", "sanity.imageAsset", "image-abc"],
    ["a draft", "article", "drafts.article-x"],
  ])("answers %s with 202 ignored and starts no build", async (_label, type, id) => {
    const body = documentBody(id, type);
    const response = await postSigned(body);
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ status: "ignored" });
    expect(target.events).toHaveLength(0);
  });

  it.each(["article", "faq", "person", "page", "siteSettings"])("triggers for a %s", async (type) => {
    const body = documentBody(`${type}-1`, type);
    const response = await postSigned(body);
    expect(response.status).toBe(202);
    expect(target.events).toHaveLength(1);
  });

  it("serves /healthz and /status with GET only", async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    const status = await fetch(`${server.url}/status`);
    expect(await status.json()).toEqual({ target: "recording", triggered: 0 });
    expect((await fetch(`${server.url}/status`, { method: "POST", body: "{}" })).status).toBe(405);
  });
});

describe("request limits at the handler (web Request, no server)", () => {
  const target = recordingTarget();
  const handler = createRelayHandler({ secret: SECRET, target });

  function streamOf(totalBytes: number, chunkBytes: number): ReadableStream<Uint8Array> {
    let sent = 0;
    return new ReadableStream({
      pull(controller) {
        if (sent >= totalBytes) return controller.close();
        controller.enqueue(new Uint8Array(chunkBytes));
        sent += chunkBytes;
      },
    });
  }

  it("answers 413 when Content-Length lies (says 10 bytes, sends 2 MiB), stopping after the limit", async () => {
    let pulled = 0;
    const source = streamOf(2 * MB, 64 * 1024);
    const counting = source.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          pulled += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
    );
    const request = new Request("http://relay.test/", {
      method: "POST",
      headers: { "content-length": "10", "sanity-webhook-signature": `t=${Date.now()},v1=${"A".repeat(43)}` },
      body: counting,
      duplex: "half",
    });
    const response = await handler(request);
    expect(response.status).toBe(413);
    // Stopped reading shortly after 1 MiB rather than buffering all of it.
    expect(pulled).toBeLessThan(1.5 * MB);
    expect(target.events).toHaveLength(0);
  });

  it("answers 400 for a Content-Length that is not a number", async () => {
    const request = new Request("http://relay.test/", {
      method: "POST",
      headers: { "content-length": "ten", "sanity-webhook-signature": `t=${Date.now()},v1=${"A".repeat(43)}` },
      body: "{}",
    });
    expect((await handler(request)).status).toBe(400);
  });

  it("answers 400 for a body that is not UTF-8", async () => {
    const request = new Request("http://relay.test/", {
      method: "POST",
      headers: { "sanity-webhook-signature": `t=${Date.now()},v1=x` },
      body: new Uint8Array([0xff, 0xfe, 0x00]),
    });
    expect((await handler(request)).status).toBe(400);
    expect(target.events).toHaveLength(0);
  });
});
