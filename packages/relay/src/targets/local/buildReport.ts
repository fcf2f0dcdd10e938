import { readFile, rm } from "node:fs/promises";
import { isBuildFailure, type BuildFailure } from "@patient-ed/content";
import { redactSecrets } from "@patient-ed/env";

/**
 * The site build writes its outcome as JSON to SITE_BUILD_REPORT
 * (site/scripts/build.ts): the relay reads why a build failed from there, as
 * data, instead of parsing its log. Read once and removed; a build command
 * that wrote no report (or not one this relay understands) gives null.
 * Secrets are redacted from it like from the log: its rules quote content.
 */
export async function readBuildReport(file: string, secrets: readonly string[]): Promise<BuildFailure | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return null;
  } finally {
    await rm(file, { force: true });
  }
  try {
    const report = JSON.parse(redactSecrets(text, secrets)) as { failure?: unknown };
    return isBuildFailure(report.failure) ? report.failure : null;
  } catch {
    return null;
  }
}
