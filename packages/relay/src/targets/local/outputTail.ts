import { stripVTControlCharacters } from "node:util";
import { redactSecrets } from "@patient-ed/env";

/** Colours and terminal titles mean nothing in JSON; Node's own stripper handles CSI and OSC sequences. */
export function stripAnsi(text: string): string {
  return stripVTControlCharacters(text);
}

export interface OutputTailOptions {
  secrets: readonly string[];
  maxLines?: number;
  maxLineLength?: number;
}

export interface OutputTail {
  push(stream: "stdout" | "stderr", chunk: string): void;
  /** Flushes unterminated last lines. */
  end(): void;
  /** The last lines of stdout and stderr, interleaved as they arrived. */
  lines(): string[];
}

/**
 * Keeps a bounded view of a build's output for /status and the logs: plain
 * text (no ANSI), with secret values removed, never more than a few KB.
 */
export function createOutputTail(options: OutputTailOptions): OutputTail {
  const maxLines = options.maxLines ?? 40;
  const maxLineLength = options.maxLineLength ?? 500;
  const tail: string[] = [];
  const partial = { stdout: "", stderr: "" };
  /** The stream is in the middle of a line already cut short: the rest of it is dropped, up to its end. */
  const overlong = { stdout: false, stderr: false };

  function addLine(raw: string): void {
    const line = redactSecrets(stripAnsi(raw), options.secrets).trimEnd().slice(0, maxLineLength);
    if (line.trim() === "") return;
    tail.push(line);
    if (tail.length > maxLines) tail.shift();
  }

  return {
    push(stream, chunk) {
      let text = chunk;
      if (overlong[stream]) {
        // The rest of a line already shown cut short. Kept, it would appear as a
        // line of its own, possibly starting with the second half of a secret
        // that the cut split in two (and so no longer matches the redaction).
        const end = text.search(/[\r\n]/);
        if (end === -1) return;
        overlong[stream] = false;
        text = text.slice(end);
      }
      const pieces = (partial[stream] + text).split(/\r?\n|\r/);
      partial[stream] = pieces.pop() ?? "";
      // In order: complete lines first, then what is left of an unterminated one.
      for (const piece of pieces) addLine(piece);
      // A stream that never ends a line must not grow without bound: show its start, drop the rest.
      if (partial[stream].length > maxLineLength * 4) {
        addLine(partial[stream]);
        partial[stream] = "";
        overlong[stream] = true;
      }
    },
    end() {
      addLine(partial.stdout);
      addLine(partial.stderr);
      partial.stdout = "";
      partial.stderr = "";
    },
    lines: () => [...tail],
  };
}
