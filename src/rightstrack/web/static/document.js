// Document page: selecting a highlighted passage opens the matching item's fields in the side panel.
(function () {
  "use strict";
  var current = null;
  var source = document.getElementById("doc-items");
  var items = source ? JSON.parse(source.textContent) : {};
  var HIDDEN = { kind: true, evidence: true, response_evidence: true };

  function text(value) {
    if (value === null || value === undefined) { return ""; }
    if (Array.isArray(value)) { return value.map(text).join("; "); }
    if (typeof value === "object") {
      var name = value.name || value.title || value.key || "";
      return value.iso3 ? name + " (" + value.iso3 + ")" : name;
    }
    return String(value);
  }
  function row(table, name, value) {
    var tr = table.insertRow();
    var th = document.createElement("th");
    th.scope = "row";
    th.textContent = name;
    tr.appendChild(th);
    tr.insertCell().textContent = value;
  }
  function fill(details) {  // the item's fields, written as text (never as markup)
    var box = details.querySelector(".fields");
    var item = items[details.getAttribute("data-key")];
    if (!box || !item || box.firstChild) { return; }
    var table = document.createElement("table");
    table.className = "fields";
    Object.keys(item).forEach(function (name) {
      var value = text(item[name]);
      if (!HIDDEN[name] && value !== "") { row(table, name, value); }
    });
    var ev = item.evidence;
    if (ev) {
      row(table, "evidence", "characters " + ev.start + "–" + ev.end + (ev.page ? ", page " + ev.page : ""));
    }
    if (item.response_evidence) { row(table, "response evidence", item.response_evidence.quote); }
    box.appendChild(table);
  }
  document.querySelectorAll("details.item").forEach(function (details) {
    details.addEventListener("toggle", function () { if (details.open) { fill(details); } });
  });

  function show(key, scroll) {
    var item = document.getElementById("item-" + key);
    if (!item) { return; }
    fill(item);
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
