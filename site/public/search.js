// Starts Pagefind's search UI. Kept in a file of its own so the page needs no inline script (CSP).
window.addEventListener("DOMContentLoaded", () => {
  const element = document.getElementById("search");
  // The other parts of a split index (see src/search/searchBundles.ts), space-separated.
  const merged = (element?.dataset.mergeBundles ?? "").split(" ").filter(Boolean);
  // eslint-disable-next-line no-undef -- PagefindUI is defined by pagefind-ui.js, loaded just before.
  new PagefindUI({
    element: "#search",
    baseUrl: element?.dataset.baseUrl ?? "/",
    showSubResults: true,
    showImages: false,
    autofocus: true,
    mergeIndex: merged.map((bundlePath) => ({ bundlePath })),
  });
});
