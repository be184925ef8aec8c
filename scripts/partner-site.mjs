// A partner's page on another origin that embeds the journey with the one script tag: the demo of `npm start`
// and the host page of e2e/embed.spec.ts. `node scripts/partner-site.mjs <host> <port> <app url> <partner id>`.
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The bike shop's checkout page: the tag, and a log of every message the embed tells the page. */
export function partnerPage({ appUrl, partner, product = "bicycle", touchpoint = "checkout" }) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ride On Bikes: checkout</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem}
header{border-bottom:2px solid #c2410c;margin-bottom:1rem}</style></head>
<body>
<header><h1>Ride On Bikes</h1><p>Your new bike is in the basket. Insure it before you go:</p></header>
<script src="${escape(appUrl)}/embed.js" data-partner="${escape(partner)}" data-product="${escape(product)}"
  data-touchpoint="${escape(touchpoint)}" async></script>
<h2>What the insurer told this page</h2>
<ol id="messages" aria-live="polite"></ol>
<script>
  window.qtpMessages = [];
  for (const type of ["qtp:quote-started", "qtp:price-shown", "qtp:purchased"]) {
    document.addEventListener(type, (event) => {
      window.qtpMessages.push(event.detail);
      const item = document.createElement("li");
      item.textContent = JSON.stringify(event.detail);
      document.getElementById("messages").append(item);
    });
  }
</script>
</body></html>`;
}

export function startPartnerSite({ host, port, appUrl, partner }) {
  const server = createServer((req, res) => {
    if (req.url !== "/" && !req.url.startsWith("/?")) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(partnerPage({ appUrl, partner }));
  });
  return new Promise((resolve) => server.listen(Number(port), host, () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [host = "127.0.0.2", port = "3002", appUrl = "http://127.0.0.1:3000", partner = "ride-on-bikes"] =
    process.argv.slice(2);
  await startPartnerSite({ host, port, appUrl, partner });
  console.log(`Partner site on http://${host}:${port}/`);
}
