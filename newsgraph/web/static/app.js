// newsgraph web app: the only script, served from /static (the CSP allows no inline script).
// On an article page, the legend's checkboxes switch each kind of highlight on and off.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("input.hl-toggle").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.dataset.kind, !box.checked);
    });
  });
});
