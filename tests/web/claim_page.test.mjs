// The sandbox's claim page in headless Chromium: a merchant signs in with the demo account,
// finds the code from the QR link filled in, and claims the terminal; typos and dead codes get
// a clear message. Run by ctest with SANDBOX set to the viopay-sandbox program.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const POS_HEADERS = {
  "X-Device-Id": "POS-8F3A2C91",
  "User-Agent": "Viopay-POS/1.4.2 (Android 12; PAX-A920)",
  "X-Client-Type": "pos",
};
const screenshotDir = process.env.SCREENSHOT_DIR || tmpdir();
let sandbox, api, browser; // playwright gives the browser a new, empty profile

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

async function newCode() {
  const response = await fetch(`${api}/pos/pairing-code`, { method: "POST", headers: POS_HEADERS });
  assert.equal(response.status, 200);
  return (await response.json()).pairing_code;
}

async function openClaimPage(link) {
  const page = await browser.newPage({ viewport: { width: 480, height: 860 } });
  const problems = [];
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${api}${link}`);
  return { page, problems };
}

before(async () => {
  assert.ok(process.env.SANDBOX, "SANDBOX must name the viopay-sandbox program");
  ({ child: sandbox, url: api } = await startSandbox());
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  sandbox?.kill("SIGTERM");
});

test("the QR link fills the code in and the demo merchant claims the terminal", async () => {
  const code = await newCode();
  const lowerHyphenated = `${code.slice(0, 3).toLowerCase()}-${code.slice(3).toLowerCase()}`;
  const { page, problems } = await openClaimPage(`/claim?code=${lowerHyphenated}`);
  assert.equal(await page.inputValue("#code"), `${code.slice(0, 3)} ${code.slice(3)}`, "grouped as the terminal shows it");
  assert.equal(await page.evaluate(() => document.activeElement.id), "email");
  await page.click("#use-demo");
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, "claim-page.png"), fullPage: true });
  await page.click("#claim");
  await page.waitForSelector("#outcome.ok");
  assert.equal(await page.textContent("#outcome-title"), "Terminal claimed");
  assert.match(await page.textContent("#outcome-text"), /POS-8F3A2C91 now belongs to your account/);
  await page.screenshot({ path: join(screenshotDir, "claim-page-claimed.png"), fullPage: true });

  // The sandbox agrees: the terminal is claimed.
  const status = await (await fetch(`${api}/pos/status`, { headers: POS_HEADERS })).json();
  assert.equal(status.is_claimed, true);
  assert.deepEqual(problems, [], "no script error and no Content-Security-Policy violation");
});

test("a symbol that is never in a code is refused on the spot, in the desktop app's words", async () => {
  const { page } = await openClaimPage("/claim");
  await page.locator("#code").pressSequentially("k7m31");
  assert.equal(await page.getAttribute("#code", "aria-invalid"), "true");
  assert.equal(await page.textContent("#code-hint"), "Codes never contain the digit 1 (it looks like I)");
  await page.fill("#code", "K7M3O");
  assert.equal(await page.textContent("#code-hint"), "Codes never contain the letter O (it looks like 0)");
  await page.fill("#code", "K7M3%");
  assert.equal(await page.textContent("#code-hint"),
    '"%" (symbol 5) is not allowed: codes use only the letters A to Z and the digits 2 to 9.');
  await page.fill("#code", "K7M30");
  assert.equal(await page.textContent("#code-hint"), "Codes never contain the digit 0 (it looks like O)");
  await page.click("#use-demo");
  await page.click("#claim");
  assert.equal(await page.isHidden("#outcome"), true, "nothing is sent for a malformed code");
});

test("a code that is not active says what to do, and a wrong password says so", async () => {
  const { page } = await openClaimPage("/claim?code=ZZZ999");
  await page.fill("#email", "ops@cafe-lumen.test");
  await page.fill("#password", "not-the-password");
  await page.click("#claim");
  await page.waitForSelector("#outcome.error");
  assert.equal(await page.textContent("#outcome-title"), "Cannot sign in");
  assert.match(await page.textContent("#outcome-text"), /e-mail or the password is wrong/);

  await page.fill("#password", "pairing-demo");
  await page.click("#claim");
  await page.waitForFunction(() => document.getElementById("outcome-title").textContent === "This code is not active");
  assert.match(await page.textContent("#outcome-text"), /it shows the current one/);
  assert.match(await page.textContent("#outcome-reference"), /^Error 4041 · trace [0-9a-f]{32}$/);
  assert.equal(await page.inputValue("#code"), "ZZZ 999", "the typed code stays for a fix");
});

test("a typed code is grouped as the terminal shows it, and the caret stays put", async () => {
  const { page } = await openClaimPage("/claim");
  const code = page.locator("#code");
  await code.pressSequentially("k7m3np");
  assert.equal(await page.inputValue("#code"), "K7M 3NP");
  assert.equal(await page.getAttribute("#code", "aria-invalid"), "false");
  await page.fill("#code", "k7m-3np");
  assert.equal(await page.inputValue("#code"), "K7M 3NP");
  // A symbol put back in the middle lands where it was typed, the caret after it.
  await page.fill("#code", "K7M3P");
  await code.evaluate((input) => input.setSelectionRange(5, 5)); // "K7M 3|P"
  await page.keyboard.type("N");
  assert.equal(await page.inputValue("#code"), "K7M 3NP");
  assert.equal(await code.evaluate((input) => input.selectionStart), 6);
});
