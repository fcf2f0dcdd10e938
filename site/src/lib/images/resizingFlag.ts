/**
 * Whether this process is a build that resizes a dataset file's images (src/integrations/localImages.ts sets it
 * when Astro starts a build; `astro dev` and the draft preview never do). Kept process-wide: the integration and
 * the pages are separate module graphs in one process.
 */
export const RESIZING = Symbol.for("@patient-ed/site: this build resizes images");

export type ResizingFlag = { [RESIZING]?: boolean };

export function buildResizesImages(): boolean {
  return (globalThis as ResizingFlag)[RESIZING] === true;
}
