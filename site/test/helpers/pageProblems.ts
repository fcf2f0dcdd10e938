import type { Page } from "playwright-core";

/**
 * Records what would show up red in the browser's devtools while a page is
 * used: console errors, uncaught exceptions, requests that failed, and
 * responses with an error status. Call before navigating.
 */
export function watchProblems(
  page: Page,
  options: { expectedStatus?: { url: string; status: number } } = {},
): string[] {
  const problems: string[] = [];
  const expected = options.expectedStatus;
  const isExpected = (url: string, status?: number) =>
    expected !== undefined && url === expected.url && (status === undefined || status === expected.status);
  page.on("console", (message) => {
    // Chromium logs every error response to the console; the 404 page's own status is the point of it.
    if (message.type() === "error" && !isExpected(message.location().url))
      problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "unknown"})`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400 && !isExpected(response.url(), response.status()))
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
