import type { Env } from "@patient-ed/env";
import { imageProject, SANITY_IMAGE_HOST } from "./images/imageProject.ts";

/**
 * The Content-Security-Policy every page carries, as a <meta> tag and in the
 * `_headers` file for hosts that read one. Scripts only from this origin (no
 * 'unsafe-inline': injected markup cannot run); 'wasm-unsafe-eval' lets
 * Pagefind's search index (WebAssembly) run on /search/. JSON-LD blocks are
 * data, not scripts, so CSP does not apply to them. Images may come from
 * Sanity's CDN only when a Sanity project serves them.
 */
function directives(env: Env): Record<string, string[]> {
  return {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'wasm-unsafe-eval'"],
    "style-src": ["'self'"],
    // Sanity's image CDN only when a project serves the images (lib/images/imageProject.ts).
    "img-src": ["'self'", "data:", ...(imageProject(env) ? [SANITY_IMAGE_HOST] : [])],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  };
}

/** Directives a <meta> policy cannot carry; only real headers can. */
const HEADER_ONLY: Record<string, string[]> = {
  "frame-ancestors": ["'none'"],
};

function serialise(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** The policy for a page's <meta> tag. */
export function contentSecurityPolicyMeta(env: Env = process.env): string {
  return serialise(directives(env));
}

/**
 * The policy as a header for the draft preview server: as strict as the public site's, except that the Studio
 * (its Presentation tool) may show the preview in a frame.
 */
export function previewContentSecurityPolicy(frameAncestors: readonly string[], env: Env = process.env): string {
  return serialise({ ...directives(env), "frame-ancestors": [...frameAncestors] });
}

/** Headers every answer carries beside the policy, on the public site and in the draft preview. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
};

/** The `_headers` file (Netlify, Cloudflare Pages and others) applying the policy to every path. */
export function headersFile(env: Env = process.env): string {
  return [
    "/*",
    `  Content-Security-Policy: ${serialise({ ...directives(env), ...HEADER_ONLY })}`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    "  X-Frame-Options: DENY",
    "",
  ].join("\n");
}
