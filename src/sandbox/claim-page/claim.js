"use strict";
// The sandbox's stand-in for the vendor's back office: sign in (password grant), start a
// session, claim the code. The access token lives in this page's memory only.
(function () {
  const ALPHABET = "{{ALPHABET}}";
  const AMBIGUOUS = "0OI1";
  const LENGTH = 6;
  const form = document.getElementById("claim-form");
  const email = document.getElementById("email");
  const password = document.getElementById("password");
  const codeInput = document.getElementById("code");
  const codeHint = document.getElementById("code-hint");
  const claimButton = document.getElementById("claim");
  const outcome = document.getElementById("outcome");
  const againButton = document.getElementById("again");
  const defaultHint = codeHint.textContent;
  let accessToken = null;

  // The desktop app's sentences (PairingCode), so a merchant reads the same refusal on both.
  const AMBIGUOUS_MESSAGES = {
    "0": "Codes never contain the digit 0 (it looks like O)",
    "O": "Codes never contain the letter O (it looks like 0)",
    "1": "Codes never contain the digit 1 (it looks like I)",
    "I": "Codes never contain the letter I (it looks like 1)",
  };

  function normalize(text) {
    return text.toUpperCase().replace(/[\s-]/g, "");
  }

  // As the terminal shows a code: "K7M 3NP", two groups of three.
  function grouped(code) {
    return code.length > 3 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
  }

  // null when every symbol may be in a code, else what to fix.
  function symbolProblem(code) {
    for (const [index, symbol] of Array.from(code).entries()) {
      if (AMBIGUOUS.includes(symbol))
        return AMBIGUOUS_MESSAGES[symbol];
      if (!ALPHABET.includes(symbol))
        return `"${symbol}" (symbol ${index + 1}) is not allowed: codes use only the letters A to Z and the digits 2 to 9.`;
    }
    return null;
  }

  // null when the code is fine, else what to fix.
  function codeProblem(code) {
    const problem = symbolProblem(code);
    if (problem)
      return problem;
    if (code.length === 0)
      return "Type the 6 symbols shown on the terminal.";
    if (code.length < LENGTH)
      return `The code has 6 symbols; ${code.length} typed so far.`;
    if (code.length > LENGTH)
      return `The code is too long: ${code.length} symbols instead of 6.`;
    return null;
  }

  // Regroups what is typed as "K7M 3NP", the caret staying after the same symbol.
  function regroup() {
    const caret = codeInput.selectionStart ?? codeInput.value.length;
    const symbolsBefore = normalize(codeInput.value.slice(0, caret)).length;
    const value = grouped(normalize(codeInput.value));
    if (value === codeInput.value)
      return;
    codeInput.value = value;
    let position = 0;
    for (let seen = 0; position < value.length && seen < symbolsBefore; ++position)
      if (value[position] !== " ")
        ++seen;
    codeInput.setSelectionRange(position, position);
  }

  function showCodeProblem(problem) {
    codeInput.setAttribute("aria-invalid", problem ? "true" : "false");
    codeHint.textContent = problem || defaultHint;
    codeHint.classList.toggle("problem", Boolean(problem));
  }

  function show(kind, title, text, reference) {
    outcome.hidden = false;
    outcome.className = kind;
    document.getElementById("outcome-title").textContent = title;
    document.getElementById("outcome-text").textContent = text || "";
    document.getElementById("outcome-reference").textContent = reference || "";
    againButton.hidden = kind !== "ok";
  }

  function waitText(response) {
    const seconds = parseInt(response.headers.get("Retry-After") || "0", 10);
    if (!(seconds > 0))
      return "a few minutes";
    const minutes = Math.ceil(seconds / 60);
    return minutes > 1 ? `${minutes} minutes` : "a minute";
  }

  async function call(path, init) {
    let response;
    try {
      response = await fetch(path, Object.assign({ cache: "no-store" }, init));
    } catch (networkError) {
      throw { title: "Cannot reach the sandbox", text: "Check that it is still running, then try again." };
    }
    let body = {};
    try {
      body = await response.json();
    } catch (notJson) {
      body = {};
    }
    return { response, body };
  }

  function apiFailure(response, body, title) {
    const error = body.error || {};
    const reference = error.code ? `Error ${error.code} · trace ${error.trace_id || response.headers.get("X-Trace-Id") || ""}` : "";
    return { title, text: error.message || `The sandbox answered ${response.status}.`, reference };
  }

  async function signIn() {
    const form = new URLSearchParams({ grant_type: "password", client_id: "viopay-desk", username: email.value.trim(), password: password.value });
    const { response, body } = await call("/realms/viopay/protocol/openid-connect/token", {
      method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: form.toString(),
    });
    if (response.status === 429)
      throw { title: "Sign-in is locked", text: `Too many wrong passwords. Try again in ${waitText(response)}.` };
    if (!response.ok)
      throw { title: "Cannot sign in", text: response.status === 401 ? "The e-mail or the password is wrong." : (body.error_description || `The sandbox answered ${response.status}.`) };
    const session = await call("/session/initiate", {
      method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${body.access_token}` },
      body: JSON.stringify({ host: "merchant.viopay.io" }),
    });
    if (!session.response.ok)
      throw apiFailure(session.response, session.body, "Cannot open the merchant session");
    accessToken = body.access_token;
    return session.body.merchant ? session.body.merchant.name : "";
  }

  async function claim(code) {
    return call("/pos/claim", {
      method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ pairing_code: code }),
    });
  }

  function claimFailure(response, body) {
    switch (response.status) {
    case 404:
      return Object.assign(apiFailure(response, body, "This code is not active"), { text: "Ask for the code now on the terminal's screen: it shows the current one." });
    case 409:
      return Object.assign(apiFailure(response, body, "Already claimed"), { text: "This terminal has been claimed already. Nothing more to do." });
    case 403:
      return Object.assign(apiFailure(response, body, "Another merchant's terminal"), { text: "This terminal belongs to another merchant's account, so it cannot be claimed here." });
    case 429:
      return Object.assign(apiFailure(response, body, "Claims are locked for now"), { text: `Too many codes that were not active. Try again in ${waitText(response)}.` });
    case 400: {
      const failure = apiFailure(response, body, "The code was refused");
      const details = body.error && body.error.details && body.error.details.message;
      if (details)
        failure.text = details;
      return failure;
    }
    default:
      return apiFailure(response, body, "The claim did not go through");
    }
  }

  async function submit(event) {
    event.preventDefault();
    const code = normalize(codeInput.value);
    const problem = codeProblem(code);
    showCodeProblem(problem);
    if (problem) {
      codeInput.focus();
      return;
    }
    claimButton.disabled = true;
    show("busy", "Claiming…", "");
    try {
      if (!accessToken)
        await signIn();
      let { response, body } = await claim(code);
      if (response.status === 401) { // the token ran out: sign in again, once
        accessToken = null;
        await signIn();
        ({ response, body } = await claim(code));
      }
      if (!response.ok)
        throw claimFailure(response, body);
      document.getElementById("sign-in").hidden = true;
      show("ok", "Terminal claimed", `${body.device_id} now belongs to your account.`, `Code ${grouped(code)}`);
      againButton.focus();
    } catch (failure) {
      show("error", failure.title, failure.text, failure.reference);
    } finally {
      claimButton.disabled = false;
    }
  }

  codeInput.addEventListener("input", () => {
    regroup();
    // While typing, only a symbol that cannot be in a code is worth a word; the length waits.
    showCodeProblem(symbolProblem(normalize(codeInput.value).slice(0, LENGTH)));
  });
  document.getElementById("use-demo").addEventListener("click", () => {
    email.value = "ops@cafe-lumen.test";
    password.value = "pairing-demo";
    claimButton.focus();
  });
  againButton.addEventListener("click", () => {
    outcome.hidden = true;
    codeInput.value = "";
    codeInput.focus();
  });
  form.addEventListener("submit", submit);

  const fromLink = normalize(new URLSearchParams(location.search).get("code") || "");
  codeInput.value = grouped(fromLink);
  if (fromLink)
    showCodeProblem(codeProblem(fromLink));
  (email.value ? password : email).focus();
})();
