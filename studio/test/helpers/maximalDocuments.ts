import { readFileSync } from "node:fs";
import type { RawDocument } from "@patient-ed/content";

/*
 * Documents that fill every field the Studio offers, generated from the
 * Studio's extracted schema (packages/content/generated/schema.json, the one
 * TypeGen reads and `pnpm check` keeps fresh). Where a field's type alone
 * cannot give a valid value (a date, a DOI, a question), a value is named
 * here by field; the test checks the Studio itself accepts every document,
 * so these stay honest.
 */

interface TypeNode {
  type: string;
  name?: string;
  value?: unknown;
  of?: TypeNode | TypeNode[];
  attributes?: Record<string, { value: TypeNode; optional?: boolean }>;
  rest?: TypeNode;
}

interface NamedType {
  name: string;
  type: "document" | "type";
  attributes?: Record<string, { value: TypeNode; optional?: boolean }>;
  value?: TypeNode;
}

const SCHEMA_PATH = new URL("../../../packages/content/generated/schema.json", import.meta.url);
const schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8")) as NamedType[];
const named = new Map(schema.map((type) => [type.name, type]));

/** The patient-facing document types, one document each, with these ids. */
export const DOCUMENT_IDS = {
  siteSettings: "siteSettings",
  person: "person-max",
  article: "article-max",
  faq: "faq-max",
  page: "page-max",
} as const;

/** System fields: set by the Content Lake, never offered to an editor. */
export const SYSTEM_FIELDS = new Set(["_id", "_type", "_createdAt", "_updatedAt", "_rev"]);

/** Values for fields whose type is only "string" or "number" but whose rules want more. */
const FIELD_VALUES: Record<string, unknown> = {
  lastReviewed: "2026-10-01",
  nextReviewDue: "2027-04-01",
  // A clinical sign-off's own dates (the relay writes them).
  reviewedOn: "2026-10-01",
  signedAt: "2026-10-01T12:00:00Z",
  question: "Is this a question a patient would ask?",
  href: "https://example.org/guide",
  url: "https://example.org/",
  doi: "10.1000/abc123",
  pmid: "123456",
  timeZone: "Europe/London",
  contact: "editorial@example.org",
  number: "116 123",
  year: 2024,
  reviewIntervalMonths: 12,
  maxReviewIntervalMonths: 24,
  readingGradeTarget: 8,
  marks: ["strong"],
  topics: ["treatments"],
  x: 0.5,
  y: 0.5,
  width: 0.5,
  height: 0.5,
  top: 0,
  bottom: 0,
  left: 0,
  right: 0,
};

/** Which document a reference to each type points at. */
const REFERENCE_TARGETS: Record<string, string> = {
  "person.reference": DOCUMENT_IDS.person,
  "article.reference": DOCUMENT_IDS.article,
  "faq.reference": DOCUMENT_IDS.faq,
  "sanity.imageAsset.reference": "image-3c8e6f1b0f7d4a2e9b5c1d2e3f4a5b6c7d8e9f0a-800x600-jpg",
};

let keys = 0;

function valueOf(node: TypeNode, field: string, owner: string): unknown {
  if (field in FIELD_VALUES) return FIELD_VALUES[field];
  switch (node.type) {
    case "string":
      return typeof node.value === "string" ? node.value : `Plain words for the ${field}.`;
    case "number":
      return 3;
    case "boolean":
      return true;
    case "union":
      return valueOf((node.of as TypeNode[])[0]!, field, owner);
    case "inline":
      return inlineValue(node.name ?? "", field, owner);
    case "object":
      return objectValue(node, owner);
    case "array":
      return arrayValue(node, field, owner);
    default:
      return undefined;
  }
}

function inlineValue(name: string, field: string, owner: string): unknown {
  const target = REFERENCE_TARGETS[name];
  if (target) return { _type: "reference", _ref: target };
  if (name === "slug") return { _type: "slug", current: `${owner}-slug` };
  const type = named.get(name);
  if (!type) throw new Error(`The schema has no type ${name}`);
  if (type.value) return valueOf(type.value, field, owner);
  return objectValue({ type: "object", attributes: attributesOf(type) }, owner);
}

function attributesOf(type: NamedType | undefined): NonNullable<NamedType["attributes"]> {
  return type?.attributes ?? type?.value?.attributes ?? {};
}

function objectValue(node: TypeNode, owner: string): Record<string, unknown> {
  // An array member that is a reference: the `_key` comes from the array.
  const referenced = node.rest?.type === "inline" ? REFERENCE_TARGETS[node.rest.name ?? ""] : undefined;
  if (referenced) return { _type: "reference", _ref: referenced };
  const rest = node.rest?.type === "inline" ? named.get(node.rest.name ?? "") : undefined;
  const attributes = { ...attributesOf(rest), ...node.attributes };
  const value: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (name === "_key") value._key = `k${++keys}`;
    else if (name === "_type") value._type = attribute.value.value;
    else if (SYSTEM_FIELDS.has(name)) continue;
    else {
      const field = valueOf(attribute.value, name, owner);
      if (field !== undefined) value[name] = field;
    }
  }
  return value;
}

/** One item of every kind an array allows, so each block type and each kind of link is offered. */
function arrayValue(node: TypeNode, field: string, owner: string): unknown[] {
  const of = node.of as TypeNode;
  const members = of.type === "union" ? (of.of as TypeNode[]) : [of];
  return members.map((member) => {
    const item = valueOf(member, field, owner);
    return typeof item === "object" && item !== null && !Array.isArray(item) ? { _key: `k${++keys}`, ...item } : item;
  });
}

/** The fields the Studio offers on a document type, without system fields. */
export function offeredFields(type: keyof typeof DOCUMENT_IDS): string[] {
  return Object.keys(attributesOf(named.get(type))).filter((field) => !SYSTEM_FIELDS.has(field));
}

/** One document per patient-facing type, every offered field filled, referencing each other. */
export function maximalDataset(): RawDocument[] {
  return Object.entries(DOCUMENT_IDS).map(([type, id]) => {
    const document = inlineValue(type, type, id.replace(/-max$/, "")) as Record<string, unknown>;
    return { ...document, _id: id, _type: type, _updatedAt: "2026-10-01T09:00:00Z" } as RawDocument;
  });
}
