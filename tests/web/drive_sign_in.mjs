#!/usr/bin/env node
// The "browser" of the oidc-provider test (VIOPAY_BROWSER): opens the authorization URL given as
// its one argument in headless Chromium, signs in on the provider's login page, consents, and
// follows the redirect to the app's loopback, which must tell the user to return to the app.
import { chromium } from "playwright-core";
import { writeFileSync } from "node:fs";

const url = process.argv[2];
const report = process.env.BROWSER_REPORT; // what this browser saw, for the test to check
const seen = { authorizationUrl: url, visited: [], finalText: "" };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  page.on("framenavigated", (frame) => frame === page.mainFrame() && seen.visited.push(frame.url()));
  await page.goto(url);
  await page.fill('input[name="login"]', "lena@cafe-lumen.example");
  await page.fill('input[name="password"]', "any password: the provider's development login");
  await page.click('button[type="submit"]');
  await page.waitForSelector('button:has-text("Continue")');
  await page.click('button:has-text("Continue")');
  await page.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\/\?/, { timeout: 20000 });
  seen.finalText = await page.textContent("body");
} catch (error) {
  seen.error = String(error);
} finally {
  await browser.close();
  if (report)
    writeFileSync(report, JSON.stringify(seen));
}
