// The sandbox as an OpenID provider, checked by openid-client (a certified relying-party
// library we did not write): discovery, the authorization code flow with PKCE through the login
// form, ID token validation against the JWKS, refresh with rotation, revocation and sign-out.
// Run by ctest with SANDBOX set to the viopay-sandbox program.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createPublicKey, verify } from "node:crypto";
import { Issuer, generators, errors } from "openid-client";

const REDIRECT = "http://127.0.0.1:53682/callback";
let sandbox, api, issuer, client;

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

function hiddenFields(html) {
  const fields = new URLSearchParams();
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
    fields.append(name, value.replaceAll("&quot;", '"').replaceAll("&lt;", "<").replaceAll("&gt;", ">")
      .replaceAll("&amp;", "&"));
  return fields;
}

// What a browser does with the login page: load it, fill in the form, post it, and follow the
// redirect no further than its Location (the app's loopback listener).
async function signIn(authorizationUrl, { password = "pairing-demo", action = "sign-in" } = {}) {
  const page = await fetch(authorizationUrl);
  assert.equal(page.status, 200);
  const html = await page.text();
  const form = hiddenFields(html);
  form.append("username", "ops@cafe-lumen.test");
  form.append("password", password);
  form.append("action", action);
  const posted = await fetch(new URL(html.match(/<form method="post" action="([^"]+)"/)[1], api), {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: form,
    redirect: "manual",
  });
  assert.equal(posted.status, 302, await posted.clone().text());
  return posted.headers.get("location");
}

