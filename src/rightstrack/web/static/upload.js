// Upload page: send the file, show upload progress, then poll the job's stage until it is stored.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  var box = document.getElementById("upload-progress");
  var bar = document.getElementById("upload-bar");
  var stageText = document.getElementById("upload-stage");
  var result = document.getElementById("upload-result");
  var STAGES = { queued: [50, "Waiting for the worker…"], reading: [60, "Reading the document…"],
    extracting: [75, "Extracting recommendations, statements, claims and events…"],
    storing: [90, "Storing in the record…"], done: [100, "Done."], failed: [100, "Failed."] };

  function line(text, tag) {
    var el = document.createElement(tag || "p");
    el.textContent = text;
    result.appendChild(el);
    return el;
  }
  function finish(job) {
    form.querySelector("button").disabled = false;
    result.textContent = "";
    if (job.stage === "failed") {
      line("Error: " + job.error, "p").className = "error";
      return;
    }
    var r = job.result;
    var parts = Object.keys(r.counts).map(function (k) { return r.counts[k] + " " + k; });
    line((r.created ? "Stored" : "Already in the record") + " (" + r.kind + "): " +
         (parts.length ? parts.join(", ") : "no items extracted") + ".");
    var link = document.createElement("a");
    link.href = "/documents/" + r.document_id;
    link.id = "upload-document-link";
    link.textContent = "Open the document";
    result.appendChild(link);
  }
  function poll(url) {
    fetch(url).then(function (resp) { return resp.json(); }).then(function (job) {
      var stage = STAGES[job.stage] || [50, job.stage];
      bar.value = stage[0];
      stageText.textContent = stage[1];
      if (job.stage === "done" || job.stage === "failed") { finish(job); }
      else { setTimeout(function () { poll(url); }, 250); }
    }).catch(function () { stageText.textContent = "Lost contact with the server."; });
  }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var data = new FormData(form);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/uploads");
    box.hidden = false;
    result.textContent = "";
    bar.value = 0;
    stageText.textContent = "Uploading…";
    form.querySelector("button").disabled = true;
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { bar.value = Math.round(50 * e.loaded / e.total); }
    };
    xhr.onload = function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = { error: xhr.statusText }; }
      if (xhr.status !== 202) { finish({ stage: "failed", error: body.error || xhr.statusText }); return; }
      poll(body.status_url);
    };
    xhr.onerror = function () { finish({ stage: "failed", error: "the upload did not reach the server" }); };
    xhr.send(data);
  });
})();
