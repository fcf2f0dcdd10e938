import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { builtSiteDir } from "../helpers/builtSite.ts";
import { htmlFiles } from "../helpers/siteFiles.ts";

/** The Nu HTML Checker's jar, run with the machine's Java (the package's own JDK download is disabled). */
const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Runs the checker once over every file (one JVM start keeps this quick) and returns its messages. */
function checkHtml(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    // It exits 1 when it finds errors; the JSON report on stderr is what counts.
    execFile(
      "java",
      ["-jar", VNU_JAR, "--format", "json", "--errors-only", ...files],
      { maxBuffer: 32 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        try {
          resolve((JSON.parse(stderr) as { messages: VnuMessage[] }).messages);
        } catch {
          reject(error ?? new Error(`The Nu HTML Checker printed no report:\n${stderr}`));
        }
      },
    );
  });
}

let dist: string;
beforeAll(async () => {
  dist = await builtSiteDir();
});

it("every generated HTML page passes the Nu HTML Checker with no errors", { timeout: 120_000 }, async () => {
  // Pagefind's own files are not our markup.
  const files = htmlFiles(dist).filter((file) => !file.startsWith("pagefind/"));
  expect(files.length).toBeGreaterThan(10);
  const errors = (await checkHtml(files.map((file) => join(dist, file)))).filter(
    (message) => message.type === "error" || message.subType === "fatal",
  );
  const report = errors.map(
    (error) => `${error.url?.replace(`file:${dist}/`, "") ?? "?"}:${error.lastLine ?? "?"} ${error.message}`,
  );
  expect(report).toEqual([]);
});