function startFlow() {
  const codeVerifier = generators.codeVerifier();
  const state = generators.state();
  const nonce = generators.nonce();
  const url = client.authorizationUrl({
    scope: "openid",
    redirect_uri: REDIRECT,
    code_challenge: generators.codeChallenge(codeVerifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  return { codeVerifier, state, nonce, url };
}

// RS256 checked with Node's own crypto against the published key: no code of the sandbox's.
async function verifiesWithJwks(jwt) {
  const [header, payload, signature] = jwt.split(".");
  const { kid, alg } = JSON.parse(Buffer.from(header, "base64url"));
  const { keys } = await (await fetch(issuer.metadata.jwks_uri)).json();
  const jwk = keys.find((key) => key.kid === kid);
  assert.ok(jwk, "the token's kid is in the JWKS");
  assert.equal(alg, "RS256");
  assert.equal(jwk.alg, "RS256");
  assert.equal(jwk.use, "sig");
  const key = createPublicKey({ key: jwk, format: "jwk" });
  return {
    valid: verify("sha256", Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, "base64url")),
    claims: JSON.parse(Buffer.from(payload, "base64url")),
  };
}

before(async () => {
  assert.ok(process.env.SANDBOX, "SANDBOX must name the viopay-sandbox program");
  ({ child: sandbox, url: api } = await startSandbox());
  issuer = await Issuer.discover(`${api}/realms/viopay`);
  client = new issuer.Client({
    client_id: "viopay-desk",
    token_endpoint_auth_method: "none",
    redirect_uris: [REDIRECT],
    response_types: ["code"],
  });
});

after(() => sandbox?.kill());

test("discovery names the sandbox as issuer with S256 PKCE", () => {
  assert.equal(issuer.issuer, `${api}/realms/viopay`);
  assert.deepEqual(issuer.metadata.code_challenge_methods_supported, ["S256"]);
  assert.deepEqual(issuer.metadata.grant_types_supported, ["authorization_code", "refresh_token", "password"]);
  assert.equal(issuer.metadata.jwks_uri, `${api}/realms/viopay/protocol/openid-connect/certs`);
});

test("code flow with PKCE, validated ID token, refresh with rotation, revocation", async () => {
  const flow = startFlow();
  const location = await signIn(flow.url);
  assert.ok(location.startsWith(`${REDIRECT}?`));
  const params = client.callbackParams(location);
  assert.equal(params.state, flow.state);

  // callback() checks state, exchanges the code with the verifier and validates the ID token:
  // signature against the JWKS, iss, aud, exp, iat and nonce.
  const tokens = await client.callback(REDIRECT, params, {
    code_verifier: flow.codeVerifier, state: flow.state, nonce: flow.nonce });
  const idClaims = tokens.claims();
  assert.equal(idClaims.iss, issuer.issuer);
  assert.equal(idClaims.aud, "viopay-desk");
  assert.equal(idClaims.email, "ops@cafe-lumen.test");
  assert.equal(idClaims.nonce, flow.nonce);
  assert.equal(tokens.token_type.toLowerCase(), "bearer");

  const access = await verifiesWithJwks(tokens.access_token);
  assert.ok(access.valid);
  assert.equal(access.claims.aud, "viopay-api");
  assert.equal(access.claims.iss, issuer.issuer);
  assert.equal(access.claims.azp, "viopay-desk");
  assert.equal(access.claims.merchant_id, "MRC-1001");
  assert.equal(access.claims.exp - access.claims.iat, 900);
  assert.ok(!(await verifiesWithJwks(tokens.access_token.slice(0, -4) + "AAAA")).valid);

  // The API takes the access token.
  const session = await fetch(`${api}/session/initiate`, {
    method: "POST",
    headers: { Authorization: `Bearer ${tokens.access_token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ host: "merchant.viopay.io" }),
  });
  assert.equal(session.status, 200);

  const refreshed = await client.refresh(tokens.refresh_token);
  assert.notEqual(refreshed.refresh_token, tokens.refresh_token);
  assert.ok((await verifiesWithJwks(refreshed.access_token)).valid);
  // The rotated refresh token is dead, and presenting it ends the sign-in (RFC 9700 4.14.2).
  await assert.rejects(client.refresh(tokens.refresh_token),
    (error) => error instanceof errors.OPError && error.error === "invalid_grant");
  await assert.rejects(client.refresh(refreshed.refresh_token),
    (error) => error instanceof errors.OPError && error.error === "invalid_grant");

  const again = await client.callback(REDIRECT, client.callbackParams(await signIn(startFlowInto(flow).url)), {
    code_verifier: flow.codeVerifier, state: flow.state, nonce: flow.nonce });
  await client.revoke(again.refresh_token, "refresh_token");
  await assert.rejects(client.refresh(again.refresh_token),
    (error) => error instanceof errors.OPError && error.error === "invalid_grant");
});

// The same verifier, state and nonce in a new authorization URL.
function startFlowInto(flow) {
  return {
    url: client.authorizationUrl({
      scope: "openid",
      redirect_uri: REDIRECT,
      code_challenge: generators.codeChallenge(flow.codeVerifier),
      code_challenge_method: "S256",
      state: flow.state,
      nonce: flow.nonce,
    }),
  };
}

test("a wrong verifier and a reused code are refused", async () => {
  const flow = startFlow();
  const params = client.callbackParams(await signIn(flow.url));
  await assert.rejects(
    client.callback(REDIRECT, params, { code_verifier: generators.codeVerifier(), state: flow.state, nonce: flow.nonce }),
    (error) => error instanceof errors.OPError && error.error === "invalid_grant");

  const second = startFlow();
  const good = client.callbackParams(await signIn(second.url));
  const checks = { code_verifier: second.codeVerifier, state: second.state, nonce: second.nonce };
  await client.callback(REDIRECT, good, checks);
  await assert.rejects(client.callback(REDIRECT, good, checks),
    (error) => error instanceof errors.OPError && error.error === "invalid_grant");
});

test("cancel comes back as access_denied with the state", async () => {
  const flow = startFlow();
  const params = client.callbackParams(await signIn(flow.url, { action: "deny" }));
  await assert.rejects(client.callback(REDIRECT, params, { code_verifier: flow.codeVerifier, state: flow.state }),
    (error) => error instanceof errors.OPError && error.error === "access_denied");
});

test("sign-out through the end session endpoint ends the sign-in", async () => {
  const flow = startFlow();
  const tokens = await client.callback(REDIRECT, client.callbackParams(await signIn(flow.url)), {
    code_verifier: flow.codeVerifier, state: flow.state, nonce: flow.nonce });
  const url = client.endSessionUrl({ id_token_hint: tokens.id_token, post_logout_redirect_uri: REDIRECT, state: "bye" });
  const answer = await fetch(url, { redirect: "manual" });
  assert.equal(answer.status, 302);
  assert.equal(answer.headers.get("location"), `${REDIRECT}?state=bye`);
  await assert.rejects(client.refresh(tokens.refresh_token),
    (error) => error instanceof errors.OPError && error.error === "invalid_grant");
});
