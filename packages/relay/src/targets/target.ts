import type { PublishEvent } from "../publishEvent.ts";

/** Something that gets a site rebuilt. The handler knows nothing else about it. */
export interface Target {
  readonly name: string;
  /**
   * Resolves once the rebuild is reliably requested (dispatched, or queued
   * locally). Rejects when it could not be, so the handler answers 5xx and
   * Sanity delivers again.
   */
  trigger(event: PublishEvent): Promise<void>;
  /** JSON-serializable state for GET /status. */
  status(): object;
  /** Stops timers and waits for work in flight, for a clean shutdown. */
  close?(): Promise<void>;
}
