<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not accept the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in has no merchant session yet. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal belongs to another merchant, so it cannot be claimed from this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not provisioned with Viopay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is already claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Try again in 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Viopay service is offline. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Viopay service had a problem (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the Viopay service. Check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Viopay service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not secure: the server&apos;s certificate could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Viopay service sent an answer this app does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not active. Ask for the code now on the terminal&apos;s screen: it shows the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s. Check the network connection and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimPage</name>
    <message>
        <source>Claim a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 6-symbol code shown on the terminal&apos;s screen, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes never contain 0, O, I or 1. Paste works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims the terminal whose code is typed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step after this outcome: claim another terminal or try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clai&amp;m terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nam&amp;e (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the terminal claimed next, such as Front counter; leave empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location (o&amp;ptional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store the terminal claimed next belongs to; the last one chosen is offered again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimQueuePage</name>
    <message>
        <source>Claim many terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or type the codes the terminals show, one a line. A name may follow its code after a comma or a tab. The codes are claimed one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One code a line, a name after a comma or a tab if you like; Ctrl+Enter adds them to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K7M 3NP, Front counter
Q4W 8ZT, Patio
H6R 2XD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatio&amp;n for all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store every terminal of the queue belongs to; the last one chosen is offered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the codes typed above to the queue (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the codes typed above to the queue below, each as a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each code with its outcome; F2 edits a code or a name to fix the row, Delete removes the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows from the queue (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected rows from the queue; a row being claimed stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rows that were claimed, keeping those to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes every claimed row from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims every waiting row, one after another; while it runs, stops after the claim in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContinueInBrowserPage</name>
    <message>
        <source>Continue in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your web browser has opened your organisation&apos;s sign-in page. Sign in there; this window continues by itself when you are done. If no browser opened, copy the link and open it in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the sign-in page&apos;s address, to open it in a browser yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops waiting for the browser; the sign-in there will not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>The %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot contain &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app version is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app version must be numbers separated by dots, such as 1.4.2 (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device id is required, such as POS-8F3A2C91.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device id must start with POS- in upper case, such as POS-8F3A2C91 (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device id needs exactly 8 hexadecimal digits after POS- (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device id may only contain hexadecimal digits (0-9, A-F) after POS-; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Filter devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by device, model, status or person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the selected terminal so it can be paired again (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves every terminal of the list as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the list is live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merchant&apos;s terminals, kept up to date as they change; F2 renames the selected one or moves it to another location, Delete releases it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a terminal to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected terminal&apos;s history as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the history shown below as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the selected terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event of the terminal, newest first; Enter on a trace id shows its requests in the network inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnoseDialog</name>
    <message>
        <source>Diagnose a terminal · Viopay Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks, one after another, why a terminal does not pair: the connection, its clock and app version, whether it is provisioned, its state, whose it is and the sandbox&apos;s drills. Nothing is changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id on the terminal&apos;s label, such as POS-8F3A2C91</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POS-XXXXXXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the terminal app&apos;s version, checked against the server&apos;s minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 1.4.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs every check against the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check with its result: pass, warning, fail or not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details of the selected check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding, its evidence (HTTP status, error code, trace id) and the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the whole diagnosis as plain text, for an e-mail or a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the diagnosis, the exchanges, the app&apos;s log, versions and settings in one archive, without secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save support &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Why won&apos;t %1 pair? Checked against %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: a check failed; its next step says what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: nothing found that stops pairing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisCheck</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeDetails</name>
    <message>
        <source>  (no headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1
Took %2 ms
Retries: %3
Trace id %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypted under the terminal&apos;s MSK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultDrillsDialog</name>
    <message>
        <source>Fault drills · Viopay Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drills change how the sandbox answers, at once, for every app and terminal using it. The sandbox&apos;s own admin requests are never affected, so a drill can always be undone here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &amp;latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code of the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop all faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpire its code now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay added to every API answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of API answers replaced by the chosen error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error the replaced answers carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal the buttons below act on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s pending code expires at once, so it asks for a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases the terminal from the signed-in merchant&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every API connection is closed without an answer, so apps and terminals see the server as unreachable. For 503 answers instead, use an error rate of 100% with 5030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every API connection is dropped without an answer, as when the server is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;offline: connections are dropped, as when the server is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns every fault off and brings the server back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal&apos;s activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;clock offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds added to the server time this terminal sees, to reproduce clock skew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation li&amp;fe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the terminal&apos;s attestation token lasts; shorter than 300 s makes it expire mid-activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrupt key &amp;block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key whose block the sandbox corrupts, so its check value no longer matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing confi&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error the terminal&apos;s configuration request is answered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing acti&amp;vate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error the terminal&apos;s activation request is answered with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdTokenCheck</name>
    <message>
        <source>The sign-in service sent an identity token that is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service signed the identity token in a way this app does not accept (RS256 is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token was signed with a key the sign-in service does not publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token&apos;s signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token comes from another sign-in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token was issued to another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token has expired. Check this computer&apos;s clock, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token belongs to another sign-in attempt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorWindow</name>
    <message>
        <source>Network inspector · Viopay Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command (secrets stay redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every request as a HAR file, which a browser&apos;s developer tools open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes every request from this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request of this run, newest last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: words, status:4xx, method:POST, device:POS-…, trace:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers, bodies and timing of the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;eaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers of the selected request and of its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body of the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body of the answer to the selected request, or why none came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the selected request started, how long it took, its retries and trace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the last 2,000 requests, redacted, in your data folder, so they are still here after a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep after restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the kept requests from your data folder and empties this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget the log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuerConfig</name>
    <message>
        <source>&quot;%1&quot; is not an absolute address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service calls itself %1, not the address asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>The answer has no &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the answer is not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskSettingsDialog</name>
    <message>
        <source>Simulated terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which terminal should this kiosk be?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;App version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal to simulate, from the server&apos;s provisioned devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal model sent in the User-Agent, such as PAX-A920</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s operating system, such as Android 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal app&apos;s version, such as 1.4.2; below the server&apos;s minimum the terminal must be updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Viopay terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to Viopay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair this terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Viopay back office, choose Add terminal and type this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>––– –––</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the claim page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or scan to open the claim page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot get a pairing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server, clock and connection details (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the server, the clock difference and how status updates arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries to get a pairing code again now instead of waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the terminal is released from the account, it pairs again by itself within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: R new code · D details · F11 full screen · Esc leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating this terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant has claimed this terminal. It now fetches its keys and settings from Viopay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for payments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MerchantWindow</name>
    <message>
        <source>Viopay Pairing · Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &amp;inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fault drills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgets this sign-in on this computer and returns to the sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim a terminal, or manage this merchant&apos;s devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dia&amp;gnose a terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim man&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim &amp;many terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeChooserDialog</name>
    <message>
        <source>Viopay Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how this computer takes part in pairing terminals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate a terminal that shows a pairing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate a terminal: show its pairing code and wait for a merchant to claim it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and claim terminals by their code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in at the counter, type a terminal&apos;s code and claim it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk and merchant side by side on the built-in sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both side by side against the built-in sandbox, for training and demos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the built-in sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OidcClient</name>
    <message>
        <source>The sign-in service&apos;s key set has no &quot;keys&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairingCode</name>
    <message>
        <source>Enter the 6-symbol code shown on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is too short: %1 of 6 symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is too long: %1 symbols instead of 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (symbol %2) is not allowed: codes use only the letters A to Z and the digits 2 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes never contain the digit 0 (it looks like O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes never contain the letter O (it looks like 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes never contain the digit 1 (it looks like I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes never contain the letter I (it looks like 1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairingCommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the simulated terminal (kiosk mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open merchant mode: sign in and claim terminals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the kiosk and the merchant side by side on the embedded sandbox, signed in as the demo merchant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show N simulated terminals (1 to 16), each a different provisioned device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viopay API base URL (default: the embedded sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated terminal&apos;s id (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s model (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s operating system (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal app&apos;s version (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the windows full screen (Esc leaves it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface, such as de, es or vi (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain http:// to servers other than this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least severe message to log: debug, info, warning, error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viopay Pairing: pair Viopay POS terminals with a merchant account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open different modes: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo always runs on the embedded sandbox: leave out --server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kiosks must be a number from 1 to %1 (got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kiosks shows terminals; it does not go with --merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kiosks %1 picks %1 provisioned terminals itself; leave out --device-id, --model, --os and --app-version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// URL with a host, such as https://api.viopay.io (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--log-level must be one of %1 (got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a language code such as de, es or vi (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token of a sandbox&apos;s admin endpoints (fault drills), for a sandbox reachable from other machines; or set VIOPAY_SANDBOX_ADMIN_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check why the terminal with this id does not pair, print what each check found and exit (1 when a check fails). Changes nothing on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --diagnose: print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json goes with --diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--diagnose checks a terminal and exits: leave out --kiosk, --merchant, --demo and --kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s factory secrets, a JSON file with identity_key_id, identity_secret and zmk (default: asked of the sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the terminal&apos;s clock this many seconds ahead (negative: behind), to reproduce a skewed terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--factory %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clock-offset needs whole seconds between -%1 and %1 (got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --diagnose: also save a support bundle (a zip of the diagnosis, the exchanges, the log, versions and settings, without secrets) to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bundle goes with --diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bundle %1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairingDiagnosis</name>
    <message>
        <source>API reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox fault drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only used for this computer; %1 needs https:// (or start the app with --allow-insecure-http).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionMerchantChecks</name>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: sign in as the merchant to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available (listing the merchant&apos;s terminals): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment; if it persists, tell Viopay support, with the trace id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: whose terminal it is is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: only the terminal&apos;s own merchant sees its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s terminal: %2, status %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the server knows no terminal %1, so it is no merchant&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the id on the terminal&apos;s label; a new terminal is provisioned by Viopay for %1 before it can pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another merchant&apos;s: %1 is not among %2&apos;s terminals, so %2&apos;s claims of its codes are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminal pairs only with the merchant it was provisioned for: check the id on its label, or ask Viopay to move it to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not among %1&apos;s terminals; whether it is another merchant&apos;s or unknown could not be told, as bootstrap did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the id on the terminal&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available (reading the history): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No refused claim or failed attestation among its last %n event(s).</source>
        <translation>
            <numerusform>No refused claim or failed attestation in its last %n event.</numerusform>
            <numerusform>No refused claim or failed attestation among its last %n events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last refused claim, %1 by %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last failed attestation, %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim the code the terminal shows now, read off its screen; a code expires after 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the terminal&apos;s clock and its factory keys, then let it attest again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims are locked for %1 more: %2 codes that were not active within 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the lockout ends, then claim the code the terminal shows at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type codes carefully: read them off the terminal&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not locked: %n more inactive code(s) within 15 minutes lock claims for all operators.</source>
        <translation>
            <numerusform>Not locked: %n more inactive code within 15 minutes locks claims for all operators.</numerusform>
            <numerusform>Not locked: %n more inactive codes within 15 minutes lock claims for all operators.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name: %1; location: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Viopay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your back-office account to claim terminals for your business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.viopay.io</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portal user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API c&amp;lient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a sign-in token is kept, in this computer&apos;s keychain; never your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a back-office user&apos;s e-mail and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an API client&apos;s id and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password or client secret; it is never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in to the server above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not with the built-in sandbox: its data ends when this program closes, so a kept sign-in would find no account next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to Viopay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your web browser at your organisation&apos;s sign-in page; single sign-on and second factors work there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the sign-in service and the client id this app signs in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adva&amp;nced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in servi&amp;ce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in service (OpenID issuer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenID Connect issuer, such as https://auth.viopay.io/realms/REALM. Empty: the server&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OpenID client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id this app is registered under at the sign-in service. Empty: viopay-desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viopay-desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::Application</name>
    <message>
        <source>Viopay Pairing</source>
        <translation></translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Network inspector</source>
        <translation></translation>
    </message>
    <message>
        <source>Fault drills…</source>
        <translation></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose a terminal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::BrowserSignIn</name>
    <message>
        <source>This sign-in is not the one Viopay Pairing started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to Viopay Pairing and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to Viopay Pairing: it says what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Viopay Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to Viopay Pairing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent no identity token: is &quot;openid&quot; allowed for this client?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::ClaimPage</name>
    <message>
        <source>Type the 6 symbols shown on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has 6 symbols; %1 typed so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 now belongs to %3. Claimed at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal has been claimed already. See Devices for its owner, or release it there to pair it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another merchant&apos;s terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal belongs to another merchant&apos;s account, so it cannot be claimed here. Check the code, or ask Viopay support to move the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims are locked for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many codes that were not active. You can claim again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock is over: you can claim again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim did not go through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is kept; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the code now on the terminal&apos;s screen: it shows the current one. Check each symbol; the code you typed is still here to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more code that is not active will lock claims for %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more codes that are not active will lock claims for %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim a&amp;nother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code was just refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the answer would be the same. Ask for the code now on the terminal&apos;s screen and type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot claim terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims are locked for %1: too many codes that were not active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::ClaimQueue</name>
    <message>
        <source>The name is %1 characters long; a name may have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name holds a tab or another control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not active: ask the terminal for the code it shows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already claimed: see Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another merchant&apos;s terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot claim terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not claimed: claims are locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: the sign-in ended first. Claim again to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not go through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::ClaimQueuePage</name>
    <message>
        <source>Type or paste the codes first, one a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) added.</source>
        <translation>
            <numerusform>%n code added.</numerusform>
            <numerusform>%n codes added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the queue, left out.</source>
        <translation>
            <numerusform>%n was already in the queue and is left out.</numerusform>
            <numerusform>%n were already in the queue and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not fit and stay above: the queue holds %1 rows.</source>
        <translation>
            <numerusform>%n line did not fit and stays above: the queue holds %1 rows.</numerusform>
            <numerusform>%n lines did not fit and stay above: the queue holds %1 rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the codes typed above to the queue (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is empty: add codes above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed: %1 · To fix: %2 · Waiting: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the claim in progress… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The lock is over: Claim all goes on with the waiting rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Claims are locked for %2: too many codes were not active. A terminal&apos;s code changes every 5 minutes, so ask for the new ones before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Paused: one more code that is not active would lock claims for %2 minutes. Check the waiting codes, then press Claim all to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Stopped: a claim did not go through (see its row). Claim all tries the waiting rows again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The sign-in ended during the run: Claim all goes on with the waiting rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Fix a marked row in place (F2), then press Claim all again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::CodeEntry</name>
    <message>
        <source>Pairing code, 6 symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is complete: press Enter to claim it, or Backspace to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 of 6 symbols</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::ConnectionProbe</name>
    <message>
        <source>The name %1 does not resolve (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address for typing mistakes, then this computer&apos;s network and DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves and accepts connections (TCP in %2 ms; plain HTTP, so no TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no TLS library to speak https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install OpenSSL 3 (the package libssl3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves, accepts connections and presents a trusted certificate (TCP in %2 ms, TLS in %3 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts connections, but the TLS handshake failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time and that the address is Viopay&apos;s; behind a proxy that inspects TLS, install the proxy&apos;s certificate. Never ignore this error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is listening on %1: the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address and port, that the server is running, and that no firewall blocks the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 did not resolve within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept a connection within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish the TLS handshake within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection, the server address, and any firewall or proxy between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API reachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::ContinueInBrowserPage</name>
    <message>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::CountdownRing</name>
    <message>
        <source>Time left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code valid for less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Code valid for %n more minute(s)</source>
        <translation>
            <numerusform>Code valid for %n more minute</numerusform>
            <numerusform>Code valid for %n more minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Code about to expire; a new one follows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::DeviceHistoryModel</name>
    <message>
        <source>Provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to see its requests in the network inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::DeviceTableModel</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::DevicesPage</name>
    <message>
        <source>%1 was released. It can be paired again with a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not released: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 (%2) from %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal stops belonging to this account until someone claims it again with a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) shown</source>
        <translation>
            <numerusform>%1 of %n device shown</numerusform>
            <numerusform>%1 of %n devices shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-history.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not changed: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>%n row saved to %1</numerusform>
            <numerusform>%n rows saved to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a terminal to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1 not loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>History of %1: %n event(s)</source>
        <translation>
            <numerusform>History of %1: %n event</numerusform>
            <numerusform>History of %1: %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes on the server appear here as they happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be followed right now; the list is tried again on its own, or press F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the selected terminal so it can be paired again (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::DiagnoseDialog</name>
    <message>
        <source>Save support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 against %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: the first is selected below.</source>
        <translation>
            <numerusform>%n check failed: it is selected below.</numerusform>
            <numerusform>%n checks failed: the first is selected below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No check failed; %n warning(s).</source>
        <translation>
            <numerusform>No check failed; %n warning.</numerusform>
            <numerusform>No check failed; %n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnosis is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support bundle was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. It holds no password, token or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::DiagnosisSession</name>
    <message>
        <source>No diagnosis has finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::ExchangeFilter</name>
    <message>
        <source>status: wants a status like 404 or 4xx, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method: wants a method like GET or POST, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device: wants a device id like POS-8F3A2C91.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace: wants the hex digits of a trace id, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1:&quot;: use status:, method:, device:, trace: or plain words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::ExchangeLog</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::FaultDrillsDialog</name>
    <message>
        <source>%1 was released: press R on its screen to pair it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not released: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill was not applied: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No faults: the sandbox answers normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of answers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s code was not expired: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s code expired now; the terminal asks for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the terminal from %1&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as the terminal&apos;s merchant to release it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5000 server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5030 service unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4290 too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4010 unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4041 code not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault drills not available: %1 Drills work against a Viopay sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline (connections dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every answer 503</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, answers normally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation drills for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::HttpTransport</name>
    <message>
        <source>The answer is larger than 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned for Retry now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::InspectorWindow</name>
    <message>
        <source>Export HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see its headers, body and timings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) match</source>
        <translation>
            <numerusform>%1 of %n request match</numerusform>
            <numerusform>%1 of %n requests match</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as a curl command. Secrets stay redacted: fill them in to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HAR file could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n request(s) to %1.</source>
        <translation>
            <numerusform>Saved %n request to %1.</numerusform>
            <numerusform>Saved %n requests to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kept log could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept log is deleted and this list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::KioskActivation</name>
    <message>
        <source>it was altered or wrapped under another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is meant for another use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an AES key block of TR-31 version D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a well-formed TR-31 key block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was sealed under another MSK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not decrypt under this terminal&apos;s MSK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its compressed content is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a well-formed MSK envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal has no factory secrets (identity key and ZMK) to attest with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attestation ran out before this step; Viopay allows %1 for the steps after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is declared for &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s key block could not be unwrapped: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s check value %2 does not match the key it unwrapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration could not be opened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration names no terminal id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration is for device %1, not this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal parameters could not be opened: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal parameters are not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal holds no MSK to seal its answer with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the activation does not say &quot;activated&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viopay does not know this terminal&apos;s identity key %1, or has revoked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viopay has seen this attestation&apos;s nonce before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attestation&apos;s signature does not match this terminal&apos;s identity secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viopay no longer accepts this terminal&apos;s attestation; it has to attest again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viopay expected another step first; the terminal has to attest again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viopay says this terminal is not claimed by a merchant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is too far from Viopay&apos;s; attestation allows 5 minutes behind and 1 minute ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is %1 ahead of Viopay&apos;s; attestation allows 1 minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is %1 behind Viopay&apos;s; attestation allows 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::KioskRoomWindow</name>
    <message numerus="yes">
        <source>Viopay Pairing · %n terminal(s)</source>
        <translation>
            <numerusform>Viopay Pairing · %n terminal</numerusform>
            <numerusform>Viopay Pairing · %n terminals</numerusform>
        </translation>
    </message>
    <message>
        <source>No terminal to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::KioskSettingsDialog</name>
    <message>
        <source>Open kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 device provisioned on this sandbox: pick it or type an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices provisioned on this sandbox: pick one or type an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of devices is not available (%1); type the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::KioskWindow</name>
    <message>
        <source>in step with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n days</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hours</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 behind the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ahead of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to Viopay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a pairing code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal now belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merchant has claimed this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is older than version %1, the oldest the service accepts. Update the app to pair this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viopay does not know this terminal&apos;s device id. Check the id, or ask your Viopay contact to provision it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by the server, a claim shows at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status updates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes this session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A new one comes every %n second(s).</source>
        <translation>
            <numerusform>A new one comes every %n second.</numerusform>
            <numerusform>A new one comes every %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new one comes every %n minute(s).</source>
        <translation>
            <numerusform>A new one comes every %n minute.</numerusform>
            <numerusform>A new one comes every %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>First code of this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 of this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous code was replaced elsewhere; showing a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The code stays valid; the terminal keeps checking for a claim.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viopay terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal was released by its merchant; pair it again with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal is claimed by a merchant; release it in the merchant&apos;s device list to pair it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation valid for another %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation stopped at step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry starts again at: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(clock offset %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this terminal&apos;s clock is %1; attestation allows %2 behind and %3 ahead, so activation will fail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::LocationComboBox</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::LocationDelegate</name>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store this terminal belongs to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::MerchantSession</name>
    <message>
        <source>Your role (%1) can see the terminals but not claim, release, rename or move them. Ask an administrator of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::MerchantWindow</name>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; for &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in could not be kept: the keychain is locked or not available (%1). You are signed in for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in is not kept, so you will need your password to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tay signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::ModeChooserDialog</name>
    <message>
        <source>Leave empty to use the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address with a host name, such as https://api.viopay.io.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::PairingDiagnosis</name>
    <message>
        <source>Not checked: the app refuses this server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/health/live answered in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available on this server: it has no /health/live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/health/live failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service itself has a problem: tell Viopay support, with the trace id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the server accepts connections but did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the server did not answer bootstrap for this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know %1: it is not provisioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminal must be provisioned before it can pair: ask Viopay (or the sandbox&apos;s admin) to provision %1, and check the id on the terminal&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap as this device failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment; if it persists, tell Viopay support, with the trace id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the device&apos;s bootstrap did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server knows %1 (bootstrap answered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s clock agrees with the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (server time %2); attestation allows 5 min behind and 1 min ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (server time %2), outside what attestation allows: 5 min behind, 1 min ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the terminal&apos;s date, time and time zone automatically (NTP), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available on this server: it names no minimum version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version %1 is below the server&apos;s minimum %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the Viopay app on the terminal to %1 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version %1 meets the server&apos;s minimum %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s status could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already paired and activated, by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to pair. To pair it with another merchant, its merchant releases it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already claimed by %1; activation has not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the terminal finish activation (attest, keys, config, activate). To pair it with another merchant, its merchant releases it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pairing code is waiting for the merchant, %1 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pairing code is waiting for the merchant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant claims the code on the terminal&apos;s screen before it runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s last pairing code expired unclaimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a new code on the terminal and claim it within 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not claimed, and no pairing code yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start pairing on the terminal to show a code, then the merchant claims it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: sign in as the merchant to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: the sandbox&apos;s admin endpoints need --admin-token for a server beyond this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available on this server: it is not a sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: the sandbox refused its admin endpoints (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: the sandbox&apos;s fault drills could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the sandbox&apos;s admin token with --admin-token (or VIOPAY_SANDBOX_ADMIN_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: needs the sandbox&apos;s admin endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline (every API answer 503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms added latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of answers replaced by error %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fault drill is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault drills in force: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These make the sandbox fail on purpose: turn them off (Fault drills, or PUT /sandbox/faults with the defaults) unless you are training with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the device is not provisioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available on this server: it has no factory secrets endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: the answer names no identity key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity key %1 is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation will fail: the sandbox&apos;s admin re-provisions the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity key %1 is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation drills for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: no app version was given. The server&apos;s minimum is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the version the terminal&apos;s app shows in its settings to check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::SignInPage</name>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cafe-lumen-desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@business.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is kept in this computer&apos;s keychain, nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a sign-in token is kept, in this computer&apos;s keychain; never your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not a web address such as https://api.viopay.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id or the client secret is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this account is locked. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved sign-in has expired or was revoked. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended your session. Sign in again; nothing you typed was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keychain is locked or not available (%1), so a sign-in cannot be kept. Sign in for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client i&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in with password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser, so you are not signed in. Try again, or ask your administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser sign-in cancelled. Nothing waits for the browser any more; a sign-in finished there now has no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back from a sign-in this app did not start, so it was ignored. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser sign-in did not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection to Viopay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viopay reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers, but not as Viopay: its health check gave HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viopay is not reachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::StillWaitingNotice</name>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives up on the attempt that gets no answer and sends it again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting for %1… (attempt %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::TextStyle</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viopay::Workspace</name>
    <message>
        <source>Only %1 of %2 terminals could be provisioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has %1 provisioned terminals; %2 were asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals not listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
