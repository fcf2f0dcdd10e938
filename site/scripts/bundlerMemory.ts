/*
 * Imported for its effect, before Astro (and so Vite) is loaded: Rolldown, Vite's bundler, allocates with mimalloc,
 * which by default commits its memory eagerly. On the small virtual machines CI, the relay and the tests run on, the
 * kernel then spends most of a build zeroing pages: a build of the embedded dataset took 9-13 s (13-19 core-seconds)
 * with it and 6 s (7.5) without; a `sanity build` 20 s with it and 10 s without. mimalloc reads the setting when the
 * bundler's native code loads, so setting it here, in this process and before the bundler is loaded, is enough. Entry
 * points import this first. An operator's own setting wins.
 */
process.env.MIMALLOC_ARENA_EAGER_COMMIT ??= "0";
