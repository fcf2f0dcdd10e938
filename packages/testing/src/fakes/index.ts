export * from "./fakeQueryApi.ts";
export * from "./fakeContentLake.ts";
