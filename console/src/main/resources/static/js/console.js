// The console's behaviour beyond htmx: disclosure panels and the time zone hint. No inline script anywhere
// (the Content-Security-Policy forbids it); everything hooks on data attributes and ARIA state.
(function () {
  "use strict";

  function toggle(button, open) {
    var target = document.getElementById(button.getAttribute("aria-controls"));
    if (!target) { return; }
    button.setAttribute("aria-expanded", open ? "true" : "false");
    target.hidden = !open;
    try { sessionStorage.setItem("expander:" + button.id, open ? "open" : "closed"); } catch (e) { /* private mode */ }
  }

  function restoreExpanders(root) {
    root.querySelectorAll(".expander-toggle").forEach(function (button) {
      var remembered = null;
      try { remembered = sessionStorage.getItem("expander:" + button.id); } catch (e) { /* private mode */ }
      var section = button.closest("section");
      var asked = section && section.id && location.hash === "#" + section.id;
      if (asked || remembered === "open") { toggle(button, true); }
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest(".expander-toggle");
    if (button) {
      toggle(button, button.getAttribute("aria-expanded") !== "true");
    }
  });

  // "Sync time ... in Pacific Time (America/Los_Angeles)" follows the chosen time zone.
  document.addEventListener("change", function (event) {
    var select = event.target.closest("[data-zone-select]");
    if (!select) { return; }
    var hint = document.getElementById(select.getAttribute("data-zone-select"));
    var option = select.options[select.selectedIndex];
    if (hint && option) { hint.textContent = "in " + option.textContent; }
  });

  // Keyboard and screen reader users keep their place when htmx replaces the part they were in.
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail && event.detail.elt;
    if (target && target.id && !target.contains(document.activeElement)) {
      var focusable = target.querySelector("[role=alert], button:not([disabled])");
      if (focusable && focusable.getAttribute("role") === "alert") {
        focusable.setAttribute("tabindex", "-1");
        focusable.focus();
      }
    }
  });

  document.addEventListener("DOMContentLoaded", function () { restoreExpanders(document); });
})();
