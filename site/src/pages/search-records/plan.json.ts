import type { APIRoute } from "astro";
import { searchPlan } from "../../search/searchPlan.ts";

/** How many records and bundles the search page expects, for scripts/indexSearch.ts (removed with the records). */
export const GET: APIRoute = async () => {
  const { records, bundles } = await searchPlan();
  return new Response(JSON.stringify({ records, bundles }), { headers: { "Content-Type": "application/json" } });
};
