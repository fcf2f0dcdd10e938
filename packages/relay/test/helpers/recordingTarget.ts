import type { PublishEvent } from "../../src/publishEvent.ts";
import type { Target } from "../../src/targets/target.ts";

export interface RecordingTarget extends Target {
  readonly events: PublishEvent[];
}

/** A target that only remembers what it was asked to do, so tests can assert "no build started". */
export function recordingTarget(): RecordingTarget {
  const events: PublishEvent[] = [];
  return {
    name: "recording",
    events,
    async trigger(event) {
      events.push(event);
    },
    status: () => ({ target: "recording", triggered: events.length }),
  };
}
