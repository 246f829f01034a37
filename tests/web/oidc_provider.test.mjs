// The app's browser sign-in against oidc-provider (npm), an OpenID provider certified by the
// OpenID Foundation that we did not write: a public client viopay-desk with PKCE and a loopback
// redirect (RFC 8252), signed in through headless Chromium. Run by ctest with SIGN_IN set to the
// viopay-test-oidc-sign-in program.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Provider from "oidc-provider";

let server, issuer;

before(async () => {
  // Bind first, so the issuer names the port it listens on.
  const { createServer } = await import("node:http");
  server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: "viopay-desk",
      application_type: "native",
      token_endpoint_auth_method: "none",
      redirect_uris: ["http://127.0.0.1/"],
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
    }],
    pkce: { required: () => true },
    features: { revocation: { enabled: true } },
    issueRefreshToken: async () => true,
    findAccount: async (ctx, sub) => ({ accountId: sub, claims: async () => ({ sub, email: sub }) }),
  });
  provider.proxy = false;
  server.on("request", provider.callback());
});

after(() => server?.close());

function signIn(env) {
  return new Promise((resolve) => {
    const child = spawn(process.env.SIGN_IN, [issuer], { env: { ...process.env, ...env } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

test("the app signs in through the browser at oidc-provider with PKCE, and checks the ID token", async () => {
  assert.ok(process.env.SIGN_IN, "SIGN_IN must name the viopay-test-oidc-sign-in program");
  const report = join(mkdtempSync(join(tmpdir(), "viopay-oidc-")), "browser.json");
  const { code, output } = await signIn({
    VIOPAY_BROWSER: new URL("./drive_sign_in.mjs", import.meta.url).pathname,
    BROWSER_REPORT: report,
  });
  // The browser is the app's child, detached: it writes its report once it has closed.
  for (let waited = 0; !existsSync(report) && waited < 30000; waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
  assert.ok(existsSync(report), `the browser wrote no report; app: ${output}`);
  const seen = JSON.parse(readFileSync(report, "utf8"));
  assert.equal(seen.error, undefined, `browser: ${seen.error}\napp: ${output}`);
  assert.equal(code, 0, output);
  assert.match(output, /outcome: signed-in/);
  assert.match(output, /refresh token present/);
  assert.match(seen.finalText, /return to Viopay Pairing/);
  const authorization = new URL(seen.authorizationUrl);
  assert.equal(authorization.searchParams.get("code_challenge_method"), "S256");
  assert.equal(authorization.searchParams.get("scope"), "openid");
  assert.ok(authorization.searchParams.get("nonce"));
  assert.ok(!output.includes("eyJ"), "no token in the app's output");
});

test("a sign-in declined in the browser ends as denied, and nothing is left listening", async () => {
  // A browser that sends the user back with error=access_denied, as a provider does on "deny".
  const { code, output } = await signIn({ VIOPAY_BROWSER: new URL("./deny_sign_in.sh", import.meta.url).pathname });
  assert.equal(code, 1, output);
  assert.match(output, /outcome: denied/);
});
