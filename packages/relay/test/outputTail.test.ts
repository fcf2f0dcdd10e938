import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.ts";
import { redactSecrets } from "@patient-ed/env";
import { createOutputTail, stripAnsi } from "../src/targets/local/outputTail.ts";

describe("build output tail", () => {
  it("strips ANSI codes and redacts secrets", () => {
    const tail = createOutputTail({ secrets: ["sk-sentinel-read-token"] });
    tail.push("stderr", "\u001b[31merror\u001b[39m Content is not publishable\n  - article ");
    tail.push("stderr", '"article-x" (article) at disclaimer: Required\n');
    tail.push("stdout", 'faq "faq-1" at answer: Must not be empty\n');
    tail.push("stdout", "token is sk-sentinel-read-token\r\n\u001b]0;title\u0007done");
    tail.end();
    expect(tail.lines()).toEqual([
      "error Content is not publishable",
      '  - article "article-x" (article) at disclaimer: Required',
      'faq "faq-1" at answer: Must not be empty',
      "token is [redacted]",
      "done",
    ]);
  });

  it("keeps only the last lines, and bounds a line that never ends", () => {
    const tail = createOutputTail({ secrets: [], maxLines: 3, maxLineLength: 10 });
    for (let index = 0; index < 100; index++) tail.push("stdout", `line ${index}\n`);
    tail.push("stdout", "x".repeat(1000));
    tail.end();
    expect(tail.lines()).toEqual(["line 98", "line 99", "xxxxxxxxxx"]);
  });

  it("stripAnsi leaves plain text alone", () => {
    expect(stripAnsi("plain: text")).toBe("plain: text");
  });
});

describe("redaction and logging", () => {
  it("redacts raw and JSON-escaped secrets, longest first", () => {
    expect(redactSecrets("a secret-value b", ["secret-value"])).toBe("a [redacted] b");
    expect(redactSecrets('{"v":"pa\\"ss-word"}', ['pa"ss-word'])).toBe('{"v":"[redacted]"}');
    expect(redactSecrets("token-abc-long token-abc", ["token-abc", "token-abc-long"])).toBe("[redacted] [redacted]");
    expect(redactSecrets("abc", ["", "ab"])).toBe("abc");
  });

  it("writes one JSON object per line with level, msg and fields, and no secret", () => {
    const lines: string[] = [];
    const logger = createLogger({
      secrets: ["sentinel-secret-value"],
      write: (line) => lines.push(line),
      now: () => 0,
    });
    logger.info("hello", { error: new Error("failed with sentinel-secret-value"), n: 1 });
    logger.debug("hidden");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "")).toEqual({
      time: "1970-01-01T00:00:00.000Z",
      level: "info",
      msg: "hello",
      fields: { error: { name: "Error", message: "failed with [redacted]" }, n: 1 },
    });
  });
});
