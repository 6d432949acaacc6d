// Document page: selecting a highlighted passage opens the matching item's fields in the side panel.
(function () {
  "use strict";
  var current = null;
  function show(key, scroll) {
    var item = document.getElementById("item-" + key);
    if (!item) { return; }
    if (current) { current.classList.remove("selected"); }
    item.open = true;
    item.classList.add("selected");
    current = item;
    if (scroll) { item.scrollIntoView({ block: "nearest" }); }
    document.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
    document.querySelectorAll("mark[data-items]").forEach(function (m) {
      if (m.getAttribute("data-items").split(" ").indexOf(key) >= 0) { m.classList.add("active"); }
    });
  }
  function fromMark(mark) {
    var keys = mark.getAttribute("data-items").split(" ");
    // a passage covered by several items: each selection moves on to the next of them
    var at = current ? keys.indexOf(current.getAttribute("data-key")) : -1;
    show(keys[(at + 1) % keys.length], true);
  }
  document.querySelectorAll("mark[data-items]").forEach(function (mark) {
    mark.addEventListener("click", function () { fromMark(mark); });
    mark.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); fromMark(mark); }
    });
  });
  document.querySelectorAll("details.item").forEach(function (item) {
    item.querySelector("summary").addEventListener("click", function () {
      var key = item.getAttribute("data-key");
      var mark = document.querySelector("mark.hl[data-items~='" + key + "']");
      if (mark) { mark.scrollIntoView({ block: "center" }); }
      show(key, false);
    });
  });
  if (location.hash.indexOf("#item-") === 0) {
    var key = location.hash.slice(6);
    show(key, true);
    var mark = document.querySelector("mark.hl[data-items~='" + CSS.escape(key) + "']");
    if (mark) { mark.scrollIntoView({ block: "center" }); }
  }
})();
