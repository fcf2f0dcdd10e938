/**
 * The development sign-off key's private half: public on purpose, so the embedded dataset, the tests and a local
 * relay can sign. Anything it signs is trusted only by builds from a dataset file (src/signoff/developmentKey.ts).
 * Never use it for a real project: `pnpm signoff:keygen` makes a key pair of your own.
 */
export const DEVELOPMENT_PRIVATE_KEY = "V+uzm2LlPLLsa4KGGTIl8+BRgsa2dNaZVlh+hzStXNg=";
