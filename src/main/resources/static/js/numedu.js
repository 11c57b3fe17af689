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
// A form whose files weigh more than one request may carry is turned away before numedu reads it, and what was typed
// is lost: such files are refused here, before sending, and the form stays as it is. Without this script the server's
// refusal still says why, in French.
document.addEventListener("submit", function (event) {
  var form = event.target;
  var limit = Number(form.getAttribute("data-max-request-bytes"));
  var message = form.querySelector("[data-files-too-much]");
  if (!limit || !message) {
    return;
  }
  var total = 0;
  form.querySelectorAll("input[type=file]").forEach(function (input) {
    Array.prototype.forEach.call(input.files || [], function (file) {
      total += file.size;
    });
  });
  // The form's texts and the request's framing take some room too.
  var tooMuch = total > limit - 65536;
  message.hidden = !tooMuch;
  if (tooMuch) {
    event.preventDefault();
    message.focus();
  }
});
