import { defineArrayMember, defineField, defineType } from "sanity";

/**
 * A clinical sign-off, as the relay's sign-off endpoint writes it (packages/content/src/signoff). Read-only in the
 * Studio: any editor can write any field through the API, so the signature, not the form, is what the build trusts.
 */
export const clinicalSignoff = defineType({
  name: "clinicalSignoff",
  title: "Clinical sign-off",
  type: "object",
  readOnly: true,
  fields: [
    defineField({ name: "documentId", title: "Document", type: "string" }),
    defineField({
      name: "documentType",
      title: "Document type",
      type: "string",
      options: { list: ["article", "faq"] },
    }),
    defineField({ name: "reviewer", title: "Reviewer", type: "reference", to: [{ type: "person" }] }),
    defineField({
      name: "signedBy",
      title: "Signed by (Sanity user)",
      type: "object",
      fields: [
        defineField({ name: "userId", title: "User id", type: "string" }),
        defineField({ name: "name", title: "Name", type: "string" }),
        defineField({ name: "email", title: "Email", type: "string" }),
      ],
    }),
    defineField({ name: "signedAt", title: "Signed at", type: "datetime" }),
    defineField({ name: "reviewedOn", title: "Reviewed on", type: "date" }),
    defineField({ name: "nextReviewDue", title: "Next review due", type: "date" }),
    defineField({ name: "fingerprint", title: "Content fingerprint", type: "string" }),
    defineField({
      name: "fieldFingerprints",
      title: "Field fingerprints",
      type: "array",
      of: [
        defineArrayMember({
          type: "object",
          name: "fieldFingerprint",
          fields: [
            defineField({ name: "field", title: "Field", type: "string" }),
            defineField({ name: "digest", title: "Fingerprint", type: "string" }),
          ],
        }),
      ],
    }),
    defineField({ name: "note", title: "What changed", type: "text", rows: 2 }),
    defineField({ name: "recordedAtMigration", title: "Recorded at migration", type: "boolean" }),
    defineField({ name: "keyId", title: "Signing key", type: "string" }),
    defineField({ name: "signature", title: "Signature", type: "string" }),
  ],
  preview: {
    select: { reviewedOn: "reviewedOn", name: "signedBy.name", note: "note" },
    prepare: ({ reviewedOn, name, note }: { reviewedOn?: string; name?: string; note?: string }) => ({
      title: `Signed off ${reviewedOn ?? ""}${name ? ` by ${name}` : ""}`,
      subtitle: note,
    }),
  },
});
