import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{packages/*,studio,site,scripts}/test/**/*.test.ts"],
    // Builds and browser runs share two cores; parallel files would only slow each other down.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
});
