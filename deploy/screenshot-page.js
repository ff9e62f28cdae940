// A screenshot of a page that renders after load (the Aspire dashboard is a Blazor Server app: its data arrives over
// a websocket, so Chromium's own --screenshot, taken at load, shows a blank page). Drives headless Chromium over the
// DevTools protocol, waits until the page shows the given text, then captures it. No npm package needed:
//   node --experimental-websocket deploy/screenshot-page.js <chromium> <url> <out.png> [text to wait for]
// Used by deploy/screenshot-traces.sh.
"use strict";

const { spawn } = require("node:child_process");
const fs = require("node:fs");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");

const [chromium, url, out, waitText = ""] = process.argv.slice(2);
if (!chromium || !url || !out) {
  console.error("usage: node --experimental-websocket screenshot-page.js <chromium> <url> <out.png> [text]");
  process.exit(2);
}
const width = 1600;
const height = 1000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function main() {
  const port = await freePort();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "disiplin-screenshot-"));
  const browser = spawn(chromium, [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
    `--remote-debugging-address=127.0.0.1`, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`,
    `--window-size=${width},${height}`, "about:blank",
  ], { stdio: "ignore" });
  try {
    let target;
    for (let i = 0; i < 100 && !target; i++) {
      try {
        const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
        target = targets.find((t) => t.type === "page");
      } catch { /* not listening yet */ }
      if (!target) await sleep(100);
    }
    if (!target) throw new Error("Chromium's DevTools endpoint did not come up");

    const socket = new WebSocket(target.webSocketDebuggerUrl);
    await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = reject; });
    let id = 0;
    const pending = new Map();
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (message.id && pending.has(message.id)) {
        const { resolve, reject } = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) reject(new Error(message.error.message)); else resolve(message.result);
      }
    };
    const send = (method, params = {}) => new Promise((resolve, reject) => {
      const messageId = ++id;
      pending.set(messageId, { resolve, reject });
      socket.send(JSON.stringify({ id: messageId, method, params }));
    });

    await send("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: 1, mobile: false });
    await send("Page.enable");
    await send("Page.navigate", { url });
    const deadline = Date.now() + 30000;
    let shown = false;
    while (Date.now() < deadline) {
      const { result } = await send("Runtime.evaluate", {
        expression: `document.readyState === "complete" && document.body.innerText.includes(${JSON.stringify(waitText)})`,
        returnByValue: true,
      });
      if (result.value) { shown = true; break; }
      await sleep(250);
    }
    if (!shown) console.error(`[screenshot] '${waitText}' did not appear on ${url} in 30 s; taking the picture anyway`);
    await sleep(1500); // let the grid and the waterfall finish drawing
    const { data } = await send("Page.captureScreenshot", { format: "png" });
    fs.writeFileSync(out, Buffer.from(data, "base64"));
    socket.close();
    if (!shown) process.exitCode = 1;
  } finally {
    const exited = new Promise((resolve) => browser.once("exit", resolve));
    browser.kill();
    await Promise.race([exited, sleep(5000)]);
    try { fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 }); } catch { /* a temp folder left */ }
  }
}

main().catch((err) => {
  console.error(`[screenshot] ${err.message}`);
  process.exit(1);
});
