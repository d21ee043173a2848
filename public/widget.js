/*! Lumen Desk chat widget loader.
 * <script src="https://YOUR-DESK/widget.js" data-workspace="SLUG" async></script>
 * Optional: data-user-id and data-user-hash (hex HMAC-SHA256 of the id with the workspace's
 * widget secret) for customers already signed in to your site; data-language to override the
 * visitor's browser language.
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

    // Until it has loaded, the iframe is an empty document of this page's origin, not the chat.
    function post(message) {
      if (loaded && frame.contentWindow) frame.contentWindow.postMessage(message, desk);
    }

    function createFrame() {
      var params = new URLSearchParams({ workspace: workspace, pageUrl: location.href, pageTitle: document.title.slice(0, 300), lang: language, parent: location.origin });
      var userId = script.getAttribute("data-user-id");
      var userHash = script.getAttribute("data-user-hash");
      if (userId && userHash) {
        params.set("userId", userId);
        params.set("userHash", userHash);
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
      });
      root.appendChild(frame);
    }

    function setOpen(next, focus) {
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
    }

    button.addEventListener("click", function () {
      setOpen(!open, true);
    });

    window.addEventListener("message", function (event) {
      if (!frame || event.source !== frame.contentWindow || event.origin !== desk) return;
      var data = event.data || {};
      if (data.type === "lumen-desk:close") setOpen(false, true);
      if (data.type === "lumen-desk:unread") {
        badge.textContent = data.count > 9 ? "9+" : String(data.count);
        badge.hidden = !data.count;
      }
    });

    // Single-page shops change the URL without reloading; the chat follows the customer's page.
    var lastUrl = location.href;
    setInterval(function () {
      if (location.href === lastUrl) return;
      lastUrl = location.href;
      post({ type: "lumen-desk:page", url: location.href, title: document.title.slice(0, 300) });
    }, 1000);

    if (wasOpen()) setOpen(true, false);
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
