import { execFile } from "node:child_process";
import { createRequire } from "node:module";

/** The Nu HTML Checker's jar, run with the machine's Java (the package's own JDK download is disabled). */
const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

export interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Runs the checker once over every file (one JVM start keeps this quick) and returns its messages. */
export function checkHtml(files: string[]): Promise<VnuMessage[]> {
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

/** The checker's errors (not warnings) over `files`, one line each: "<file>:<line> <message>". */
export async function htmlErrors(files: string[], root: string): Promise<string[]> {
  const errors = (await checkHtml(files)).filter((message) => message.type === "error" || message.subType === "fatal");
  return errors.map(
    (error) => `${error.url?.replace(`file:${root}/`, "") ?? "?"}:${error.lastLine ?? "?"} ${error.message}`,
  );
}
