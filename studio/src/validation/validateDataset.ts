import { signoffTrustFromEnv, type RawDocument, type TrustedKey } from "@patient-ed/content";
import { createSchema, pathToString, validateDocument, type SanityDocument, type Workspace } from "sanity";
import { schemaTypes } from "../schemaTypes/index.ts";
import { createDatasetClient } from "./datasetClient.ts";
import { signoffWarnings } from "./signoffWarnings.ts";

export interface ValidationProblem {
  documentId: string;
  documentType: string;
  path: string;
  level: "error" | "warning" | "info";
  message: string;
  line?: number;
}

const schema = createSchema({ name: "default", types: schemaTypes });

/** Sanity's own assets live in the Content Lake, not in a documents-only file. */
function isAssetId(id: string): boolean {
  return /^(image|file)-/.test(id);
}

/**
 * Validates every document with Sanity's validation engine against the Studio
 * schema, answering the rules' queries from the documents themselves, and
 * warns about each published page not signed off for what it shows, judged
 * with `signoffKeys` (by default the keys a build from a dataset file trusts).
 */
export async function validateDataset(
  documents: readonly RawDocument[],
  lineOf?: ReadonlyMap<string, number>,
  signoffKeys: readonly TrustedKey[] = signoffTrustFromEnv(process.env, "embedded").keys,
): Promise<ValidationProblem[]> {
  const ids = new Set(documents.map((doc) => doc._id));
  const client = createDatasetClient(documents);
  // validateDocument reads only schema, i18n (optional) and getClient from the workspace.
  const workspace = { schema, getClient: () => client } as unknown as Workspace;
  const problems: ValidationProblem[] = [];
  for (const document of documents) {
    const markers = await validateDocument({
      document: document as unknown as SanityDocument,
      workspace,
      // In "cli" mode Sanity 6.9 demotes every custom rule on an object or
      // document to a warning (it chains .warning() onto the shared rule), so
      // rules such as slug uniqueness would stop blocking. "studio" keeps the
      // levels editors see in the Studio.
      environment: "studio",
      getDocumentExists: async ({ id }) => ids.has(id) || isAssetId(id),
    });
    const line = lineOf?.get(document._id);
    for (const marker of markers) {
      problems.push({
        documentId: document._id,
        documentType: document._type,
        path: pathToString(marker.path),
        level: marker.level,
        message: marker.message,
        ...(line !== undefined && { line }),
      });
    }
  }
  return [...problems, ...signoffWarnings(documents, signoffKeys, lineOf)];
}
