/**
 * The development sign-off key's public half. The embedded dataset's sign-offs are signed with its private half,
 * which is in this repository (src/node/signoff/developmentSigningKey.ts) and therefore proves nothing: a build
 * trusts it only when it reads a dataset file, never the Content Lake. Production has its own key pair
 * (README, operators: SIGNOFF_PRIVATE_KEY on the relay, SIGNOFF_TRUSTED_KEYS for the build).
 */
export const DEVELOPMENT_PUBLIC_KEY = "JMSIpJ5k6PrrHGe/SM9C5NGpBIsESdq6zD2uSNr/5g4=";
