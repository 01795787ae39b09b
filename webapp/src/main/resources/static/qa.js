// The ask form lists similar questions while the title is typed, and says how many in a live
// region for screen readers. Without script the form works the same, minus the list.
(function () {
  "use strict";
  var form = document.querySelector("form[data-similar]");
  if (!form || !window.fetch) {
    return;
  }
  var title = form.querySelector("#title");
  var section = form.querySelector(".qa-similar");
  var list = form.querySelector("#similar-list");
  var status = document.getElementById("similar-status");
  var timer = null;
  var asked = "";

  function show(found) {
    list.textContent = "";
    found.forEach(function (q) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = q.url;
      link.textContent = q.title;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" (" + q.state + ")"));
      list.appendChild(item);
    });
    section.hidden = found.length === 0;
    status.textContent =
      found.length === 0 ? "" : found.length === 1 ? "1 similar question found." : found.length + " similar questions found.";
  }

  function look() {
    var text = title.value.trim();
    if (text === asked) {
      return;
    }
    asked = text;
    if (text.length < 3) {
      show([]);
      return;
    }
    fetch(form.dataset.similar + "?title=" + encodeURIComponent(text), {
      headers: { Accept: "application/json" },
      credentials: "same-origin"
    })
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .then(function (found) {
        if (asked === text) {
          show(found);
        }
      })
      .catch(function () {
        show([]);
      });
  }

  title.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(look, 300);
  });
})();
