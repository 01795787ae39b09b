// Small enhancements; every page works without them. The composer gets a live character count and
// Ctrl/Cmd+Enter to post. The user stream (Server-Sent Events, signed in by the session cookie)
// announces new posts above a stream instead of shifting what the person is reading, and keeps
// the unread count on the bell current.
(function () {
  "use strict";

  var lang = document.documentElement.lang || "en";

  function format(pattern, number) {
    return pattern.replace("{0}", number.toLocaleString(lang));
  }

  function composer(form) {
    var text = form.querySelector("textarea[data-max]");
    var count = form.querySelector("[data-count]");
    var status = form.querySelector("[data-count-status]");
    var max = Number(text.dataset.max);
    var pause;
    function update(typed) {
      var left = max - text.value.length;
      var words = left >= 0 ? format(text.dataset.left, left) : format(text.dataset.over, -left);
      count.textContent = words;
      count.classList.toggle("over", left < 0);
      clearTimeout(pause);
      if (typed) {
        // Screen readers hear the count once typing pauses, not after every key.
        pause = setTimeout(function () { status.textContent = words; }, 1000);
      }
    }
    text.addEventListener("input", function () { update(true); });
    text.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    update(false);
  }

  document.querySelectorAll("form[data-composer]").forEach(composer);

  var bell = document.querySelector(".bell");
  var stream = document.querySelector("[data-live]");
  var notice = document.querySelector("[data-new-posts]");
  var pending = new Set();

  function belongsHere(status) {
    var live = stream.dataset.live;
    if (live === "home") {
      return true;
    }
    if (live.indexOf("space:") === 0) {
      return Boolean(status.space) && status.space.slug === live.slice(6);
    }
    if (live.indexOf("tag:") === 0) {
      return status.tags.some(function (tag) { return tag.name === live.slice(4); });
    }
    return false;
  }

  function showNotice() {
    notice.hidden = pending.size === 0;
    notice.textContent =
      pending.size === 1 ? notice.dataset.one : format(notice.dataset.some, pending.size);
  }

  // Edits of posts further down are not news; only new posts are announced.
  function onUpdate(event) {
    var status = JSON.parse(event.data);
    if (stream && !status.edited_at && belongsHere(status)
        && !document.getElementById("status-" + status.id)) {
      pending.add(status.id);
      showNotice();
    }
  }

  function onDelete(event) {
    if (stream && pending.delete(event.data)) {
      showNotice();
    }
  }

  // Loads the newest page and swaps in its stream, then puts focus on the first new post, so
  // keyboard and screen reader users land where the news is.
  function showNewPosts(event) {
    event.preventDefault();
    var seen = new Set();
    stream.querySelectorAll("[data-status-id]").forEach(function (post) {
      seen.add(post.dataset.statusId);
    });
    fetch(notice.href, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("stream");
        if (!fresh) {
          throw new Error("no stream");
        }
        stream.replaceWith(fresh);
        stream = fresh;
        pending.clear();
        showNotice();
        var first = Array.prototype.find.call(
          fresh.querySelectorAll("[data-status-id]"),
          function (post) { return !seen.has(post.dataset.statusId); });
        if (first) {
          first.focus();
        }
      })
      .catch(function () { window.location.assign(notice.href); });
  }

  function onNotification() {
    var badge = bell.querySelector(".badge");
    var label = bell.querySelector(".bell-label");
    var cap = Number(bell.dataset.cap);
    var count = Math.min((parseInt(badge.textContent, 10) || 0) + 1, cap);
    badge.textContent = count >= cap ? cap + "+" : String(count);
    badge.hidden = false;
    label.textContent =
      count >= cap ? format(bell.dataset.labelCapped, cap)
        : count === 1 ? bell.dataset.labelOne
          : format(bell.dataset.labelSome, count);
  }

  if (notice) {
    notice.addEventListener("click", showNewPosts);
  }
  if (bell && window.EventSource) {
    var source = new EventSource("/api/v1/streaming/user");
    source.addEventListener("open", function () {
      document.documentElement.dataset.live = "open";
    });
    source.addEventListener("update", onUpdate);
    source.addEventListener("delete", onDelete);
    source.addEventListener("notification", onNotification);
    window.addEventListener("pagehide", function () { source.close(); });
  }

  // The header search box as an accessible combobox: suggestions from /api/v1/suggest appear as a
  // listbox; arrows move through them, Enter opens one, Escape closes the list. Without script the
  // box is a plain search form.
  function suggestions(form) {
    var input = form.querySelector("[role=combobox]");
    var list = form.querySelector("[role=listbox]");
    var options = [];
    var active = -1;
    var pending;
    var asked = 0;

    function close() {
      list.hidden = true;
      list.textContent = "";
      options = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function show(items) {
      close();
      items.forEach(function (item, i) {
        var option = document.createElement("li");
        option.id = "search-suggestion-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.href = item.url;
        var value = document.createElement("span");
        value.textContent = item.value;
        var kind = document.createElement("span");
        kind.className = "suggestion-kind";
        kind.textContent = item.type;
        option.appendChild(value);
        option.appendChild(kind);
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          window.location.assign(item.url);
        });
        list.appendChild(option);
        options.push(option);
      });
      if (options.length > 0) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
    }

    input.addEventListener("input", function () {
      clearTimeout(pending);
      var text = input.value.trim();
      if (text.length < 2) {
        close();
        return;
      }
      pending = setTimeout(function () {
        var ask = ++asked;
        fetch(form.dataset.suggest + "?q=" + encodeURIComponent(text), {
          credentials: "same-origin",
          headers: { Accept: "application/json" }
        })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (items) { if (ask === asked) { show(items); } })
          .catch(close);
      }, 150);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && options.length > 0) {
        event.preventDefault();
        highlight((active + 1) % options.length);
      } else if (event.key === "ArrowUp" && options.length > 0) {
        event.preventDefault();
        highlight(active <= 0 ? options.length - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.assign(options[active].dataset.href);
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
  }

  var searchForm = document.querySelector("form[data-suggest]");
  if (searchForm && window.fetch) {
    suggestions(searchForm);
  }
})();
