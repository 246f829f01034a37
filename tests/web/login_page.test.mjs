// The sandbox's login page (the authorization endpoint of its OpenID provider) in headless
// Chromium: keyboard only, as a trainer signs in; a wrong password announced; Cancel; and the
// redirect to the app's loopback listener, which the page's Content-Security-Policy must let
// through (Chromium applies form-action to the redirect after a form post too). Run by ctest with
// SANDBOX set to the viopay-sandbox program.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const screenshotDir = process.env.SCREENSHOT_DIR || tmpdir();
let sandbox, api, browser, listener, redirectUri;
const arrivals = []; // the URLs the app's listener was sent to

function startSandbox() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.env.SANDBOX, ["--port", "0", "--db", ":memory:", "--log-level", "warning"]);
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
      const match = output.match(/listening on (http:\/\/\S+)/);
      if (match)
        resolve({ child, url: match[1] });
    });
    child.on("exit", (code) => reject(new Error(`viopay-sandbox exited with ${code}: ${output}`)));
  });
}

// Stands in for the desktop app's one-shot loopback listener (RFC 8252 section 7.3).
function startListener() {
  return new Promise((resolve) => {
    const server = createServer((request, response) => {
      const url = new URL(request.url, "http://127.0.0.1");
      if (url.pathname === "/")
        arrivals.push(url); // not the favicon
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end("<!DOCTYPE html><title>Viopay Pairing</title><p>Return to the app.</p>");
    });
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

function authorizationUrl(state) {
  const challenge = createHash("sha256").update(randomBytes(32).toString("base64url")).digest("base64url");
  const query = new URLSearchParams({
    client_id: "viopay-desk", redirect_uri: redirectUri, response_type: "code", scope: "openid",
    state, nonce: "n1", code_challenge: challenge, code_challenge_method: "S256" });
  return `${api}/realms/viopay/protocol/openid-connect/auth?${query}`;
}

async function openLoginPage(state) {
  const page = await browser.newPage({ viewport: { width: 480, height: 760 } });
  const problems = [];
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(authorizationUrl(state));
  return { page, problems };
}

before(async () => {
  assert.ok(process.env.SANDBOX, "SANDBOX must name the viopay-sandbox program");
  ({ child: sandbox, url: api } = await startSandbox());
  listener = await startListener();
  redirectUri = `http://127.0.0.1:${listener.address().port}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  listener?.close();
  sandbox?.kill("SIGTERM");
});

test("e-mail, Tab, password, Enter signs in and the browser lands on the app's listener", async () => {
  const { page, problems } = await openLoginPage("st-1");
  assert.equal(await page.evaluate(() => document.activeElement.id), "username", "focus starts in the e-mail");
  assert.equal(await page.getByLabel("E-mail").count(), 1);
  assert.equal(await page.getByLabel("Password").count(), 1);
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, "login-page.png"), fullPage: true });

  await page.keyboard.type("ops@cafe-lumen.test");
  await page.keyboard.press("Tab");
  await page.keyboard.type("pairing-demo");
  await Promise.all([page.waitForURL(`${redirectUri}**`), page.keyboard.press("Enter")]);
  const arrived = arrivals.at(-1);
  assert.equal(arrived.searchParams.get("state"), "st-1");
  assert.match(arrived.searchParams.get("code"), /^[A-Za-z0-9_-]{43}$/);
  assert.match(await page.textContent("p"), /Return to the app/);
  assert.deepEqual(problems, [], "no Content-Security-Policy violation on the way");
});

test("a wrong password is announced and the e-mail stays typed", async () => {
  const { page, problems } = await openLoginPage("st-2");
  await page.fill("#username", "ops@cafe-lumen.test");
  await page.fill("#password", "not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("alert").waitFor();
  assert.equal(await page.getByRole("alert").textContent(), "Invalid e-mail or password.");
  assert.equal(await page.inputValue("#username"), "ops@cafe-lumen.test");
  assert.equal(await page.inputValue("#password"), "");
  assert.equal(await page.evaluate(() => document.activeElement.id), "password", "focus waits for the retry");
  await page.screenshot({ path: join(screenshotDir, "login-page-wrong-password.png"), fullPage: true });
  assert.deepEqual(problems, []);
});

test("Cancel sends the browser back with access_denied and the state", async () => {
  const { page } = await openLoginPage("st-3");
  const before = arrivals.length;
  await Promise.all([page.waitForURL(`${redirectUri}**`), page.getByRole("button", { name: "Cancel" }).click()]);
  assert.equal(arrivals.length, before + 1);
  assert.equal(arrivals.at(-1).searchParams.get("error"), "access_denied");
  assert.equal(arrivals.at(-1).searchParams.get("state"), "st-3");
  assert.equal(arrivals.at(-1).searchParams.get("code"), null);
});

test("a redirect to anywhere but loopback is shown as an error, never followed", async () => {
  const page = await browser.newPage();
  const query = new URLSearchParams({ client_id: "viopay-desk", redirect_uri: "https://example.test/cb",
    response_type: "code", code_challenge: "x".repeat(43), code_challenge_method: "S256" });
  const response = await page.goto(`${api}/realms/viopay/protocol/openid-connect/auth?${query}`);
  assert.equal(response.status(), 400);
  assert.equal(page.url().startsWith(api), true);
  assert.match(await page.getByRole("alert").textContent(), /address this server does not allow/);
});
