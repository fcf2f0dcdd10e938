import { z } from "zod";
import type { PeopleQueryResult } from "../../generated/sanity.types.ts";
import { ownSlug, requiredText, sanityImage } from "./fields.ts";
import type { Guaranteed } from "./guaranteed.ts";

/** What TypeGen promises for the query, with the fields validation guarantees made non-null. */
type PersonGuarantees = Guaranteed<PeopleQueryResult[number], "name" | "slug">;

export const personSchema = z.object({
  _id: z.string(),
  _type: z.literal("person"),
  _updatedAt: requiredText,
  name: requiredText,
  slug: ownSlug("person"),
  credentials: z.string().nullable(),
  role: z.string().nullable(),
  bio: z.string().nullable(),
  photo: sanityImage("A photo").nullable(),
}) satisfies z.ZodType<PersonGuarantees>;

/** As pages see it: stricter than the TypeGen type, and checked against it above. */
export type Person = z.output<typeof personSchema>;
