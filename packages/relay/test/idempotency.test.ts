import { describe, expect, it } from "vitest";
import { createIdempotencyStore } from "../src/idempotency.ts";

describe("idempotency store", () => {
  it("claims a key once until it expires", () => {
    let clock = 1000;
    const store = createIdempotencyStore({ ttlMs: 100, now: () => clock });
    expect(store.claim("a")).toBe(true);
    expect(store.claim("a")).toBe(false);
    clock += 99;
    expect(store.claim("a")).toBe(false);
    clock += 1;
    expect(store.claim("a")).toBe(true);
  });

  it("forgets a released key so a failed delivery can be retried", () => {
    const store = createIdempotencyStore();
    expect(store.claim("a")).toBe(true);
    store.release("a");
    expect(store.claim("a")).toBe(true);
  });

  it("stays within maxEntries under a flood of unique keys, dropping the oldest", () => {
    const store = createIdempotencyStore({ maxEntries: 100 });
    for (let index = 0; index < 10_000; index++) store.claim(`key-${index}`);
    expect(store.size).toBe(100);
    expect(store.claim("key-9999")).toBe(false);
    expect(store.claim("key-0")).toBe(true);
  });

  it("purges expired keys as time passes", () => {
    let clock = 0;
    const store = createIdempotencyStore({ ttlMs: 10, now: () => clock });
    for (let index = 0; index < 50; index++) store.claim(`key-${index}`);
    clock = 11;
    store.claim("fresh");
    expect(store.size).toBe(1);
  });
});
