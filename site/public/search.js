// Starts Pagefind's search UI. Kept in a file of its own so the page needs no inline script (CSP).

const parser = new DOMParser();

/** The excerpt's words without Pagefind's <mark> tags or entities, to compare with the page's title and text. */
function plain(html) {
  // DOMParser documents run no scripts: this only reads the text.
  return (parser.parseFromString(html, "text/html").body.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** The excerpt's HTML after its first `count` visible characters (whitespace aside), without a dangling </mark>. */
function afterVisible(html, count) {
  let seen = 0;
  let index = 0;
  while (seen < count && index < html.length) {
    if (html[index] === "<") {
      index = html.indexOf(">", index) + 1;
      continue;
    }
    if (html[index] === "&") index = html.indexOf(";", index);
    if (!/\s/.test(html[index])) seen++;
    index++;
  }
  return html.slice(index).replace(/^(\s|<\/mark>)+/, "");
}

/**
 * A result's excerpt as a patient should read it: without the title, which the result already shows above it
 * (each record's text starts with it), and with an ellipsis where it stops short of the end of the page's text.
 */
function tidyExcerpt(result) {
  const title = result.meta?.title ?? "";
  let excerpt = result.excerpt ?? "";
  if (title && plain(excerpt).startsWith(title)) excerpt = afterVisible(excerpt, title.replace(/\s+/g, "").length);
  const words = plain(excerpt);
  if (words && !plain(result.content ?? "").endsWith(words.slice(-30))) excerpt = `${excerpt.trimEnd()}…`;
  return { ...result, excerpt };
}

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
    // Longer than the default 30 words: the title, which tidyExcerpt removes, takes the first few.
    excerptLength: 45,
    processResult: tidyExcerpt,
  });
});
