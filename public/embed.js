/*
 * Harbour Insurance: a product's quote journey inside a partner's page. One tag:
 *   <script src="https://<app>/embed.js" data-partner="<partner id>" data-product="<product slug>"
 *           data-touchpoint="<where on your site>" async></script>
 * It puts an iframe where the tag is, keeps its height to its content, and dispatches each message of the
 * schema (version 1, see the README) on the iframe as a DOM event of the message's type ("qtp:purchased"…),
 * bubbling, with the message as `detail`. Only messages from the app's origin and this iframe are believed.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var appOrigin = new URL(script.src).origin;
  var partner = script.getAttribute("data-partner") || "";
  var product = script.getAttribute("data-product") || "";
  var touchpoint = script.getAttribute("data-touchpoint") || "";
  var query = new URLSearchParams({ referrer: window.location.href });
  if (touchpoint) query.set("touchpoint", touchpoint);
  var frame = document.createElement("iframe");
  frame.src =
    appOrigin + "/embed/" + encodeURIComponent(partner) + "/products/" + encodeURIComponent(product) + "?" + query;
  frame.title = script.getAttribute("data-title") || "Insurance quote";
  frame.style.cssText = "display:block;width:100%;height:640px;border:0;";
  frame.setAttribute("data-qtp-embed", product);
  script.parentNode.insertBefore(frame, script.nextSibling);

  window.addEventListener("message", function (event) {
    if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || typeof data.type !== "string" || data.type.indexOf("qtp:") !== 0 || data.version !== 1) return;
    if (data.type === "qtp:resize") {
      if (typeof data.height === "number" && data.height > 0) frame.style.height = Math.ceil(data.height) + "px";
      return;
    }
    frame.dispatchEvent(new CustomEvent(data.type, { bubbles: true, detail: data }));
  });
})();
