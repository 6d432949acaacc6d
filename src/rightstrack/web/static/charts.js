// Render each chart's Vega-Lite spec (embedded as JSON) with the vendored vega-embed; no network.
(function () {
  "use strict";
  document.querySelectorAll("div.chart[data-spec]").forEach(function (el) {
    var source = document.getElementById(el.getAttribute("data-spec"));
    if (!source || typeof vegaEmbed !== "function") { return; }
    var spec = JSON.parse(source.textContent);
    vegaEmbed(el, spec, { actions: false, renderer: "svg" }).then(function () {
      el.setAttribute("data-rendered", "true");
    }).catch(function (err) {
      el.textContent = "Chart could not be drawn (" + err.message + "); the table below has the numbers.";
    });
  });
})();
