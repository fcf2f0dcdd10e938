import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { getViteConfig } from "astro/config";
import { experimental_AstroContainer } from "astro/container";
import type { ComponentName, ComponentRenderer } from "./renderProperties.ts";

/*
 * Renders the site's .astro components to strings with Astro's Container API.
 * .astro files need Astro's compiler, which runs as a Vite plugin: this starts
 * Vite in middleware mode (no port, no file watching) with Astro's plugins,
 * loads each component through it, and renders it in a container. Vite and
 * Astro write their caches to a scratch directory, never into site/, so a
 * build or dev server running alongside is left alone.
 */

type AstroComponent = Parameters<experimental_AstroContainer["renderToString"]>[0];
type ViteConfig = Awaited<ReturnType<ReturnType<typeof getViteConfig>>>;

interface ViteServer {
  ssrLoadModule(url: string): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

interface ViteModule {
  createServer(config: ViteConfig & { configFile: false }): Promise<ViteServer>;
}

const SITE = fileURLToPath(new URL("../../", import.meta.url));

const COMPONENTS: Record<ComponentName, string> = {
  Disclaimer: "src/components/Disclaimer.astro",
  ReviewInfo: "src/components/ReviewInfo.astro",
  OverdueNotice: "src/components/OverdueNotice.astro",
  RichText: "src/components/RichText.astro",
  Sources: "src/components/Sources.astro",
  ReviewHistory: "src/components/ReviewHistory.astro",
};

/** The Vite Astro itself depends on: the site has no Vite of its own to import. */
async function astroVite(): Promise<ViteModule> {
  const astroPackage = createRequire(join(SITE, "package.json")).resolve("astro/package.json");
  const vite: ViteModule = await import(pathToFileURL(createRequire(astroPackage).resolve("vite")).href);
  return vite;
}

/** Drops Astro's dev-server plugin, which would start the whole app: components need only the compiler. */
function withoutDevServer(plugins: unknown): unknown {
  if (Array.isArray(plugins)) return plugins.map(withoutDevServer).filter((plugin) => plugin !== undefined);
  const named = typeof plugins === "object" && plugins !== null && "name" in plugins ? plugins.name : undefined;
  return named === "astro:server" ? undefined : plugins;
}

function isComponent(value: unknown): value is AstroComponent {
  return typeof value === "function";
}

/** Starts the renderer; call close() when done. Takes a second or two. */
export async function createComponentRenderer(): Promise<ComponentRenderer> {
  const scratch = mkdtempSync(join(tmpdir(), "astro-components-"));
  const configFor = getViteConfig(
    {
      root: scratch,
      cacheDir: join(scratch, "vite"),
      logLevel: "silent",
      optimizeDeps: { noDiscovery: true, include: [] },
      server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    },
    {
      root: scratch,
      srcDir: join(SITE, "src"),
      publicDir: join(SITE, "public"),
      cacheDir: join(scratch, "astro"),
      outDir: join(scratch, "dist"),
      configFile: false,
      logLevel: "silent",
      devToolbar: { enabled: false },
    },
  );
  const config = await configFor({ mode: "test", command: "serve" });
  const vite = await astroVite();
  const server = await vite.createServer({
    ...config,
    plugins: withoutDevServer(config.plugins) as ViteConfig["plugins"],
    configFile: false,
  });
  try {
    const container = await experimental_AstroContainer.create();
    const loaded = new Map<ComponentName, AstroComponent>();
    const component = async (name: ComponentName): Promise<AstroComponent> => {
      const known = loaded.get(name);
      if (known) return known;
      const module = await server.ssrLoadModule(join(SITE, COMPONENTS[name]));
      if (!isComponent(module.default)) throw new Error(`${COMPONENTS[name]} has no default export to render.`);
      loaded.set(name, module.default);
      return module.default;
    };
    for (const name of Object.keys(COMPONENTS) as ComponentName[]) await component(name);
    return {
      render: async (name, props) => container.renderToString(await component(name), { props }),
      close: async () => {
        await server.close();
        rmSync(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}
