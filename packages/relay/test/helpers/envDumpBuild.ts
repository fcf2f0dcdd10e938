// A hostile stand-in for the site build (run as RELAY_BUILD_COMMAND): it prints
// every environment variable it was given, in the shapes real tools do (NAME=value
// lines, one JSON line, a coloured value, a content-error line, a very long line
// cut across two writes), then fails, so all of it lands in /status and the logs.
const token = process.env.SANITY_API_READ_TOKEN ?? "";
const write = (stream: NodeJS.WriteStream, text: string): Promise<void> =>
  new Promise((resolve) => stream.write(text, () => resolve()));
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// A line longer than the relay keeps, cut by a pause so the relay receives it in
// two pieces, the first ending in the middle of the token.
await write(process.stdout, `${"x".repeat(2000)}${token.slice(0, 11)}`);
await pause(150);
await write(process.stdout, `${token.slice(11)} (end of a long line)\n`);

// A colour code in the middle of the value, as a highlighter would print it.
await write(process.stderr, `using read token \u001b[33m${token.slice(0, 8)}\u001b[39m${token.slice(8)}\n`);
// A content error naming the token, in the log and in the build's report, which /status shows as data.
await write(process.stderr, `  - article "article-x" at body: fetched with ${token}\n`);
if (process.env.SITE_BUILD_REPORT) {
  const issue = { documentId: "article-x", documentType: "article", path: "body", rule: `fetched with ${token}` };
  const failure = { kind: "content", summary: `Content failed (token ${token})`, issues: [issue], settings: [] };
  await import("node:fs").then((fs) =>
    fs.writeFileSync(process.env.SITE_BUILD_REPORT!, JSON.stringify({ ok: false, failure })),
  );
}
await write(process.stderr, `env ${JSON.stringify(process.env)}\n`);
for (const [name, value] of Object.entries(process.env).sort(([a], [b]) => a.localeCompare(b))) {
  await write(process.stdout, `${name}=${value ?? ""}\n`);
}
await write(process.stderr, "build failed on purpose\n");
process.exit(1);
