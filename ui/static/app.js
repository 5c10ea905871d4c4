// kefu web UI: keyboard shortcuts, live updates (Server-Sent Events),
// saved replies and message frames. Every page works without it; this
// only makes the day faster. No inline script anywhere (the
// Content-Security-Policy forbids it), no dependencies.
(function () {
  "use strict";
  var body = document.body;
  var csrf = body.dataset.csrf || "";
  var page = body.dataset.page || "";

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $$(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  function post(url, data) {
    var form = new URLSearchParams(data || {});
    return fetch(url, {
      method: "POST", credentials: "same-origin", body: form,
      headers: { "X-CSRF-Token": csrf, "Accept": "application/json" }
    });
  }
  // getHTML fetches a fragment; a redirect means the session ended (the
  // sign-in page answered), so the whole page goes there instead.
  function getHTML(url) {
    return fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } }).then(function (r) {
      if (r.redirected) { location.reload(); throw new Error("signed out"); }
      return r;
    });
  }
  function say(text) {
    var box = $("#live-status");
    if (!box) return;
    box.textContent = text;
    box.hidden = !text;
  }
  function typing(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
  }

  // ---- message frames: sandboxed, same-origin (no scripts), sized to fit.
  function fit(frame) {
    try {
      var doc = frame.contentDocument;
      if (!doc || !doc.documentElement) return;
      frame.style.height = Math.min(doc.documentElement.scrollHeight + 4, 4000) + "px";
      $$("img", doc).forEach(function (img) {
        if (!img.complete) img.addEventListener("load", function () { fit(frame); }, { once: true });
      });
    } catch (e) { /* not ours to read */ }
  }
  function fitFrames(root) {
    $$("iframe.msg-frame", root).forEach(function (f) {
      f.addEventListener("load", function () { fit(f); });
      fit(f);
    });
  }
  fitFrames(document);

  // ---- help overlay
  var help = $("#help");
  function toggleHelp(show) {
    if (!help) return;
    help.hidden = show === undefined ? !help.hidden : !show;
    if (!help.hidden) $(".help-close", help).focus();
  }
  $$(".help-close").forEach(function (b) { b.addEventListener("click", function () { toggleHelp(false); }); });

  // ---- inbox rows: cursor, selection, open
  function rows() { return $$("#tickets tbody tr.row"); }
  var cursor = -1;
  function moveCursor(delta) {
    var list = rows();
    if (!list.length) return;
    if (cursor >= 0 && list[cursor]) list[cursor].classList.remove("cursor");
    cursor = Math.max(0, Math.min(list.length - 1, cursor + delta));
    list[cursor].classList.add("cursor");
    list[cursor].scrollIntoView({ block: "nearest" });
  }
  function cursorRow() { var list = rows(); return cursor >= 0 ? list[cursor] : null; }
  function bulk(action, field, value) {
    var form = $("#bulk");
    if (!form || !form.elements.action) return;
    var checked = $$("#tickets input[name=id]:checked");
    if (!checked.length && cursorRow()) $("input[name=id]", cursorRow()).checked = true;
    if (!$$("#tickets input[name=id]:checked").length) return;
    form.elements.action.value = action;
    form.elements[field].value = value;
    form.submit();
  }
  var all = $("#select-all");
  if (all) all.addEventListener("change", function () {
    $$("#tickets input[name=id]").forEach(function (c) { c.checked = all.checked; });
  });
  var table = $("#tickets");
  if (table) table.addEventListener("click", function (ev) {
    var row = ev.target.closest("tr.row");
    if (!row || ev.target.closest("a, input, label, button")) return;
    location.href = "/tickets/" + row.dataset.id;
  });

  // ---- keyboard
  var pendingG = false;
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === "Escape") {
      if (help && !help.hidden) { toggleHelp(false); ev.preventDefault(); return; }
      if (typing(document.activeElement)) document.activeElement.blur();
      return;
    }
    if (typing(ev.target)) return;
    var k = ev.key;
    if (pendingG) {
      pendingG = false;
      if (k === "i") { location.href = "/"; ev.preventDefault(); }
      return;
    }
    switch (k) {
      case "?": toggleHelp(); break;
      case "/": var s = $("#search"); if (s) { s.focus(); s.select(); } break;
      case "g": pendingG = true; return;
      case "j": if (page === "inbox") moveCursor(1); else return; break;
      case "k": if (page === "inbox") moveCursor(-1); else return; break;
      case "Enter":
        if (page === "inbox" && cursorRow()) location.href = "/tickets/" + cursorRow().dataset.id; else return;
        break;
      case "x":
        if (page === "inbox" && cursorRow()) { var c = $("input[name=id]", cursorRow()); c.checked = !c.checked; } else return;
        break;
      case "r": case "n":
        var kind = $(k === "r" ? "#kind-reply" : "#kind-note");
        var text = $("#compose-text");
        if (!kind || !text) return;
        kind.checked = true;
        text.focus();
        break;
      case "e":
        if (page === "ticket" && $("#form-solve")) $("#form-solve").submit();
        else if (page === "inbox") bulk("status", "status", "solved");
        else return;
        break;
      case "a":
        if (page === "ticket" && $("#form-assign-me")) $("#form-assign-me").submit();
        else if (page === "inbox") bulk("assign", "assignee", "me");
        else return;
        break;
      default: return;
    }
    ev.preventDefault();
  });

  // ---- saved replies: fill the template in for this ticket, at the caret
  var saved = $("#saved-reply");
  if (saved) {
    $$(".insert-reply").forEach(function (b) { b.hidden = true; });
    saved.addEventListener("change", function () {
      if (!saved.value) return;
      fetch("/tickets/" + saved.dataset.ticket + "/replies/" + saved.value, {
        credentials: "same-origin", headers: { "Accept": "application/json" }
      }).then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
        saved.value = "";
        if (!data) return;
        var t = $("#compose-text");
        var at = t.selectionStart || 0;
        t.value = t.value.slice(0, at) + data.text + t.value.slice(t.selectionEnd || at);
        t.focus();
        t.selectionStart = t.selectionEnd = at + data.text.length;
        t.dispatchEvent(new Event("input"));
      });
    });
  }

  $$("input.copy").forEach(function (i) { i.addEventListener("focus", function () { i.select(); }); });

  // ---- clocks count down between page loads, in the page's language
  var fmt = {};
  try { fmt = JSON.parse(body.dataset.clock || "{}"); } catch (e) { /* keep the server's text */ }
  function f(s) { var args = Array.prototype.slice.call(arguments, 1); return s.replace(/%d|%s/g, function () { return args.shift(); }); }
  function span(ms) {
    var m = Math.floor(Math.abs(ms) / 60000);
    if (m < 1) return fmt.now;
    if (m < 60) return f(fmt.m, m);
    if (m < 1440) return m % 60 ? f(fmt.hm, Math.floor(m / 60), m % 60) : f(fmt.h, m / 60);
    var d = Math.floor(m / 1440), h = Math.floor((m % 1440) / 60);
    return h ? f(fmt.dh, d, h) : f(fmt.d, d);
  }
  function tick() {
    if (!fmt.left) return;
    $$(".clock[data-due]").forEach(function (c) {
      var left = Date.parse(c.dataset.due) - Date.now();
      c.textContent = left < 0 ? f(fmt.overdue, span(left)) : f(fmt.left, span(left));
      c.classList.toggle("clock-late", left < 0);
      c.classList.toggle("clock-soon", left >= 0 && left < 4 * 3600000);
      c.classList.toggle("clock-ok", left >= 4 * 3600000);
    });
  }
  setInterval(tick, 30000);

  // ---- composer: the marketplace guard's warnings while typing. Only a
  // hint: storage checks the reply again when it is sent, and decides.
  function postForm(url, data, accept) {
    return fetch(url, {
      method: "POST", credentials: "same-origin", body: new URLSearchParams(data || {}),
      headers: { "X-CSRF-Token": csrf, "Accept": accept }
    }).then(function (r) {
      if (r.redirected) { location.reload(); throw new Error("signed out"); }
      return r;
    });
  }
  function answer(r) {
    return r.json().catch(function () { return {}; }).then(function (d) {
      if (!r.ok) throw new Error(d.error || r.statusText);
      return d;
    });
  }
  var draft = $("#compose-text");
  var lintBox = $("#lint");
  var send = $("#send");
  var override = $("#override");
  if (draft && lintBox && draft.dataset.lint) {
    var lintTimer = 0, lintSeq = 0;
    var isReply = function () { var k = $("#kind-note"); return !k || !k.checked; };
    var showLint = function (html) {
      lintBox.innerHTML = html; // server-rendered, escaped
      var blocked = !!$("[data-blocked]", lintBox);
      if (send) {
        send.classList.toggle("blocked", blocked);
        if (blocked) { send.title = send.dataset.blocked || ""; send.setAttribute("aria-describedby", "lint"); }
        else { send.removeAttribute("title"); send.removeAttribute("aria-describedby"); }
      }
      if (override) {
        override.hidden = !blocked;
        if (!blocked) $("input", override).checked = false;
      }
    };
    var lint = function () {
      var seq = ++lintSeq;
      if (!isReply() || !draft.value.trim()) { showLint(""); return; }
      postForm(draft.dataset.lint, { text: draft.value }, "text/html").then(function (r) {
        return r.ok ? r.text() : null;
      }).then(function (html) {
        if (html !== null && seq === lintSeq) showLint(html);
      }).catch(function () {});
    };
    var soonLint = function () { clearTimeout(lintTimer); lintTimer = setTimeout(lint, 400); };
    draft.addEventListener("input", soonLint);
    $$("input[name=kind]").forEach(function (k) { k.addEventListener("change", soonLint); });
    if (draft.value.trim()) soonLint();
  }

  // ---- translation: a buyer's message below the original, the draft
  // into the buyer's language (with an undo).
  document.addEventListener("click", function (ev) {
    var b = ev.target.closest("button.translate-msg");
    if (!b) return;
    var out = b.parentNode.querySelector(".translation");
    if (!out) return;
    if (!out.hidden && out.textContent) { out.hidden = true; return; }
    var label = b.textContent;
    b.disabled = true;
    b.textContent = b.dataset.working || label;
    postForm(b.dataset.url, {}, "application/json").then(answer).then(function (d) {
      out.classList.remove("inline-error");
      out.textContent = d.text || "";
    }, function (e) {
      out.classList.add("inline-error");
      out.textContent = e.message;
    }).then(function () {
      out.hidden = false;
      b.disabled = false;
      b.textContent = label;
    });
  });
  var tDraft = $("#translate-draft");
  if (tDraft && draft) {
    var undo = $("#translate-undo"), tErr = $("#translate-error"), original = null;
    tDraft.addEventListener("click", function () {
      if (!draft.value.trim()) { draft.focus(); return; }
      var label = tDraft.textContent, before = draft.value;
      tDraft.disabled = true;
      tDraft.textContent = tDraft.dataset.working || label;
      tErr.hidden = true;
      postForm(tDraft.dataset.url, { text: before }, "application/json").then(answer).then(function (d) {
        original = before;
        draft.value = d.text || "";
        undo.hidden = false;
        draft.dispatchEvent(new Event("input"));
      }, function (e) {
        tErr.textContent = e.message;
        tErr.hidden = false;
      }).then(function () {
        tDraft.disabled = false;
        tDraft.textContent = label;
      });
    });
    undo.addEventListener("click", function () {
      if (original === null) return;
      draft.value = original;
      original = null;
      undo.hidden = true;
      draft.dispatchEvent(new Event("input"));
      draft.focus();
    });
  }

  // ---- live updates
  if (!window.EventSource || !body.dataset.csrf || (page !== "inbox" && page !== "ticket")) return;
  var ticketEl = $("#ticket");
  var ticketID = ticketEl ? ticketEl.dataset.ticket : "";
  var source = new EventSource("/live" + (ticketID ? "?ticket=" + ticketID : ""));
  window.__kefuLive = source;

  if (page === "inbox") {
    var inbox = $(".inbox");
    var query = inbox ? inbox.dataset.query : "";
    var first = inbox && inbox.dataset.first === "1";
    source.addEventListener("ticket", function (e) {
      var ch = JSON.parse(e.data);
      var tbody = $("#tickets tbody");
      if (!tbody) return;
      var existing = $("tr.row[data-id='" + ch.id + "']", tbody);
      if (!existing && (ch.kind !== "created" || !first)) return;
      getHTML("/inbox/rows/" + ch.id + (query ? "?" + query : "")).then(function (r) {
        if (r.status === 204) {
          if (existing) existing.remove();
          else if (r.headers.get("X-Kefu-Match") === "unknown") say(body.dataset.newTickets || "↻");
          return null;
        }
        return r.ok ? r.text() : null;
      }).then(function (html) {
        if (!html) return;
        var holder = document.createElement("tbody");
        holder.innerHTML = html.trim();
        var row = holder.firstElementChild;
        if (!row) return;
        if (existing) {
          var was = $("input[name=id]", existing);
          if (was && was.checked) $("input[name=id]", row).checked = true;
          if (existing.classList.contains("cursor")) row.classList.add("cursor");
          existing.replaceWith(row);
        } else {
          var empty = $("tr.empty", tbody);
          if (empty) empty.remove();
          row.classList.add("fresh");
          tbody.insertBefore(row, tbody.firstChild);
          if (cursor >= 0) cursor++;
        }
      }).catch(function () {});
    });
  }

  if (page === "ticket") {
    var known = parseInt(ticketEl.dataset.messages, 10) || 0;
    source.addEventListener("ticket", function (e) {
      var ch = JSON.parse(e.data);
      if (String(ch.id) !== ticketID || ch.message_count === known) return;
      known = ch.message_count;
      getHTML("/tickets/" + ticketID + "/thread").then(function (r) { return r.ok ? r.text() : null; }).then(function (html) {
        if (!html) return;
        var thread = $("#thread");
        thread.innerHTML = html;
        fitFrames(thread);
      }).catch(function () {});
    });
    var presence = $("#presence");
    source.addEventListener("presence", function (e) {
      var p = JSON.parse(e.data);
      if (!presence) return;
      if (!p.others || !p.others.length) { presence.hidden = true; presence.textContent = ""; return; }
      presence.textContent = p.others.map(function (o) {
        return (o.replying ? presence.dataset.replying || "%s is replying" : presence.dataset.viewing || "%s is also viewing").replace("%s", o.name);
      }).join(" · ");
      presence.classList.toggle("replying", p.others.some(function (o) { return o.replying; }));
      presence.hidden = false;
    });
    var text = $("#compose-text");
    var replying = false;
    function announce(state) {
      if (state === replying) return;
      replying = state;
      post("/tickets/" + ticketID + "/presence", { state: state ? "replying" : "viewing" });
    }
    if (text) {
      text.addEventListener("input", function () { announce(text.value.trim() !== ""); });
      text.addEventListener("blur", function () { if (!text.value.trim()) announce(false); });
    }
  }
})();
