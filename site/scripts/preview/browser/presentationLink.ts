import { createNode, createNodeMachine } from "@sanity/comlink";
import {
  createCompatibilityActors,
  type VisualEditingControllerMsg,
  type VisualEditingNodeMsg,
} from "@sanity/presentation-comlink";

/*
 * Runs in preview pages shown in the Studio's Presentation tool: it answers the tool's handshake (without it the
 * tool keeps the page behind "Loading" and then reports that it cannot connect), tells it which page is showing,
 * and reloads the page when the tool says the content changed or the editor pressed refresh. The preview server
 * reads the drafts afresh on each load. Outside a frame it does nothing.
 */
/** How long after the last change to the document the page reloads. */
const MUTATION_QUIET_MS = 800;

if (window.self !== window.top) {
  // As @sanity/visual-editing makes its node (src/ui/useComlink.tsx): the Studio's channel speaks this protocol.
  const node = createNode<VisualEditingNodeMsg, VisualEditingControllerMsg>(
    { name: "visual-editing", connectTo: "presentation" },
    createNodeMachine<VisualEditingNodeMsg, VisualEditingControllerMsg>().provide({
      actors: createCompatibilityActors<VisualEditingNodeMsg>(),
    }),
  );
  // An edit arrives as a burst of mutations: reload once the Studio has saved for a moment (the preview server
  // reads the drafts afresh on each load); the refresh button reloads at once.
  let pending: ReturnType<typeof setTimeout> | undefined;
  node.on("presentation/refresh", (refresh) => {
    node.post("visual-editing/refreshing", refresh);
    clearTimeout(pending);
    pending = setTimeout(() => window.location.reload(), refresh.source === "manual" ? 0 : MUTATION_QUIET_MS);
  });
  node.onStatus(() => {
    node.post("visual-editing/navigate", { type: "replace", url: window.location.href, title: document.title });
    node.post("visual-editing/meta", { title: document.title });
  }, "connected");
  node.start();
}
