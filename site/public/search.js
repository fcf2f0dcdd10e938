// Starts Pagefind's search UI. Kept in a file of its own so the page needs no inline script (CSP).
window.addEventListener("DOMContentLoaded", () => {
  // eslint-disable-next-line no-undef
  new PagefindUI({ element: "#search", showSubResults: true, showImages: false, autofocus: true });
});
