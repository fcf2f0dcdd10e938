/** One body being read; released when the read ends, however it ends. */
export interface BodyReadSlot {
  release(): void;
}

/**
 * A cap on request bodies read at the same time. Each read holds up to the
 * body limit in memory, so without a cap many slow senders at once could
 * hold many megabytes; past the cap a delivery is refused (503) before any
 * of its body is read, and Sanity delivers it again later.
 */
export interface BodyReadSlots {
  /** A slot, or null when every slot is taken. */
  take(): BodyReadSlot | null;
  readonly inUse: number;
}

export function createBodyReadSlots(max: number): BodyReadSlots {
  let inUse = 0;
  return {
    take() {
      if (inUse >= max) return null;
      inUse++;
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          inUse--;
        },
      };
    },
    get inUse() {
      return inUse;
    },
  };
}
