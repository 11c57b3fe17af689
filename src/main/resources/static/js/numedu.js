// numedu works without this script; it only makes htmx updates easier to follow by keyboard and screen reader.
document.addEventListener("htmx:afterSwap", function (event) {
  // After a swap, move focus to the new region's heading so that keyboard and screen-reader users land on it.
  var target = event.detail.target;
  // An outerHTML swap replaces the target itself: its replacement, with the same id, is the one now in the page.
  if (target && !target.isConnected && target.id) {
    target = document.getElementById(target.id);
  }
  var heading = target && target.querySelector("[data-focus-after-swap]");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  }
});
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-print]");
  if (button) {
    window.print();
  }
});
// On a narrow screen the catalogue's filters start folded, so that the results come first; without this script
// they stay open, and everything still works.
function foldFilters() {
  if (window.matchMedia("(max-width: 48rem)").matches) {
    document.querySelectorAll("details.filters[open]").forEach(function (filters) {
      filters.removeAttribute("open");
    });
  }
}
document.addEventListener("DOMContentLoaded", foldFilters);
document.addEventListener("htmx:afterSwap", foldFilters);
