export { startStandInSanityApi, type StandInOptions, type StandInSanityApi } from "./standInSanityApi.ts";
export { DEFAULT_USERS, type StandInUser } from "./accounts.ts";
export type { DocumentChange, SanityMutation, Transaction } from "./datasetStore.ts";
