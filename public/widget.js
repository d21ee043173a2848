/*! Lumen Desk chat widget loader.
 * <script src="https://YOUR-DESK/widget.js" data-workspace="SLUG" async></script>
 * Optional: data-user-id and data-user-hash (hex HMAC-SHA256 of the id with the workspace's
 * widget secret) for customers already signed in to your site; data-language to override the
 * visitor's browser language.
 * SDK: window.LumenDesk(command, ...) with boot, update, shutdown, open, close, showNewMessage
 * and on; calls made before this file has loaded wait in window.LumenDesk.q.
 */
(function () {
  "use strict";
  var script = document.currentScript || document.querySelector("script[data-workspace][src*='widget.js']");
  if (!script || window.__lumenDeskWidget) return;
  window.__lumenDeskWidget = true;

  var desk = new URL(script.src, location.href).origin;
  var workspace = script.getAttribute("data-workspace");
  // The visitor reads their browser's language, whatever the page is written in; the desk then
  // follows the language they write in.
  var language = script.getAttribute("data-language") || navigator.language || "en";
  var labels = {
    es: { open: "Abrir el chat", close: "Cerrar el chat", frame: "Chat de ayuda" },
    fr: { open: "Ouvrir le chat", close: "Fermer le chat", frame: "Chat d'aide" },
    de: { open: "Chat öffnen", close: "Chat schließen", frame: "Hilfe-Chat" },
  }[language.slice(0, 2).toLowerCase()] || { open: "Open chat", close: "Close chat", frame: "Support chat" };
  var openKey = "lumen-desk:open:" + workspace;
  var freshKey = "lumen-desk:fresh:" + workspace;
  var identity = { userId: script.getAttribute("data-user-id"), userHash: script.getAttribute("data-user-hash") };
  var profile = {};
  var listeners = {};
  var ui = null;
  var waiting = [];

  function warn(text) {
    if (window.console) console.warn("Lumen Desk: " + text);
  }

  // A host page's handler that throws must not break the widget or the other handlers.
  function emit(name, data) {
    (listeners[name] || []).slice().forEach(function (fn) {
      try {
        fn(data);
      } catch (e) {
        warn(name + " handler failed: " + e);
      }
    });
  }

  function whenMounted(fn) {
    if (ui) fn();
    else waiting.push(fn);
  }

  function setProfile(options) {
    ["name", "email"].forEach(function (key) {
      if (typeof options[key] === "string") profile[key] = options[key];
    });
    if (options.attributes && typeof options.attributes === "object") {
      profile.attributes = profile.attributes || {};
      for (var key in options.attributes) profile.attributes[key] = options.attributes[key];
    }
  }

  function store(key, value) {
    try {
      if (value) localStorage.setItem(key, "1");
      else localStorage.removeItem(key);
    } catch (e) {}
  }

  function stored(key) {
    try {
      return localStorage.getItem(key) === "1";
    } catch (e) {
      return false;
    }
  }

  var commands = {
    // A signed-in customer: their id, its hash from the site's server, and what the site knows.
    boot: function (options) {
      options = options || {};
      var userId = options.userId || null;
      var userHash = options.userHash || null;
      var changed = userId !== identity.userId;
      identity = { userId: userId, userHash: userHash };
      if (changed) profile = {};
      setProfile(options);
      if (ui && changed) ui.reset();
      else if (ui) ui.post({ type: "lumen-desk:profile", profile: profile });
    },
    update: function (options) {
      setProfile(options || {});
      if (ui) ui.post({ type: "lumen-desk:profile", profile: profile });
    },
    // Sign-out: this browser's chat is left behind and the next visitor starts a new one.
    shutdown: function () {
      identity = { userId: null, userHash: null };
      profile = {};
      store(freshKey, true);
      if (ui) ui.reset();
    },
    open: function () {
      whenMounted(function () {
        ui.setOpen(true, true);
      });
    },
    close: function () {
      whenMounted(function () {
        ui.setOpen(false, false);
      });
    },
    showNewMessage: function (text) {
      whenMounted(function () {
        ui.setOpen(true, true);
        if (typeof text === "string" && text) ui.post({ type: "lumen-desk:prefill", text: text.slice(0, 4000) });
      });
    },
    on: function (name, fn) {
      if (typeof fn !== "function") return warn("on(" + name + ") needs a function");
      (listeners[name] = listeners[name] || []).push(fn);
      if (name === "ready" && ui) fn();
    },
  };

  function run(args) {
    var command = commands[args[0]];
    if (command) command.apply(null, Array.prototype.slice.call(args, 1));
    else warn("unknown command " + args[0]);
  }

  var queued = (window.LumenDesk && window.LumenDesk.q) || [];
  window.LumenDesk = function () {
    run(arguments);
  };
  for (var i = 0; i < queued.length; i++) run(queued[i]);

  // Inline !important declarations outrank any rule in the page's style sheets, and the shadow
  // root keeps the page's selectors away from everything inside; together the host page's CSS
  // cannot reach the widget, and the widget's CSS cannot leak out.
  function force(el, styles) {
    for (var name in styles) el.style.setProperty(name, styles[name], "important");
  }

  function remember(open) {
    try {
      if (open) sessionStorage.setItem(openKey, "1");
      else sessionStorage.removeItem(openKey);
    } catch (e) {}
  }

  function wasOpen() {
    try {
      return sessionStorage.getItem(openKey) === "1";
    } catch (e) {
      return false;
    }
  }

  function mount(config) {
    var side = config.position === "left" ? "left" : "right";
    var host = document.createElement("lumen-desk-widget");
    force(host, { all: "initial", display: "block", position: "fixed", "z-index": "2147483647", bottom: "0", width: "0", height: "0", overflow: "visible" });
    force(host, side === "left" ? { left: "0" } : { right: "0" });
    var root = host.attachShadow({ mode: "open" });
    var style = document.createElement("style");
    style.textContent =
      ":host{all:initial}" +
      "button{all:initial;position:fixed;bottom:20px;" + side + ":20px;width:56px;height:56px;border-radius:50%;background:" + config.color + ";cursor:pointer;display:grid;place-items:center;box-shadow:0 4px 14px rgba(0,0,0,.25)}" +
      "button:focus-visible{outline:3px solid " + config.color + ";outline-offset:3px}" +
      "svg{width:28px;height:28px;fill:#fff}" +
      "span{position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;padding:0 5px;box-sizing:border-box;border-radius:10px;background:#dc2626;color:#fff;font:600 12px/20px system-ui,sans-serif;text-align:center}" +
      "iframe{position:fixed;bottom:88px;" + side + ":20px;width:380px;height:min(640px,calc(100vh - 110px));border:0;border-radius:16px;background:#fff;box-shadow:0 12px 40px rgba(0,0,0,.25)}" +
      "@media (max-width:520px){iframe{inset:0;width:100%;height:100%;border-radius:0}button.open{display:none}}";
    var button = document.createElement("button");
    button.type = "button";
    button.setAttribute("aria-label", labels.open);
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("data-lumen-desk", "launcher");
    button.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>';
    var badge = document.createElement("span");
    badge.hidden = true;
    button.appendChild(badge);
    root.appendChild(style);
    root.appendChild(button);
    (document.body || document.documentElement).appendChild(host);

    var frame = null;
    var loaded = false;
    var open = false;
    var outbox = [];

    // Until it has loaded, the iframe is an empty document of this page's origin, not the chat:
    // messages for it wait.
    function post(message) {
      if (loaded && frame.contentWindow) frame.contentWindow.postMessage(message, desk);
      else if (frame) outbox.push(message);
    }

    function setBadge(count) {
      badge.textContent = count > 9 ? "9+" : String(count);
      badge.hidden = !count;
    }

    function createFrame() {
      var params = new URLSearchParams({ workspace: workspace, pageUrl: location.href, pageTitle: document.title.slice(0, 300), lang: language, parent: location.origin });
      if (identity.userId && identity.userHash) {
        params.set("userId", identity.userId);
        params.set("userHash", identity.userHash);
        if (profile.name || profile.email || profile.attributes) params.set("profile", JSON.stringify(profile));
      }
      if (stored(freshKey)) {
        params.set("fresh", "1");
        store(freshKey, false);
      }
      frame = document.createElement("iframe");
      frame.src = desk + "/widget/frame#" + params.toString();
      frame.title = labels.frame;
      frame.id = "lumen-desk-frame";
      frame.setAttribute("data-lumen-desk", "frame");
      button.setAttribute("aria-controls", frame.id);
      frame.addEventListener("load", function () {
        loaded = true;
        post({ type: "lumen-desk:visibility", open: open });
        outbox.splice(0).forEach(post);
      });
      root.appendChild(frame);
    }

    // A different person (or nobody) from now on: the chat is started again when next opened.
    function reset() {
      if (frame) frame.remove();
      frame = null;
      loaded = false;
      outbox = [];
      setBadge(0);
      setOpen(false, false);
    }

    function setOpen(next, focus) {
      var changed = next !== open;
      open = next;
      if (open && !frame) createFrame();
      if (frame) frame.hidden = !open;
      if (frame) force(frame, { display: open ? "block" : "none" });
      button.className = open ? "open" : "";
      button.setAttribute("aria-expanded", String(open));
      button.setAttribute("aria-label", open ? labels.close : labels.open);
      remember(open);
      post({ type: "lumen-desk:visibility", open: open });
      if (open && focus) frame.focus();
      if (!open && focus) button.focus();
      if (changed) emit(open ? "open" : "close");
    }

    button.addEventListener("click", function () {
      setOpen(!open, true);
    });

    window.addEventListener("message", function (event) {
      if (!frame || event.source !== frame.contentWindow || event.origin !== desk) return;
      var data = event.data || {};
      if (data.type === "lumen-desk:close") setOpen(false, true);
      if (data.type === "lumen-desk:unread") {
        setBadge(data.count);
        emit("unread", data.count);
      }
      if (data.type === "lumen-desk:message") emit("message", { author: data.author, body: data.body });
    });

    // Single-page shops change the URL without reloading; the chat follows the customer's page.
    var lastUrl = location.href;
    setInterval(function () {
      if (location.href === lastUrl) return;
      lastUrl = location.href;
      post({ type: "lumen-desk:page", url: location.href, title: document.title.slice(0, 300) });
    }, 1000);

    ui = { setOpen: setOpen, post: post, reset: reset };
    if (wasOpen()) setOpen(true, false);
    emit("ready");
    waiting.splice(0).forEach(function (fn) {
      fn();
    });
  }

  fetch(desk + "/api/widget/config?workspace=" + encodeURIComponent(workspace))
    .then(function (response) {
      if (!response.ok) throw new Error("Lumen Desk: no widget for workspace " + workspace);
      return response.json();
    })
    .then(mount)
    .catch(function (error) {
      if (window.console) console.warn(error.message || error);
    });
})();
