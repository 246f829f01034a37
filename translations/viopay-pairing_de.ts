<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Der Server hat die Anfrage nicht angenommen.</translation>
    </message>
    <message>
        <source>The server did not accept the request: %1</source>
        <translation>Der Server hat die Anfrage nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in has no merchant session yet. Sign in again.</source>
        <translation>Zu dieser Anmeldung gibt es noch keine Händlersitzung. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This terminal belongs to another merchant, so it cannot be claimed from this account.</source>
        <translation>Dieses Terminal gehört einem anderen Händler und kann daher nicht mit diesem Konto übernommen werden.</translation>
    </message>
    <message>
        <source>This device is not provisioned with Viopay.</source>
        <translation>Dieses Gerät ist nicht bei Viopay bereitgestellt.</translation>
    </message>
    <message>
        <source>This terminal is already claimed.</source>
        <translation>Dieses Terminal wurde bereits übernommen.</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>Die Anfrage war für den Server zu groß.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in 1 second.</source>
        <translation>Zu viele Versuche. Versuchen Sie es in 1 Sekunde erneut.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 seconds.</source>
        <translation>Zu viele Versuche. Versuchen Sie es in %1 Sekunden erneut.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The Viopay service is offline. Try again in a moment.</source>
        <translation>Der Viopay-Dienst ist offline. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The Viopay service had a problem (HTTP %1). Try again in a moment.</source>
        <translation>Beim Viopay-Dienst ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Cannot reach the Viopay service. Check the network connection.</source>
        <translation>Der Viopay-Dienst ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The Viopay service did not answer in time.</source>
        <translation>Der Viopay-Dienst hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection is not secure: the server&apos;s certificate could not be verified.</source>
        <translation>Die Verbindung ist nicht sicher: Das Zertifikat des Servers konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The Viopay service sent an answer this app does not understand.</source>
        <translation>Der Viopay-Dienst hat eine Antwort gesendet, die diese App nicht versteht.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message>
        <source>This code is not active. Ask for the code now on the terminal&apos;s screen: it shows the current one.</source>
        <translation>Dieser Code ist nicht aktiv. Fragen Sie nach dem Code, der gerade auf dem Terminal angezeigt wird: Dort steht immer der aktuelle.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s. Check the network connection and the server address.</source>
        <translation>Keine Verbindung zu %1 innerhalb von %2 s. Prüfen Sie die Netzwerkverbindung und die Serveradresse.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Your role does not allow this: %1</source>
        <translation>Ihre Rolle erlaubt dies nicht: %1</translation>
    </message>
    <message>
        <source>ask an administrator.</source>
        <translation>Fragen Sie einen Administrator.</translation>
    </message>
</context>
<context>
    <name>ClaimPage</name>
    <message>
        <source>Claim a terminal</source>
        <translation>Terminal übernehmen</translation>
    </message>
    <message>
        <source>Type the 6-symbol code shown on the terminal&apos;s screen, then press Enter.</source>
        <translation>Geben Sie den 6-stelligen Code vom Bildschirm des Terminals ein und drücken Sie dann Enter.</translation>
    </message>
    <message>
        <source>Codes never contain 0, O, I or 1. Paste works too.</source>
        <translation>Codes enthalten nie 0, O, I oder 1. Einfügen funktioniert auch.</translation>
    </message>
    <message>
        <source>Claims the terminal whose code is typed above</source>
        <translation>Übernimmt das Terminal, dessen Code oben eingegeben ist</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>The next step after this outcome: claim another terminal or try again</source>
        <translation>Der nächste Schritt nach diesem Ergebnis: ein weiteres Terminal übernehmen oder es erneut versuchen</translation>
    </message>
    <message>
        <source>Clai&amp;m terminal</source>
        <translation>&amp;Terminal übernehmen</translation>
    </message>
    <message>
        <source>Nam&amp;e (optional):</source>
        <translation>Nam&amp;e (optional):</translation>
    </message>
    <message>
        <source>Terminal name (optional)</source>
        <translation>Terminalname (optional)</translation>
    </message>
    <message>
        <source>A name for the terminal claimed next, such as Front counter; leave empty for none</source>
        <translation>Ein Name für das nächste übernommene Terminal, etwa Vordere Kasse; leer lassen für keinen</translation>
    </message>
    <message>
        <source>Front counter</source>
        <translation>Vordere Kasse</translation>
    </message>
    <message>
        <source>Location (o&amp;ptional):</source>
        <translation>Standort (o&amp;ptional):</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>The store the terminal claimed next belongs to; the last one chosen is offered again</source>
        <translation>Die Filiale, zu der das nächste übernommene Terminal gehört; die zuletzt gewählte wird wieder angeboten</translation>
    </message>
</context>
<context>
    <name>ClaimQueuePage</name>
    <message>
        <source>Claim many terminals</source>
        <translation>Mehrere Terminals übernehmen</translation>
    </message>
    <message>
        <source>Paste or type the codes the terminals show, one a line. A name may follow its code after a comma or a tab. The codes are claimed one after another.</source>
        <translation>Fügen Sie die Codes, die die Terminals anzeigen, ein oder geben Sie sie ein, einen pro Zeile. Nach einem Code kann, durch ein Komma oder einen Tabulator getrennt, ein Name folgen. Die Codes werden nacheinander übernommen.</translation>
    </message>
    <message>
        <source>Codes to add</source>
        <translation>Hinzuzufügende Codes</translation>
    </message>
    <message>
        <source>One code a line, a name after a comma or a tab if you like; Ctrl+Enter adds them to the queue</source>
        <translation>Ein Code pro Zeile, bei Bedarf ein Name nach einem Komma oder Tabulator; Ctrl+Enter fügt sie der Warteschlange hinzu</translation>
    </message>
    <message>
        <source>K7M 3NP, Front counter
Q4W 8ZT, Patio
H6R 2XD</source>
        <translation>K7M 3NP, Vordere Kasse
Q4W 8ZT, Terrasse
H6R 2XD</translation>
    </message>
    <message>
        <source>Locatio&amp;n for all:</source>
        <translation>&amp;Standort für alle:</translation>
    </message>
    <message>
        <source>Location for all</source>
        <translation>Standort für alle</translation>
    </message>
    <message>
        <source>The store every terminal of the queue belongs to; the last one chosen is offered again</source>
        <translation>Die Filiale, zu der jedes Terminal der Warteschlange gehört; die zuletzt gewählte wird wieder angeboten</translation>
    </message>
    <message>
        <source>Add to &amp;queue</source>
        <translation>Zur &amp;Warteschlange hinzufügen</translation>
    </message>
    <message>
        <source>Add the codes typed above to the queue (Ctrl+Enter)</source>
        <translation>Oben eingegebene Codes zur Warteschlange hinzufügen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Adds the codes typed above to the queue below, each as a row</source>
        <translation>Fügt die oben eingegebenen Codes der Warteschlange unten hinzu, jeden als eigene Zeile</translation>
    </message>
    <message>
        <source>Claim queue</source>
        <translation>Übernahme-Warteschlange</translation>
    </message>
    <message>
        <source>Each code with its outcome; F2 edits a code or a name to fix the row, Delete removes the selected rows</source>
        <translation>Jeder Code mit seinem Ergebnis; F2 bearbeitet einen Code oder Namen, um die Zeile zu korrigieren, Delete entfernt die ausgewählten Zeilen</translation>
    </message>
    <message>
        <source>Queue progress</source>
        <translation>Fortschritt der Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows from the queue (Delete)</source>
        <translation>Ausgewählte Zeilen aus der Warteschlange entfernen (Delete)</translation>
    </message>
    <message>
        <source>Removes the selected rows from the queue; a row being claimed stays</source>
        <translation>Entfernt die ausgewählten Zeilen aus der Warteschlange; eine Zeile, die gerade übernommen wird, bleibt</translation>
    </message>
    <message>
        <source>Clear claimed</source>
        <translation>Übernommene entfernen</translation>
    </message>
    <message>
        <source>Remove the rows that were claimed, keeping those to fix</source>
        <translation>Übernommene Zeilen entfernen, zu korrigierende behalten</translation>
    </message>
    <message>
        <source>Removes every claimed row from the queue</source>
        <translation>Entfernt alle übernommenen Zeilen aus der Warteschlange</translation>
    </message>
    <message>
        <source>Claim a&amp;ll</source>
        <translation>A&amp;lle übernehmen</translation>
    </message>
    <message>
        <source>Claims every waiting row, one after another; while it runs, stops after the claim in progress</source>
        <translation>Übernimmt alle wartenden Zeilen nacheinander; läuft dies bereits, wird nach der laufenden Übernahme angehalten</translation>
    </message>
</context>
<context>
    <name>ContinueInBrowserPage</name>
    <message>
        <source>Continue in your browser</source>
        <translation>Im Browser fortfahren</translation>
    </message>
    <message>
        <source>Your web browser has opened your organisation&apos;s sign-in page. Sign in there; this window continues by itself when you are done. If no browser opened, copy the link and open it in one.</source>
        <translation>Ihr Webbrowser hat die Anmeldeseite Ihrer Organisation geöffnet. Melden Sie sich dort an; dieses Fenster fährt danach von selbst fort. Hat sich kein Browser geöffnet, kopieren Sie den Link und öffnen Sie ihn in einem Browser.</translation>
    </message>
    <message>
        <source>Link status</source>
        <translation>Linkstatus</translation>
    </message>
    <message>
        <source>Copies the sign-in page&apos;s address, to open it in a browser yourself</source>
        <translation>Kopiert die Adresse der Anmeldeseite, um sie selbst in einem Browser zu öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Stops waiting for the browser; the sign-in there will not complete</source>
        <translation>Wartet nicht mehr auf den Browser; die Anmeldung dort wird nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>The %1 is required.</source>
        <translation>Das %1 ist erforderlich.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Das %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The %1 cannot contain &quot;%2&quot;.</source>
        <translation>Das %1 darf „%2“ nicht enthalten.</translation>
    </message>
    <message>
        <source>The app version is required.</source>
        <translation>Die App-Version ist erforderlich.</translation>
    </message>
    <message>
        <source>The app version must be numbers separated by dots, such as 1.4.2 (got &quot;%1&quot;).</source>
        <translation>Die App-Version muss aus durch Punkte getrennten Zahlen bestehen, etwa 1.4.2 (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The device id is required, such as POS-8F3A2C91.</source>
        <translation>Die Geräte-ID ist erforderlich, etwa POS-8F3A2C91.</translation>
    </message>
    <message>
        <source>The device id must start with POS- in upper case, such as POS-8F3A2C91 (got &quot;%1&quot;).</source>
        <translation>Die Geräte-ID muss mit POS- in Großbuchstaben beginnen, etwa POS-8F3A2C91 (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>The device id needs exactly 8 hexadecimal digits after POS- (got %1).</source>
        <translation>Die Geräte-ID braucht nach POS- genau 8 Hexadezimalziffern (erhalten: %1).</translation>
    </message>
    <message>
        <source>The device id may only contain hexadecimal digits (0-9, A-F) after POS-; &quot;%1&quot; is not one.</source>
        <translation>Die Geräte-ID darf nach POS- nur Hexadezimalziffern (0-9, A-F) enthalten; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Filter devices</source>
        <translation>Geräte filtern</translation>
    </message>
    <message>
        <source>Filter by device, model, status or person…</source>
        <translation>Nach Gerät, Modell, Status oder Person filtern…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Liste neu laden (F5)</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Release the selected terminal so it can be paired again (Delete)</source>
        <translation>Ausgewähltes Terminal freigeben, damit es erneut gekoppelt werden kann (Delete)</translation>
    </message>
    <message>
        <source>Your devices</source>
        <translation>Ihre Geräte</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the list as a CSV file for a spreadsheet</source>
        <translation>Liste als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>Saves every terminal of the list as a CSV file</source>
        <translation>Speichert alle Terminals der Liste als CSV-Datei</translation>
    </message>
    <message>
        <source>Whether the list is live</source>
        <translation>Ob die Liste live ist</translation>
    </message>
    <message>
        <source>This merchant&apos;s terminals, kept up to date as they change; F2 renames the selected one or moves it to another location, Delete releases it</source>
        <translation>Die Terminals dieses Händlers, laufend aktualisiert; F2 benennt das ausgewählte um oder verschiebt es an einen anderen Standort, Delete gibt es frei</translation>
    </message>
    <message>
        <source>Select a terminal to see its history.</source>
        <translation>Wählen Sie ein Terminal aus, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Export &amp;history…</source>
        <translation>&amp;Verlauf exportieren…</translation>
    </message>
    <message>
        <source>Save the selected terminal&apos;s history as a CSV file</source>
        <translation>Verlauf des ausgewählten Terminals als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Saves the history shown below as a CSV file</source>
        <translation>Speichert den unten angezeigten Verlauf als CSV-Datei</translation>
    </message>
    <message>
        <source>History of the selected terminal</source>
        <translation>Verlauf des ausgewählten Terminals</translation>
    </message>
    <message>
        <source>Every event of the terminal, newest first; Enter on a trace id shows its requests in the network inspector</source>
        <translation>Alle Ereignisse des Terminals, neueste zuerst; Enter auf einer Trace-ID zeigt ihre Anfragen im Netzwerkinspektor</translation>
    </message>
</context>
<context>
    <name>DiagnoseDialog</name>
    <message>
        <source>Diagnose a terminal · Viopay Pairing</source>
        <translation>Terminal diagnostizieren · Viopay Pairing</translation>
    </message>
    <message>
        <source>Checks, one after another, why a terminal does not pair: the connection, its clock and app version, whether it is provisioned, its state, whose it is and the sandbox&apos;s drills. Nothing is changed on the server.</source>
        <translation>Prüft nacheinander, warum sich ein Terminal nicht koppeln lässt: die Verbindung, Uhr und App-Version, ob es bereitgestellt ist, seinen Zustand, wem es gehört und die Übungen der Sandbox. Auf dem Server wird nichts geändert.</translation>
    </message>
    <message>
        <source>Terminal &amp;id</source>
        <translation>Terminal-&amp;ID</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>Terminal-ID</translation>
    </message>
    <message>
        <source>The id on the terminal&apos;s label, such as POS-8F3A2C91</source>
        <translation>Die ID auf dem Etikett des Terminals, etwa POS-8F3A2C91</translation>
    </message>
    <message>
        <source>POS-XXXXXXXX</source>
        <translation>POS-XXXXXXXX</translation>
    </message>
    <message>
        <source>App &amp;version</source>
        <translation>App-&amp;Version</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <source>Optional: the terminal app&apos;s version, checked against the server&apos;s minimum</source>
        <translation>Optional: die Version der Terminal-App, geprüft gegen das Minimum des Servers</translation>
    </message>
    <message>
        <source>optional, e.g. 1.4.2</source>
        <translation>optional, z. B. 1.4.2</translation>
    </message>
    <message>
        <source>Runs every check against the server</source>
        <translation>Führt alle Prüfungen gegen den Server aus</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Diagnosis progress</source>
        <translation>Fortschritt der Diagnose</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v von %m Prüfungen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Each check with its result: pass, warning, fail or not available</source>
        <translation>Jede Prüfung mit ihrem Ergebnis: bestanden, Warnung, fehlgeschlagen oder nicht verfügbar</translation>
    </message>
    <message>
        <source>&amp;Details of the selected check</source>
        <translation>&amp;Details der ausgewählten Prüfung</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Details der ausgewählten Prüfung</translation>
    </message>
    <message>
        <source>The finding, its evidence (HTTP status, error code, trace id) and the next step</source>
        <translation>Der Befund, seine Belege (HTTP-Status, Fehlercode, Trace-ID) und der nächste Schritt</translation>
    </message>
    <message>
        <source>Copies the whole diagnosis as plain text, for an e-mail or a ticket</source>
        <translation>Kopiert die gesamte Diagnose als reinen Text, für eine E-Mail oder ein Ticket</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Saves the diagnosis, the exchanges, the app&apos;s log, versions and settings in one archive, without secrets</source>
        <translation>Speichert die Diagnose, den Datenaustausch, das Protokoll der App, Versionen und Einstellungen in einem Archiv, ohne Geheimnisse</translation>
    </message>
    <message>
        <source>Save support &amp;bundle…</source>
        <translation>Support-&amp;Paket speichern…</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Why won&apos;t %1 pair? Checked against %2 at %3.</source>
        <translation>Warum lässt sich %1 nicht koppeln? Geprüft gegen %2 am %3.</translation>
    </message>
    <message>
        <source>Result: a check failed; its next step says what to do.</source>
        <translation>Ergebnis: Eine Prüfung ist fehlgeschlagen; ihr nächster Schritt sagt, was zu tun ist.</translation>
    </message>
    <message>
        <source>Result: nothing found that stops pairing.</source>
        <translation>Ergebnis: Nichts gefunden, was das Koppeln verhindert.</translation>
    </message>
</context>
<context>
    <name>DiagnosisCheck</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ExchangeDetails</name>
    <message>
        <source>  (no headers)</source>
        <translation>  (keine Header)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(kein Inhalt)</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>Started %1
Took %2 ms
Retries: %3
Trace id %4</source>
        <translation>Gestartet: %1
Dauer: %2 ms
Wiederholungen: %3
Trace-ID: %4</translation>
    </message>
    <message>
        <source>Decrypted under the terminal&apos;s MSK</source>
        <translation>Mit dem MSK des Terminals entschlüsselt</translation>
    </message>
</context>
<context>
    <name>FaultDrillsDialog</name>
    <message>
        <source>Fault drills · Viopay Pairing</source>
        <translation>Störungsübungen · Viopay Pairing</translation>
    </message>
    <message>
        <source>Drills change how the sandbox answers, at once, for every app and terminal using it. The sandbox&apos;s own admin requests are never affected, so a drill can always be undone here.</source>
        <translation>Übungen ändern sofort, wie die Sandbox antwortet – für jede App und jedes Terminal, das sie nutzt. Die eigenen Admin-Anfragen der Sandbox sind nie betroffen, daher lässt sich eine Übung hier immer rückgängig machen.</translation>
    </message>
    <message>
        <source>Server faults</source>
        <translation>Serverstörungen</translation>
    </message>
    <message>
        <source>Added &amp;latency</source>
        <translation>Zusätzliche &amp;Latenz</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Error rate</source>
        <translation>&amp;Fehlerquote</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>answered with</source>
        <translation>beantwortet mit</translation>
    </message>
    <message>
        <source>Error code of the drill</source>
        <translation>Fehlercode der Übung</translation>
    </message>
    <message>
        <source>&amp;Stop all faults</source>
        <translation>Alle Störungen &amp;beenden</translation>
    </message>
    <message>
        <source>A terminal</source>
        <translation>Ein Terminal</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Terminal</translation>
    </message>
    <message>
        <source>E&amp;xpire its code now</source>
        <translation>Code jetzt &amp;ablaufen lassen</translation>
    </message>
    <message>
        <source>&amp;Release it</source>
        <translation>Frei&amp;geben</translation>
    </message>
    <message>
        <source>Delay added to every API answer</source>
        <translation>Verzögerung, die jeder API-Antwort hinzugefügt wird</translation>
    </message>
    <message>
        <source>Share of API answers replaced by the chosen error</source>
        <translation>Anteil der API-Antworten, die durch den gewählten Fehler ersetzt werden</translation>
    </message>
    <message>
        <source>The error the replaced answers carry</source>
        <translation>Der Fehler, den die ersetzten Antworten tragen</translation>
    </message>
    <message>
        <source>The terminal the buttons below act on</source>
        <translation>Das Terminal, auf das die Schaltflächen unten wirken</translation>
    </message>
    <message>
        <source>The terminal&apos;s pending code expires at once, so it asks for a new one</source>
        <translation>Der offene Code des Terminals läuft sofort ab, sodass es einen neuen anfordert</translation>
    </message>
    <message>
        <source>Releases the terminal from the signed-in merchant&apos;s account</source>
        <translation>Gibt das Terminal aus dem Konto des angemeldeten Händlers frei</translation>
    </message>
    <message>
        <source>Every API connection is closed without an answer, so apps and terminals see the server as unreachable. For 503 answers instead, use an error rate of 100% with 5030.</source>
        <translation>Jede API-Verbindung wird ohne Antwort geschlossen, sodass Apps und Terminals den Server als nicht erreichbar sehen. Für Antworten mit 503 verwenden Sie stattdessen eine Fehlerquote von 100 % mit 5030.</translation>
    </message>
    <message>
        <source>Every API connection is dropped without an answer, as when the server is down</source>
        <translation>Jede API-Verbindung wird ohne Antwort getrennt, wie bei einem Serverausfall</translation>
    </message>
    <message>
        <source>Server &amp;offline: connections are dropped, as when the server is down</source>
        <translation>Server &amp;offline: Verbindungen werden getrennt, wie bei einem Serverausfall</translation>
    </message>
    <message>
        <source>Turns every fault off and brings the server back online</source>
        <translation>Schaltet alle Störungen ab und bringt den Server wieder online</translation>
    </message>
    <message>
        <source>This terminal&apos;s activation</source>
        <translation>Aktivierung dieses Terminals</translation>
    </message>
    <message>
        <source>Server &amp;clock offset</source>
        <translation>&amp;Uhrversatz des Servers</translation>
    </message>
    <message>
        <source>Seconds added to the server time this terminal sees, to reproduce clock skew</source>
        <translation>Sekunden, die zur Serverzeit addiert werden, die dieses Terminal sieht, um eine Uhrabweichung nachzustellen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Attestation li&amp;fe</source>
        <translation>Attestierungs&amp;dauer</translation>
    </message>
    <message>
        <source>How long the terminal&apos;s attestation token lasts; shorter than 300 s makes it expire mid-activation</source>
        <translation>Wie lange das Attestierungstoken des Terminals gilt; unter 300 s läuft es mitten in der Aktivierung ab</translation>
    </message>
    <message>
        <source>Corrupt key &amp;block</source>
        <translation>&amp;Schlüsselblock beschädigen</translation>
    </message>
    <message>
        <source>The key whose block the sandbox corrupts, so its check value no longer matches</source>
        <translation>Der Schlüssel, dessen Block die Sandbox beschädigt, sodass sein Prüfwert nicht mehr passt</translation>
    </message>
    <message>
        <source>Failing confi&amp;g</source>
        <translation>&amp;Konfiguration scheitern lassen</translation>
    </message>
    <message>
        <source>The error the terminal&apos;s configuration request is answered with</source>
        <translation>Der Fehler, mit dem die Konfigurationsanfrage des Terminals beantwortet wird</translation>
    </message>
    <message>
        <source>Failing acti&amp;vate</source>
        <translation>Akti&amp;vierung scheitern lassen</translation>
    </message>
    <message>
        <source>The error the terminal&apos;s activation request is answered with</source>
        <translation>Der Fehler, mit dem die Aktivierungsanfrage des Terminals beantwortet wird</translation>
    </message>
</context>
<context>
    <name>IdTokenCheck</name>
    <message>
        <source>The sign-in service sent an identity token that is not one.</source>
        <translation>Der Anmeldedienst hat ein Identitätstoken gesendet, das keines ist.</translation>
    </message>
    <message>
        <source>The sign-in service signed the identity token in a way this app does not accept (RS256 is required).</source>
        <translation>Der Anmeldedienst hat das Identitätstoken auf eine Art signiert, die diese App nicht akzeptiert (RS256 ist erforderlich).</translation>
    </message>
    <message>
        <source>The identity token was signed with a key the sign-in service does not publish.</source>
        <translation>Das Identitätstoken wurde mit einem Schlüssel signiert, den der Anmeldedienst nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>The identity token&apos;s signature is not valid.</source>
        <translation>Die Signatur des Identitätstokens ist ungültig.</translation>
    </message>
    <message>
        <source>The identity token comes from another sign-in service.</source>
        <translation>Das Identitätstoken stammt von einem anderen Anmeldedienst.</translation>
    </message>
    <message>
        <source>The identity token was issued to another application.</source>
        <translation>Das Identitätstoken wurde für eine andere Anwendung ausgestellt.</translation>
    </message>
    <message>
        <source>The identity token has expired. Check this computer&apos;s clock, then sign in again.</source>
        <translation>Das Identitätstoken ist abgelaufen. Prüfen Sie die Uhr dieses Computers und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The identity token belongs to another sign-in attempt.</source>
        <translation>Das Identitätstoken gehört zu einem anderen Anmeldeversuch.</translation>
    </message>
</context>
<context>
    <name>InspectorWindow</name>
    <message>
        <source>Network inspector · Viopay Pairing</source>
        <translation>Netzwerkinspektor · Viopay Pairing</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Anfragen filtern</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command (secrets stay redacted)</source>
        <translation>Ausgewählte Anfrage als curl-Befehl kopieren (Geheimnisse bleiben geschwärzt)</translation>
    </message>
    <message>
        <source>Export &amp;HAR…</source>
        <translation>&amp;HAR exportieren…</translation>
    </message>
    <message>
        <source>Save every request as a HAR file, which a browser&apos;s developer tools open</source>
        <translation>Alle Anfragen als HAR-Datei speichern, die sich mit den Entwicklertools eines Browsers öffnen lässt</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Anfragedetails</translation>
    </message>
    <message>
        <source>Removes every request from this list</source>
        <translation>Entfernt alle Anfragen aus dieser Liste</translation>
    </message>
    <message>
        <source>Every request of this run, newest last</source>
        <translation>Alle Anfragen dieser Sitzung, die neueste zuletzt</translation>
    </message>
    <message>
        <source>Filter: words, status:4xx, method:POST, device:POS-…, trace:…</source>
        <translation>Filter: Wörter, status:4xx, method:POST, device:POS-…, trace:…</translation>
    </message>
    <message>
        <source>Headers, bodies and timing of the selected request</source>
        <translation>Header, Inhalte und Zeiten der ausgewählten Anfrage</translation>
    </message>
    <message>
        <source>H&amp;eaders</source>
        <translation>H&amp;eader</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Headers of the selected request and of its answer</source>
        <translation>Header der ausgewählten Anfrage und ihrer Antwort</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Inhalt der Anfrage</translation>
    </message>
    <message>
        <source>Body of the selected request</source>
        <translation>Inhalt der ausgewählten Anfrage</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>Ant&amp;wort</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Inhalt der Antwort</translation>
    </message>
    <message>
        <source>Body of the answer to the selected request, or why none came</source>
        <translation>Inhalt der Antwort auf die ausgewählte Anfrage oder warum keine kam</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>&amp;Zeiten</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>When the selected request started, how long it took, its retries and trace id</source>
        <translation>Wann die ausgewählte Anfrage begann, wie lange sie dauerte, ihre Wiederholungen und ihre Trace-ID</translation>
    </message>
    <message>
        <source>Keeps the last 2,000 requests, redacted, in your data folder, so they are still here after a restart</source>
        <translation>Bewahrt die letzten 2.000 Anfragen geschwärzt in Ihrem Datenordner auf, damit sie nach einem Neustart noch da sind</translation>
    </message>
    <message>
        <source>&amp;Keep after restart</source>
        <translation>Nach Neustart &amp;behalten</translation>
    </message>
    <message>
        <source>Deletes the kept requests from your data folder and empties this list</source>
        <translation>Löscht die aufbewahrten Anfragen aus Ihrem Datenordner und leert diese Liste</translation>
    </message>
    <message>
        <source>&amp;Forget the log</source>
        <translation>Protokoll &amp;vergessen</translation>
    </message>
</context>
<context>
    <name>IssuerConfig</name>
    <message>
        <source>&quot;%1&quot; is not an absolute address.</source>
        <translation>„%1“ ist keine absolute Adresse.</translation>
    </message>
    <message>
        <source>The sign-in service calls itself %1, not the address asked.</source>
        <translation>Der Anmeldedienst nennt sich %1, nicht die angefragte Adresse.</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>The answer has no &quot;%1&quot;.</source>
        <translation>Der Antwort fehlt „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the answer is not %2.</source>
        <translation>„%1“ in der Antwort hat den falschen Typ (erwartet: %2).</translation>
    </message>
</context>
<context>
    <name>KioskSettingsDialog</name>
    <message>
        <source>Simulated terminal</source>
        <translation>Simuliertes Terminal</translation>
    </message>
    <message>
        <source>Which terminal should this kiosk be?</source>
        <translation>Welches Terminal soll dieser Kiosk sein?</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>&amp;Device id:</source>
        <translation>&amp;Geräte-ID:</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>&amp;Betriebssystem:</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>&amp;App version:</source>
        <translation>&amp;App-Version:</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <source>The terminal to simulate, from the server&apos;s provisioned devices</source>
        <translation>Das zu simulierende Terminal, aus den beim Server registrierten Geräten</translation>
    </message>
    <message>
        <source>The terminal model sent in the User-Agent, such as PAX-A920</source>
        <translation>Das im User-Agent gesendete Terminalmodell, etwa PAX-A920</translation>
    </message>
    <message>
        <source>The terminal&apos;s operating system, such as Android 12</source>
        <translation>Das Betriebssystem des Terminals, etwa Android 12</translation>
    </message>
    <message>
        <source>The terminal app&apos;s version, such as 1.4.2; below the server&apos;s minimum the terminal must be updated</source>
        <translation>Die Version der Terminal-App, etwa 1.4.2; unter dem Minimum des Servers muss das Terminal aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Viopay terminal</source>
        <translation>Viopay-Terminal</translation>
    </message>
    <message>
        <source>Connecting to Viopay…</source>
        <translation>Verbindung zu Viopay wird hergestellt…</translation>
    </message>
    <message>
        <source>Pair this terminal</source>
        <translation>Dieses Terminal koppeln</translation>
    </message>
    <message>
        <source>In the Viopay back office, choose Add terminal and type this code.</source>
        <translation>Wählen Sie im Viopay-Backoffice „Terminal hinzufügen“ und geben Sie diesen Code ein.</translation>
    </message>
    <message>
        <source>––– –––</source>
        <translation>––– –––</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>QR code of the claim page</source>
        <translation>QR-Code der Übernahmeseite</translation>
    </message>
    <message>
        <source>Or scan to open the claim page</source>
        <translation>Oder scannen, um die Übernahmeseite zu öffnen</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Terminal claimed</source>
        <translation>Terminal übernommen</translation>
    </message>
    <message>
        <source>Cannot get a pairing code</source>
        <translation>Kopplungscode kann nicht abgerufen werden</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Verbindungsdetails</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Server, clock and connection details (D)</source>
        <translation>Server-, Uhr- und Verbindungsdetails (D)</translation>
    </message>
    <message>
        <source>Shows the server, the clock difference and how status updates arrive</source>
        <translation>Zeigt den Server, die Uhrzeitabweichung und wie Statusaktualisierungen eintreffen</translation>
    </message>
    <message>
        <source>Tries to get a pairing code again now instead of waiting</source>
        <translation>Versucht sofort erneut, einen Kopplungscode zu erhalten, statt zu warten</translation>
    </message>
    <message>
        <source>If the terminal is released from the account, it pairs again by itself within seconds.</source>
        <translation>Wird das Terminal im Konto freigegeben, koppelt es sich innerhalb von Sekunden von selbst neu.</translation>
    </message>
    <message>
        <source>Keys: R new code · D details · F11 full screen · Esc leave full screen</source>
        <translation>Tasten: R neuer Code · D Details · F11 Vollbild · Esc Vollbild beenden</translation>
    </message>
    <message>
        <source>Activating this terminal</source>
        <translation>Dieses Terminal wird aktiviert</translation>
    </message>
    <message>
        <source>The merchant has claimed this terminal. It now fetches its keys and settings from Viopay.</source>
        <translation>Der Händler hat dieses Terminal übernommen. Es ruft jetzt seine Schlüssel und Einstellungen von Viopay ab.</translation>
    </message>
    <message>
        <source>Ready for payments</source>
        <translation>Bereit für Zahlungen</translation>
    </message>
</context>
<context>
    <name>MerchantWindow</name>
    <message>
        <source>Viopay Pairing · Merchant</source>
        <translation>Viopay Pairing · Händler</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>Über&amp;nehmen</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Claim a terminal</source>
        <translation>&amp;Terminal übernehmen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Network &amp;inspector</source>
        <translation>Netzwerk&amp;inspektor</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Fault drills…</source>
        <translation>&amp;Störungsübungen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Refresh devices</source>
        <translation>Geräte &amp;aktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Forgets this sign-in on this computer and returns to the sign-in page</source>
        <translation>Vergisst diese Anmeldung auf diesem Computer und kehrt zur Anmeldeseite zurück</translation>
    </message>
    <message>
        <source>Merchant tasks</source>
        <translation>Händleraufgaben</translation>
    </message>
    <message>
        <source>Claim a terminal, or manage this merchant&apos;s devices</source>
        <translation>Ein Terminal übernehmen oder die Geräte dieses Händlers verwalten</translation>
    </message>
    <message>
        <source>Dia&amp;gnose a terminal…</source>
        <translation>Terminal &amp;diagnostizieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Claim man&amp;y</source>
        <translation>Me&amp;hrere übernehmen</translation>
    </message>
    <message>
        <source>Claim &amp;many terminals</source>
        <translation>&amp;Mehrere Terminals übernehmen</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
</context>
<context>
    <name>ModeChooserDialog</name>
    <message>
        <source>Viopay Pairing</source>
        <translation>Viopay Pairing</translation>
    </message>
    <message>
        <source>Choose how this computer takes part in pairing terminals.</source>
        <translation>Wählen Sie, wie dieser Computer an der Kopplung von Terminals teilnimmt.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation>&amp;Kiosk</translation>
    </message>
    <message>
        <source>Simulate a terminal that shows a pairing code</source>
        <translation>Ein Terminal simulieren, das einen Kopplungscode anzeigt</translation>
    </message>
    <message>
        <source>Simulate a terminal: show its pairing code and wait for a merchant to claim it.</source>
        <translation>Ein Terminal simulieren: Kopplungscode anzeigen und warten, bis ein Händler es übernimmt.</translation>
    </message>
    <message>
        <source>&amp;Merchant</source>
        <translation>&amp;Händler</translation>
    </message>
    <message>
        <source>Sign in and claim terminals by their code</source>
        <translation>Anmelden und Terminals per Code übernehmen</translation>
    </message>
    <message>
        <source>Sign in at the counter, type a terminal&apos;s code and claim it.</source>
        <translation>An der Kasse anmelden, den Code eines Terminals eingeben und es übernehmen.</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <source>Kiosk and merchant side by side on the built-in sandbox</source>
        <translation>Kiosk und Händler nebeneinander in der integrierten Sandbox</translation>
    </message>
    <message>
        <source>Both side by side against the built-in sandbox, for training and demos.</source>
        <translation>Beides nebeneinander mit der integrierten Sandbox, für Schulungen und Vorführungen.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Built-in sandbox</source>
        <translation>Integrierte Sandbox</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Leave empty to use the built-in sandbox</source>
        <translation>Leer lassen, um die integrierte Sandbox zu verwenden</translation>
    </message>
    <message>
        <source>Leave empty to use the built-in sandbox.</source>
        <translation>Leer lassen, um die integrierte Sandbox zu verwenden.</translation>
    </message>
</context>
<context>
    <name>OidcClient</name>
    <message>
        <source>The sign-in service&apos;s key set has no &quot;keys&quot; list.</source>
        <translation>Der Schlüsselsatz des Anmeldedienstes hat keine „keys“-Liste.</translation>
    </message>
</context>
<context>
    <name>PairingCode</name>
    <message>
        <source>Enter the 6-symbol code shown on the terminal.</source>
        <translation>Geben Sie den 6-stelligen Code ein, der auf dem Terminal angezeigt wird.</translation>
    </message>
    <message>
        <source>The code is too short: %1 of 6 symbols.</source>
        <translation>Der Code ist zu kurz: %1 von 6 Zeichen.</translation>
    </message>
    <message>
        <source>The code is too long: %1 symbols instead of 6.</source>
        <translation>Der Code ist zu lang: %1 statt 6 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (symbol %2) is not allowed: codes use only the letters A to Z and the digits 2 to 9.</source>
        <translation>„%1“ (Zeichen %2) ist nicht erlaubt: Codes bestehen nur aus den Buchstaben A bis Z und den Ziffern 2 bis 9.</translation>
    </message>
    <message>
        <source>Codes never contain the digit 0 (it looks like O)</source>
        <translation>Codes enthalten nie die Ziffer 0 (sie sieht aus wie O)</translation>
    </message>
    <message>
        <source>Codes never contain the letter O (it looks like 0)</source>
        <translation>Codes enthalten nie den Buchstaben O (er sieht aus wie 0)</translation>
    </message>
    <message>
        <source>Codes never contain the digit 1 (it looks like I)</source>
        <translation>Codes enthalten nie die Ziffer 1 (sie sieht aus wie I)</translation>
    </message>
    <message>
        <source>Codes never contain the letter I (it looks like 1)</source>
        <translation>Codes enthalten nie den Buchstaben I (er sieht aus wie 1)</translation>
    </message>
</context>
<context>
    <name>PairingCommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Open the simulated terminal (kiosk mode).</source>
        <translation>Simuliertes Terminal öffnen (Kioskmodus).</translation>
    </message>
    <message>
        <source>Open merchant mode: sign in and claim terminals.</source>
        <translation>Händlermodus öffnen: anmelden und Terminals übernehmen.</translation>
    </message>
    <message>
        <source>Open the kiosk and the merchant side by side on the embedded sandbox, signed in as the demo merchant.</source>
        <translation>Kiosk und Händler nebeneinander in der eingebetteten Sandbox öffnen, angemeldet als Demo-Händler.</translation>
    </message>
    <message>
        <source>Show N simulated terminals (1 to 16), each a different provisioned device.</source>
        <translation>N simulierte Terminals anzeigen (1 bis 16), jedes ein anderes bereitgestelltes Gerät.</translation>
    </message>
    <message>
        <source>Viopay API base URL (default: the embedded sandbox).</source>
        <translation>Basis-URL der Viopay-API (Standard: die eingebettete Sandbox).</translation>
    </message>
    <message>
        <source>The simulated terminal&apos;s id (default %1).</source>
        <translation>ID des simulierten Terminals (Standard: %1).</translation>
    </message>
    <message>
        <source>The terminal&apos;s model (default %1).</source>
        <translation>Modell des Terminals (Standard: %1).</translation>
    </message>
    <message>
        <source>The terminal&apos;s operating system (default %1).</source>
        <translation>Betriebssystem des Terminals (Standard: %1).</translation>
    </message>
    <message>
        <source>The terminal app&apos;s version (default %1).</source>
        <translation>Version der Terminal-App (Standard: %1).</translation>
    </message>
    <message>
        <source>Open the windows full screen (Esc leaves it).</source>
        <translation>Fenster im Vollbildmodus öffnen (Esc beendet ihn).</translation>
    </message>
    <message>
        <source>Language of the interface, such as de, es or vi (default: the system&apos;s).</source>
        <translation>Sprache der Oberfläche, etwa de, es oder vi (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>Allow plain http:// to servers other than this computer.</source>
        <translation>Unverschlüsseltes http:// auch zu anderen Servern als diesem Computer erlauben.</translation>
    </message>
    <message>
        <source>Least severe message to log: debug, info, warning, error.</source>
        <translation>Niedrigste zu protokollierende Meldungsstufe: debug, info, warning, error.</translation>
    </message>
    <message>
        <source>Viopay Pairing: pair Viopay POS terminals with a merchant account.</source>
        <translation>Viopay Pairing: Viopay-POS-Terminals mit einem Händlerkonto koppeln.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>%1 open different modes: choose one</source>
        <translation>%1 öffnen verschiedene Modi: Wählen Sie einen davon</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>--demo always runs on the embedded sandbox: leave out --server</source>
        <translation>--demo läuft immer in der eingebetteten Sandbox: Lassen Sie --server weg</translation>
    </message>
    <message>
        <source>--kiosks must be a number from 1 to %1 (got &quot;%2&quot;)</source>
        <translation>--kiosks muss eine Zahl von 1 bis %1 sein (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>--kiosks shows terminals; it does not go with --merchant</source>
        <translation>--kiosks zeigt Terminals an und lässt sich nicht mit --merchant kombinieren</translation>
    </message>
    <message>
        <source>--kiosks %1 picks %1 provisioned terminals itself; leave out --device-id, --model, --os and --app-version</source>
        <translation>--kiosks %1 wählt selbst %1 bereitgestellte Terminals aus; lassen Sie --device-id, --model, --os und --app-version weg</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// URL with a host, such as https://api.viopay.io (got &quot;%1&quot;)</source>
        <translation>--server benötigt eine http://- oder https://-URL mit Host, etwa https://api.viopay.io (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>--log-level must be one of %1 (got &quot;%2&quot;)</source>
        <translation>--log-level muss einer der folgenden Werte sein: %1 (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>--lang needs a language code such as de, es or vi (got &quot;%1&quot;)</source>
        <translation>--lang benötigt einen Sprachcode wie de, es oder vi (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>Token of a sandbox&apos;s admin endpoints (fault drills), for a sandbox reachable from other machines; or set VIOPAY_SANDBOX_ADMIN_TOKEN.</source>
        <translation>Token der Admin-Endpunkte einer Sandbox (Störungsübungen), für eine Sandbox, die von anderen Rechnern erreichbar ist; oder VIOPAY_SANDBOX_ADMIN_TOKEN setzen.</translation>
    </message>
    <message>
        <source>Check why the terminal with this id does not pair, print what each check found and exit (1 when a check fails). Changes nothing on the server.</source>
        <translation>Prüfen, warum sich das Terminal mit dieser ID nicht koppeln lässt, das Ergebnis jeder Prüfung ausgeben und beenden (1, wenn eine Prüfung fehlschlägt). Ändert nichts auf dem Server.</translation>
    </message>
    <message>
        <source>With --diagnose: print the result as JSON.</source>
        <translation>Mit --diagnose: das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--json goes with --diagnose</source>
        <translation>--json lässt sich nur mit --diagnose kombinieren</translation>
    </message>
    <message>
        <source>--diagnose checks a terminal and exits: leave out --kiosk, --merchant, --demo and --kiosks</source>
        <translation>--diagnose prüft ein Terminal und wird dann beendet: Lassen Sie --kiosk, --merchant, --demo und --kiosks weg</translation>
    </message>
    <message>
        <source>The terminal&apos;s factory secrets, a JSON file with identity_key_id, identity_secret and zmk (default: asked of the sandbox).</source>
        <translation>Die Werksgeheimnisse des Terminals, eine JSON-Datei mit identity_key_id, identity_secret und zmk (Standard: von der Sandbox abgefragt).</translation>
    </message>
    <message>
        <source>Run the terminal&apos;s clock this many seconds ahead (negative: behind), to reproduce a skewed terminal.</source>
        <translation>Die Uhr des Terminals so viele Sekunden vorgehen lassen (negativ: nachgehen), um ein Terminal mit abweichender Uhr nachzustellen.</translation>
    </message>
    <message>
        <source>--factory %1: %2</source>
        <translation>--factory %1: %2</translation>
    </message>
    <message>
        <source>--clock-offset needs whole seconds between -%1 and %1 (got &quot;%2&quot;)</source>
        <translation>--clock-offset erwartet ganze Sekunden zwischen -%1 und %1 (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>With --diagnose: also save a support bundle (a zip of the diagnosis, the exchanges, the log, versions and settings, without secrets) to this file.</source>
        <translation>Mit --diagnose: zusätzlich ein Support-Paket (ein Zip mit Diagnose, Datenaustausch, Protokoll, Versionen und Einstellungen, ohne Geheimnisse) in dieser Datei speichern.</translation>
    </message>
    <message>
        <source>--bundle goes with --diagnose</source>
        <translation>--bundle gehört zu --diagnose</translation>
    </message>
    <message>
        <source>--bundle %1: no such folder</source>
        <translation>--bundle %1: Ordner existiert nicht</translation>
    </message>
</context>
<context>
    <name>PairingDiagnosis</name>
    <message>
        <source>API reachable</source>
        <translation>API erreichbar</translation>
    </message>
    <message>
        <source>Service health</source>
        <translation>Dienststatus</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <source>Device provisioned</source>
        <translation>Gerät bereitgestellt</translation>
    </message>
    <message>
        <source>Pairing state</source>
        <translation>Kopplungsstatus</translation>
    </message>
    <message>
        <source>Whose terminal</source>
        <translation>Eigentümer des Terminals</translation>
    </message>
    <message>
        <source>Recent history</source>
        <translation>Jüngster Verlauf</translation>
    </message>
    <message>
        <source>Claim lockout</source>
        <translation>Übernahmesperre</translation>
    </message>
    <message>
        <source>Sandbox fault drills</source>
        <translation>Störungsübungen der Sandbox</translation>
    </message>
    <message>
        <source>Identity key</source>
        <translation>Identitätsschlüssel</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>Die Serveradresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Die Serveradresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http:// is only used for this computer; %1 needs https:// (or start the app with --allow-insecure-http).</source>
        <translation>Unverschlüsseltes http:// wird nur für diesen Computer verwendet; %1 benötigt https:// (oder starten Sie die App mit --allow-insecure-http).</translation>
    </message>
</context>
<context>
    <name>SessionMerchantChecks</name>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Not available: sign in as the merchant to check.</source>
        <translation>Nicht verfügbar: Melden Sie sich als Händler an, um dies zu prüfen.</translation>
    </message>
    <message>
        <source>Not available (listing the merchant&apos;s terminals): %1</source>
        <translation>Nicht verfügbar (Auflisten der Terminals des Händlers): %1</translation>
    </message>
    <message>
        <source>Try again in a moment; if it persists, tell Viopay support, with the trace id.</source>
        <translation>Versuchen Sie es gleich noch einmal; besteht das Problem weiter, wenden Sie sich mit der Trace-ID an den Viopay-Support.</translation>
    </message>
    <message>
        <source>Not checked: whose terminal it is is not known.</source>
        <translation>Nicht geprüft: Es ist nicht bekannt, wem das Terminal gehört.</translation>
    </message>
    <message>
        <source>Not available: only the terminal&apos;s own merchant sees its history.</source>
        <translation>Nicht verfügbar: Nur der eigene Händler des Terminals sieht seinen Verlauf.</translation>
    </message>
    <message>
        <source>%1&apos;s terminal: %2, status %3.</source>
        <translation>Terminal von %1: %2, Status %3.</translation>
    </message>
    <message>
        <source>Unknown: the server knows no terminal %1, so it is no merchant&apos;s.</source>
        <translation>Unbekannt: Der Server kennt kein Terminal %1, es gehört also keinem Händler.</translation>
    </message>
    <message>
        <source>Check the id on the terminal&apos;s label; a new terminal is provisioned by Viopay for %1 before it can pair.</source>
        <translation>Prüfen Sie die ID auf dem Etikett des Terminals; ein neues Terminal wird von Viopay für %1 bereitgestellt, bevor es sich koppeln lässt.</translation>
    </message>
    <message>
        <source>Another merchant&apos;s: %1 is not among %2&apos;s terminals, so %2&apos;s claims of its codes are refused.</source>
        <translation>Gehört einem anderen Händler: %1 ist nicht unter den Terminals von %2, daher werden Übernahmen seiner Codes durch %2 abgelehnt.</translation>
    </message>
    <message>
        <source>A terminal pairs only with the merchant it was provisioned for: check the id on its label, or ask Viopay to move it to %1.</source>
        <translation>Ein Terminal koppelt sich nur mit dem Händler, für den es bereitgestellt wurde: Prüfen Sie die ID auf dem Etikett oder bitten Sie Viopay, es zu %1 zu verschieben.</translation>
    </message>
    <message>
        <source>Not among %1&apos;s terminals; whether it is another merchant&apos;s or unknown could not be told, as bootstrap did not answer.</source>
        <translation>Nicht unter den Terminals von %1; ob es einem anderen Händler gehört oder unbekannt ist, ließ sich nicht feststellen, da der Bootstrap nicht geantwortet hat.</translation>
    </message>
    <message>
        <source>Check the id on the terminal&apos;s label.</source>
        <translation>Prüfen Sie die ID auf dem Etikett des Terminals.</translation>
    </message>
    <message>
        <source>Not available on this server.</source>
        <translation>Auf diesem Server nicht verfügbar.</translation>
    </message>
    <message>
        <source>Not available (reading the history): %1</source>
        <translation>Nicht verfügbar (Lesen des Verlaufs): %1</translation>
    </message>
    <message numerus="yes">
        <source>No refused claim or failed attestation among its last %n event(s).</source>
        <translation>
            <numerusform>%n letztes Ereignis: keine abgelehnte Übernahme oder fehlgeschlagene Attestierung.</numerusform>
            <numerusform>%n letzte Ereignisse: keine abgelehnte Übernahme oder fehlgeschlagene Attestierung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last refused claim, %1 by %2: %3.</source>
        <translation>Letzte abgelehnte Übernahme, %1 durch %2: %3.</translation>
    </message>
    <message>
        <source>Last failed attestation, %1: %2.</source>
        <translation>Letzte fehlgeschlagene Attestierung, %1: %2.</translation>
    </message>
    <message>
        <source>Claim the code the terminal shows now, read off its screen; a code expires after 5 minutes.</source>
        <translation>Übernehmen Sie den Code, den das Terminal jetzt anzeigt, abgelesen vom Bildschirm; ein Code läuft nach 5 Minuten ab.</translation>
    </message>
    <message>
        <source>Check the terminal&apos;s clock and its factory keys, then let it attest again.</source>
        <translation>Prüfen Sie die Uhr des Terminals und seine Werksschlüssel und lassen Sie es dann die Attestierung wiederholen.</translation>
    </message>
    <message>
        <source>Claims are locked for %1 more: %2 codes that were not active within 15 minutes.</source>
        <translation>Übernahmen sind noch %1 gesperrt: %2 nicht aktive Codes innerhalb von 15 Minuten.</translation>
    </message>
    <message>
        <source>Wait until the lockout ends, then claim the code the terminal shows at that time.</source>
        <translation>Warten Sie das Ende der Sperre ab und übernehmen Sie dann den Code, den das Terminal zu diesem Zeitpunkt anzeigt.</translation>
    </message>
    <message>
        <source>Type codes carefully: read them off the terminal&apos;s screen.</source>
        <translation>Geben Sie Codes sorgfältig ein: Lesen Sie sie vom Bildschirm des Terminals ab.</translation>
    </message>
    <message numerus="yes">
        <source>Not locked: %n more inactive code(s) within 15 minutes lock claims for all operators.</source>
        <translation>
            <numerusform>Nicht gesperrt: Noch %n nicht aktiver Code innerhalb von 15 Minuten sperrt Übernahmen für alle Bediener.</numerusform>
            <numerusform>Nicht gesperrt: Noch %n nicht aktive Codes innerhalb von 15 Minuten sperren Übernahmen für alle Bediener.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name: %1; location: %2.</source>
        <translation>Name: %1; Standort: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Viopay</source>
        <translation>Bei Viopay anmelden</translation>
    </message>
    <message>
        <source>Sign in with your back-office account to claim terminals for your business.</source>
        <translation>Melden Sie sich mit Ihrem Backoffice-Konto an, um Terminals für Ihr Unternehmen zu übernehmen.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://api.viopay.io</source>
        <translation>https://api.viopay.io</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Anmelden als</translation>
    </message>
    <message>
        <source>&amp;Portal user</source>
        <translation>&amp;Portalbenutzer</translation>
    </message>
    <message>
        <source>API c&amp;lient</source>
        <translation>API-C&amp;lient</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>Auf diesem Computer angemeldet &amp;bleiben</translation>
    </message>
    <message>
        <source>Only a sign-in token is kept, in this computer&apos;s keychain; never your password.</source>
        <translation>Gespeichert wird nur ein Anmeldetoken im Schlüsselbund dieses Computers, niemals Ihr Passwort.</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>An&amp;melden</translation>
    </message>
    <message>
        <source>Sign in with a back-office user&apos;s e-mail and password</source>
        <translation>Mit E-Mail und Passwort eines Backoffice-Benutzers anmelden</translation>
    </message>
    <message>
        <source>Sign in with an API client&apos;s id and secret</source>
        <translation>Mit ID und Geheimnis eines API-Clients anmelden</translation>
    </message>
    <message>
        <source>Your password or client secret; it is never stored</source>
        <translation>Ihr Passwort oder Client-Geheimnis; es wird nie gespeichert</translation>
    </message>
    <message>
        <source>Signs in to the server above</source>
        <translation>Meldet Sie beim obigen Server an</translation>
    </message>
    <message>
        <source>Not with the built-in sandbox: its data ends when this program closes, so a kept sign-in would find no account next time.</source>
        <translation>Nicht mit der integrierten Sandbox: Ihre Daten gehen verloren, wenn dieses Programm beendet wird, daher fände eine gespeicherte Anmeldung beim nächsten Mal kein Konto.</translation>
    </message>
    <message>
        <source>Connection to Viopay</source>
        <translation>Verbindung zu Viopay</translation>
    </message>
    <message>
        <source>Opens your web browser at your organisation&apos;s sign-in page; single sign-on and second factors work there</source>
        <translation>Öffnet Ihren Webbrowser mit der Anmeldeseite Ihrer Organisation; Single Sign-on und zweite Faktoren funktionieren dort</translation>
    </message>
    <message>
        <source>Sign in with your &amp;browser</source>
        <translation>Mit Ihrem Browse&amp;r anmelden</translation>
    </message>
    <message>
        <source>Shows the sign-in service and the client id this app signs in as</source>
        <translation>Zeigt den Anmeldedienst und die Client-ID, mit der sich diese App anmeldet</translation>
    </message>
    <message>
        <source>Adva&amp;nced</source>
        <translation>Erwei&amp;tert</translation>
    </message>
    <message>
        <source>Sign-in servi&amp;ce</source>
        <translation>Anmelde&amp;dienst</translation>
    </message>
    <message>
        <source>Sign-in service (OpenID issuer)</source>
        <translation>Anmeldedienst (OpenID-Aussteller)</translation>
    </message>
    <message>
        <source>The OpenID Connect issuer, such as https://auth.viopay.io/realms/REALM. Empty: the server&apos;s own.</source>
        <translation>Der OpenID-Connect-Aussteller, etwa https://auth.viopay.io/realms/REALM. Leer: der des Servers.</translation>
    </message>
    <message>
        <source>&amp;OpenID client id</source>
        <translation>&amp;OpenID-Client-ID</translation>
    </message>
    <message>
        <source>OpenID client id</source>
        <translation>OpenID-Client-ID</translation>
    </message>
    <message>
        <source>The client id this app is registered under at the sign-in service. Empty: viopay-desk.</source>
        <translation>Die Client-ID, unter der diese App beim Anmeldedienst registriert ist. Leer: viopay-desk.</translation>
    </message>
    <message>
        <source>viopay-desk</source>
        <translation>viopay-desk</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
</context>
<context>
    <name>viopay::Application</name>
    <message>
        <source>Viopay Pairing</source>
        <translation>Viopay Pairing</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Die integrierte Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Network inspector</source>
        <translation>Netzwerkinspektor</translation>
    </message>
    <message>
        <source>Fault drills…</source>
        <translation>Störungsübungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Diagnose a terminal…</source>
        <translation>Terminal diagnostizieren…</translation>
    </message>
</context>
<context>
    <name>viopay::BrowserSignIn</name>
    <message>
        <source>This sign-in is not the one Viopay Pairing started</source>
        <translation>Diese Anmeldung wurde nicht von Viopay Pairing gestartet</translation>
    </message>
    <message>
        <source>Return to Viopay Pairing and sign in again.</source>
        <translation>Kehren Sie zu Viopay Pairing zurück und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Return to Viopay Pairing: it says what happened.</source>
        <translation>Kehren Sie zu Viopay Pairing zurück: Dort steht, was passiert ist.</translation>
    </message>
    <message>
        <source>Signed in to Viopay Pairing</source>
        <translation>Bei Viopay Pairing angemeldet</translation>
    </message>
    <message>
        <source>You can close this tab and return to Viopay Pairing.</source>
        <translation>Sie können diesen Tab schließen und zu Viopay Pairing zurückkehren.</translation>
    </message>
    <message>
        <source>The sign-in service sent no identity token: is &quot;openid&quot; allowed for this client?</source>
        <translation>Der Anmeldedienst hat kein Identitätstoken gesendet: Ist „openid“ für diesen Client erlaubt?</translation>
    </message>
</context>
<context>
    <name>viopay::ClaimPage</name>
    <message>
        <source>Type the 6 symbols shown on the terminal.</source>
        <translation>Geben Sie die 6 Zeichen ein, die auf dem Terminal angezeigt werden.</translation>
    </message>
    <message>
        <source>The code has 6 symbols; %1 typed so far.</source>
        <translation>Der Code hat 6 Zeichen; bisher eingegeben: %1.</translation>
    </message>
    <message>
        <source>Claiming %1…</source>
        <translation>Terminal mit Code %1 wird übernommen…</translation>
    </message>
    <message>
        <source>Terminal claimed</source>
        <translation>Terminal übernommen</translation>
    </message>
    <message>
        <source>%1%2 now belongs to %3. Claimed at %4.</source>
        <translation>%1%2 gehört jetzt %3. Übernommen um %4.</translation>
    </message>
    <message>
        <source>This code is not active</source>
        <translation>Dieser Code ist nicht aktiv</translation>
    </message>
    <message>
        <source>Already claimed</source>
        <translation>Bereits übernommen</translation>
    </message>
    <message>
        <source>This terminal has been claimed already. See Devices for its owner, or release it there to pair it again.</source>
        <translation>Dieses Terminal wurde bereits übernommen. Unter „Geräte“ sehen Sie, wem es gehört, und können es dort freigeben, um es erneut zu koppeln.</translation>
    </message>
    <message>
        <source>Another merchant&apos;s terminal</source>
        <translation>Terminal eines anderen Händlers</translation>
    </message>
    <message>
        <source>This terminal belongs to another merchant&apos;s account, so it cannot be claimed here. Check the code, or ask Viopay support to move the terminal.</source>
        <translation>Dieses Terminal gehört zum Konto eines anderen Händlers und kann daher hier nicht übernommen werden. Prüfen Sie den Code oder bitten Sie den Viopay-Support, das Terminal zu verschieben.</translation>
    </message>
    <message>
        <source>Claims are locked for now</source>
        <translation>Übernahmen sind vorerst gesperrt</translation>
    </message>
    <message>
        <source>Too many codes that were not active. You can claim again in %1.</source>
        <translation>Zu viele nicht aktive Codes. Sie können in %1 wieder Terminals übernehmen.</translation>
    </message>
    <message>
        <source>The lock is over: you can claim again now.</source>
        <translation>Die Sperre ist aufgehoben: Sie können jetzt wieder Terminals übernehmen.</translation>
    </message>
    <message>
        <source>The code was refused</source>
        <translation>Der Code wurde abgelehnt</translation>
    </message>
    <message>
        <source>The claim did not go through</source>
        <translation>Die Übernahme ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The code is kept; try again.</source>
        <translation>Der Code bleibt erhalten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Ask for the code now on the terminal&apos;s screen: it shows the current one. Check each symbol; the code you typed is still here to correct.</source>
        <translation>Fragen Sie nach dem Code, der gerade auf dem Terminal angezeigt wird: Dort steht immer der aktuelle. Prüfen Sie jedes Zeichen; der eingegebene Code steht zur Korrektur noch hier.</translation>
    </message>
    <message>
        <source>1 more code that is not active will lock claims for %1 minutes.</source>
        <translation>Noch 1 nicht aktiver Code, und Übernahmen werden für %1 Minuten gesperrt.</translation>
    </message>
    <message>
        <source>%1 more codes that are not active will lock claims for %2 minutes.</source>
        <translation>Noch %1 nicht aktive Codes, und Übernahmen werden für %2 Minuten gesperrt.</translation>
    </message>
    <message>
        <source>Claim a&amp;nother</source>
        <translation>&amp;Weiteres übernehmen</translation>
    </message>
    <message>
        <source>This code was just refused</source>
        <translation>Dieser Code wurde gerade abgelehnt</translation>
    </message>
    <message>
        <source>Nothing was sent: the answer would be the same. Ask for the code now on the terminal&apos;s screen and type it.</source>
        <translation>Es wurde nichts gesendet: Die Antwort wäre dieselbe. Fragen Sie nach dem Code, der gerade auf dem Terminal angezeigt wird, und geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>Your role cannot claim terminals</source>
        <translation>Ihre Rolle kann keine Terminals übernehmen</translation>
    </message>
    <message>
        <source>Claims are locked for %1: too many codes that were not active.</source>
        <translation>Übernahmen sind für %1 gesperrt: zu viele nicht aktive Codes.</translation>
    </message>
</context>
<context>
    <name>viopay::ClaimQueue</name>
    <message>
        <source>The name is %1 characters long; a name may have at most %2.</source>
        <translation>Der Name ist %1 Zeichen lang; ein Name darf höchstens %2 haben.</translation>
    </message>
    <message>
        <source>The name holds a tab or another control character.</source>
        <translation>Der Name enthält einen Tabulator oder ein anderes Steuerzeichen.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrigieren: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Claiming…</source>
        <translation>Wird übernommen…</translation>
    </message>
    <message>
        <source>Claimed: %1</source>
        <translation>Übernommen: %1</translation>
    </message>
    <message>
        <source>Not active: ask the terminal for the code it shows now</source>
        <translation>Nicht aktiv: Fragen Sie nach dem Code, der gerade auf dem Terminal angezeigt wird</translation>
    </message>
    <message>
        <source>Already claimed: see Devices</source>
        <translation>Bereits übernommen: siehe „Geräte“</translation>
    </message>
    <message>
        <source>Another merchant&apos;s terminal</source>
        <translation>Terminal eines anderen Händlers</translation>
    </message>
    <message>
        <source>Your role cannot claim terminals</source>
        <translation>Ihre Rolle kann keine Terminals übernehmen</translation>
    </message>
    <message>
        <source>Not claimed: claims are locked</source>
        <translation>Nicht übernommen: Übernahmen sind gesperrt</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>No answer: the sign-in ended first. Claim again to finish it.</source>
        <translation>Keine Antwort: Die Anmeldung wurde zuvor beendet. Übernehmen Sie das Terminal erneut, um den Vorgang abzuschließen.</translation>
    </message>
    <message>
        <source>Did not go through: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>viopay::ClaimQueuePage</name>
    <message>
        <source>Type or paste the codes first, one a line.</source>
        <translation>Geben Sie zuerst die Codes ein oder fügen Sie sie ein, einen pro Zeile.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) added.</source>
        <translation>
            <numerusform>%n Code hinzugefügt.</numerusform>
            <numerusform>%n Codes hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the queue, left out.</source>
        <translation>
            <numerusform>%n war bereits in der Warteschlange und wurde ausgelassen.</numerusform>
            <numerusform>%n waren bereits in der Warteschlange und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not fit and stay above: the queue holds %1 rows.</source>
        <translation>
            <numerusform>%n passte nicht mehr hinein und bleibt oben stehen: Die Warteschlange fasst %1 Zeilen.</numerusform>
            <numerusform>%n passten nicht mehr hinein und bleiben oben stehen: Die Warteschlange fasst %1 Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the codes typed above to the queue (Ctrl+Enter)</source>
        <translation>Oben eingegebene Codes zur Warteschlange hinzufügen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Claim a&amp;ll</source>
        <translation>A&amp;lle übernehmen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>The queue is empty: add codes above.</source>
        <translation>Die Warteschlange ist leer: Fügen Sie oben Codes hinzu.</translation>
    </message>
    <message>
        <source>Claimed: %1 · To fix: %2 · Waiting: %3</source>
        <translation>Übernommen: %1 · Zu korrigieren: %2 · Wartend: %3</translation>
    </message>
    <message>
        <source>Claiming… %1</source>
        <translation>Übernahme läuft… %1</translation>
    </message>
    <message>
        <source>Stopping after the claim in progress… %1</source>
        <translation>Wird nach der laufenden Übernahme angehalten… %1</translation>
    </message>
    <message>
        <source>%1. The lock is over: Claim all goes on with the waiting rows.</source>
        <translation>%1. Die Sperre ist aufgehoben: „Alle übernehmen“ fährt mit den wartenden Zeilen fort.</translation>
    </message>
    <message>
        <source>%1. Claims are locked for %2: too many codes were not active. A terminal&apos;s code changes every 5 minutes, so ask for the new ones before you go on.</source>
        <translation>%1. Übernahmen sind für %2 gesperrt: Zu viele Codes waren nicht aktiv. Der Code eines Terminals ändert sich alle 5 Minuten; fragen Sie daher nach den neuen Codes, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>%1. Paused: one more code that is not active would lock claims for %2 minutes. Check the waiting codes, then press Claim all to go on.</source>
        <translation>%1. Angehalten: Noch ein nicht aktiver Code würde Übernahmen für %2 Minuten sperren. Prüfen Sie die wartenden Codes und drücken Sie dann „Alle übernehmen“, um fortzufahren.</translation>
    </message>
    <message>
        <source>%1. Stopped: a claim did not go through (see its row). Claim all tries the waiting rows again.</source>
        <translation>%1. Gestoppt: Eine Übernahme ist fehlgeschlagen (siehe ihre Zeile). „Alle übernehmen“ versucht die wartenden Zeilen erneut.</translation>
    </message>
    <message>
        <source>%1. The sign-in ended during the run: Claim all goes on with the waiting rows.</source>
        <translation>%1. Die Anmeldung wurde während des Laufs beendet: „Alle übernehmen“ fährt mit den wartenden Zeilen fort.</translation>
    </message>
    <message>
        <source>%1. Fix a marked row in place (F2), then press Claim all again.</source>
        <translation>%1. Korrigieren Sie eine markierte Zeile direkt in der Liste (F2) und drücken Sie dann erneut „Alle übernehmen“.</translation>
    </message>
</context>
<context>
    <name>viopay::CodeEntry</name>
    <message>
        <source>Pairing code, 6 symbols</source>
        <translation>Kopplungscode, 6 Zeichen</translation>
    </message>
    <message>
        <source>The code is complete: press Enter to claim it, or Backspace to change it.</source>
        <translation>Der Code ist vollständig: Drücken Sie Enter zum Übernehmen oder Backspace zum Ändern.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>%1, %2 of 6 symbols</source>
        <translation>%1, %2 von 6 Zeichen</translation>
    </message>
</context>
<context>
    <name>viopay::ConnectionProbe</name>
    <message>
        <source>The name %1 does not resolve (%2).</source>
        <translation>Der Name %1 lässt sich nicht auflösen (%2).</translation>
    </message>
    <message>
        <source>Check the server address for typing mistakes, then this computer&apos;s network and DNS settings.</source>
        <translation>Prüfen Sie die Serveradresse auf Tippfehler, dann die Netzwerk- und DNS-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>%1 resolves and accepts connections (TCP in %2 ms; plain HTTP, so no TLS).</source>
        <translation>%1 wird aufgelöst und nimmt Verbindungen an (TCP in %2 ms; unverschlüsseltes HTTP, daher kein TLS).</translation>
    </message>
    <message>
        <source>This computer has no TLS library to speak https://.</source>
        <translation>Diesem Computer fehlt eine TLS-Bibliothek für https://.</translation>
    </message>
    <message>
        <source>Install OpenSSL 3 (the package libssl3).</source>
        <translation>Installieren Sie OpenSSL 3 (das Paket libssl3).</translation>
    </message>
    <message>
        <source>%1 resolves, accepts connections and presents a trusted certificate (TCP in %2 ms, TLS in %3 ms).</source>
        <translation>%1 wird aufgelöst, nimmt Verbindungen an und legt ein vertrauenswürdiges Zertifikat vor (TCP in %2 ms, TLS in %3 ms).</translation>
    </message>
    <message>
        <source>%1 accepts connections, but the TLS handshake failed: %2</source>
        <translation>%1 nimmt Verbindungen an, aber der TLS-Handshake ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time and that the address is Viopay&apos;s; behind a proxy that inspects TLS, install the proxy&apos;s certificate. Never ignore this error.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers und ob die Adresse zu Viopay gehört; hinter einem Proxy, der TLS prüft, installieren Sie dessen Zertifikat. Ignorieren Sie diesen Fehler nie.</translation>
    </message>
    <message>
        <source>Nothing is listening on %1: the connection was refused.</source>
        <translation>An %1 wartet kein Dienst: Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>Check the server address and port, that the server is running, and that no firewall blocks the connection.</source>
        <translation>Prüfen Sie Serveradresse und Port, ob der Server läuft und ob eine Firewall die Verbindung blockiert.</translation>
    </message>
    <message>
        <source>The name %1 did not resolve within %2 s.</source>
        <translation>Der Name %1 wurde nicht innerhalb von %2 s aufgelöst.</translation>
    </message>
    <message>
        <source>%1 did not accept a connection within %2 s.</source>
        <translation>%1 hat innerhalb von %2 s keine Verbindung angenommen.</translation>
    </message>
    <message>
        <source>%1 did not finish the TLS handshake within %2 s.</source>
        <translation>%1 hat den TLS-Handshake nicht innerhalb von %2 s abgeschlossen.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection, the server address, and any firewall or proxy between them.</source>
        <translation>Prüfen Sie die Netzwerkverbindung dieses Computers, die Serveradresse und etwaige Firewalls oder Proxys dazwischen.</translation>
    </message>
    <message>
        <source>API reachable</source>
        <translation>API erreichbar</translation>
    </message>
</context>
<context>
    <name>viopay::ContinueInBrowserPage</name>
    <message>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Link kopiert. Fügen Sie ihn in die Adressleiste Ihres Browsers ein.</translation>
    </message>
</context>
<context>
    <name>viopay::CountdownRing</name>
    <message>
        <source>Time left: %1</source>
        <translation>Verbleibende Zeit: %1</translation>
    </message>
    <message>
        <source>Code valid for less than a minute</source>
        <translation>Code noch weniger als eine Minute gültig</translation>
    </message>
    <message numerus="yes">
        <source>Code valid for %n more minute(s)</source>
        <translation>
            <numerusform>Code noch %n Minute gültig</numerusform>
            <numerusform>Code noch %n Minuten gültig</numerusform>
        </translation>
    </message>
    <message>
        <source>Code about to expire; a new one follows</source>
        <translation>Code läuft gleich ab; ein neuer folgt</translation>
    </message>
</context>
<context>
    <name>viopay::DeviceHistoryModel</name>
    <message>
        <source>Provisioned</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Code shown</source>
        <translation>Code angezeigt</translation>
    </message>
    <message>
        <source>Code expired</source>
        <translation>Code abgelaufen</translation>
    </message>
    <message>
        <source>Code replaced</source>
        <translation>Code ersetzt</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Claim refused</source>
        <translation>Übernahme abgelehnt</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Attested</source>
        <translation>Attestiert</translation>
    </message>
    <message>
        <source>Attestation failed</source>
        <translation>Attestierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Keys issued</source>
        <translation>Schlüssel ausgegeben</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see its requests in the network inspector</source>
        <translation>Doppelklicken oder Enter drücken, um seine Anfragen im Netzwerkinspektor zu sehen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Trace-ID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>viopay::DeviceTableModel</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Claimed at</source>
        <translation>Übernommen am</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Übernommen von</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Activated at</source>
        <translation>Aktiviert am</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>viopay::DevicesPage</name>
    <message>
        <source>%1 was released. It can be paired again with a new code.</source>
        <translation>%1 wurde freigegeben. Es kann mit einem neuen Code erneut gekoppelt werden.</translation>
    </message>
    <message>
        <source>%1 was not released: %2 (%3)</source>
        <translation>%1 wurde nicht freigegeben: %2 (%3)</translation>
    </message>
    <message>
        <source>Releasing %1…</source>
        <translation>%1 wird freigegeben…</translation>
    </message>
    <message>
        <source>Release %1?</source>
        <translation>%1 freigeben?</translation>
    </message>
    <message>
        <source>Release %1 (%2) from %3?</source>
        <translation>%1 (%2) von %3 freigeben?</translation>
    </message>
    <message>
        <source>The terminal stops belonging to this account until someone claims it again with a new code.</source>
        <translation>Das Terminal gehört dann nicht mehr zu diesem Konto, bis es jemand mit einem neuen Code wieder übernimmt.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Loading devices…</source>
        <translation>Geräte werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) shown</source>
        <translation>
            <numerusform>%1 von %n Gerät angezeigt</numerusform>
            <numerusform>%1 von %n Geräten angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices not loaded: %1</source>
        <translation>Geräte nicht geladen: %1</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>%1-history.csv</source>
        <translation>%1-verlauf.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 was not changed: %2 (%3)</source>
        <translation>%1 wurde nicht geändert: %2 (%3)</translation>
    </message>
    <message>
        <source>Export devices</source>
        <translation>Geräte exportieren</translation>
    </message>
    <message>
        <source>devices.csv</source>
        <translation>geraete.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved to %1: %2</source>
        <translation>Nicht in %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>Select a terminal to see its history.</source>
        <translation>Wählen Sie ein Terminal aus, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>History of %1 not loaded: %2</source>
        <translation>Verlauf von %1 nicht geladen: %2</translation>
    </message>
    <message numerus="yes">
        <source>History of %1: %n event(s)</source>
        <translation>
            <numerusform>Verlauf von %1: %n Ereignis</numerusform>
            <numerusform>Verlauf von %1: %n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>Changes on the server appear here as they happen</source>
        <translation>Änderungen auf dem Server erscheinen hier sofort</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>The server cannot be followed right now; the list is tried again on its own, or press F5</source>
        <translation>Dem Server kann gerade nicht gefolgt werden; die Liste wird von selbst neu versucht, oder drücken Sie F5</translation>
    </message>
    <message>
        <source>Release the selected terminal so it can be paired again (Delete)</source>
        <translation>Ausgewähltes Terminal freigeben, damit es erneut gekoppelt werden kann (Delete)</translation>
    </message>
</context>
<context>
    <name>viopay::DiagnoseDialog</name>
    <message>
        <source>Save support bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Zip-Archiv (*.zip)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Checking %1 against %2…</source>
        <translation>%1 wird gegen %2 geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: the first is selected below.</source>
        <translation>
            <numerusform>%n Prüfung fehlgeschlagen: Sie ist unten ausgewählt.</numerusform>
            <numerusform>%n Prüfungen fehlgeschlagen: Die erste ist unten ausgewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No check failed; %n warning(s).</source>
        <translation>
            <numerusform>Keine Prüfung fehlgeschlagen; %n Warnung.</numerusform>
            <numerusform>Keine Prüfung fehlgeschlagen; %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>The diagnosis is on the clipboard.</source>
        <translation>Die Diagnose ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The support bundle was not saved: %1</source>
        <translation>Das Support-Paket wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1. It holds no password, token or key.</source>
        <translation>%1 gespeichert. Es enthält kein Passwort, Token oder Schlüssel.</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>viopay::DiagnosisSession</name>
    <message>
        <source>No diagnosis has finished yet.</source>
        <translation>Es wurde noch keine Diagnose abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>viopay::ExchangeFilter</name>
    <message>
        <source>status: wants a status like 404 or 4xx, not &quot;%1&quot;.</source>
        <translation>status: erwartet einen Status wie 404 oder 4xx, nicht „%1“.</translation>
    </message>
    <message>
        <source>method: wants a method like GET or POST, not &quot;%1&quot;.</source>
        <translation>method: erwartet eine Methode wie GET oder POST, nicht „%1“.</translation>
    </message>
    <message>
        <source>device: wants a device id like POS-8F3A2C91.</source>
        <translation>device: erwartet eine Geräte-ID wie POS-8F3A2C91.</translation>
    </message>
    <message>
        <source>trace: wants the hex digits of a trace id, not &quot;%1&quot;.</source>
        <translation>trace: erwartet die Hexadezimalziffern einer Trace-ID, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1:&quot;: use status:, method:, device:, trace: or plain words.</source>
        <translation>Unbekannter Filter „%1:“: Verwenden Sie status:, method:, device:, trace: oder einfache Wörter.</translation>
    </message>
</context>
<context>
    <name>viopay::ExchangeLog</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Trace-ID</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Fault drill</source>
        <translation>Störungsübung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>viopay::FaultDrillsDialog</name>
    <message>
        <source>%1 was released: press R on its screen to pair it again.</source>
        <translation>%1 wurde freigegeben: Drücken Sie auf seinem Bildschirm R, um es erneut zu koppeln.</translation>
    </message>
    <message>
        <source>%1 was not released: %2 (%3)</source>
        <translation>%1 wurde nicht freigegeben: %2 (%3)</translation>
    </message>
    <message>
        <source>The drill was not applied: %1 (%2)</source>
        <translation>Die Übung wurde nicht angewendet: %1 (%2)</translation>
    </message>
    <message>
        <source>No faults: the sandbox answers normally.</source>
        <translation>Keine Störungen: Die Sandbox antwortet normal.</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <source>%1% of answers %2</source>
        <translation>%1 % der Antworten mit %2</translation>
    </message>
    <message>
        <source>In force now: %1.</source>
        <translation>Jetzt aktiv: %1.</translation>
    </message>
    <message>
        <source>%1&apos;s code was not expired: %2</source>
        <translation>Der Code von %1 wurde nicht ungültig gemacht: %2</translation>
    </message>
    <message>
        <source>%1&apos;s code expired now; the terminal asks for a new one.</source>
        <translation>Der Code von %1 ist jetzt abgelaufen; das Terminal fordert einen neuen an.</translation>
    </message>
    <message>
        <source>Releasing %1…</source>
        <translation>%1 wird freigegeben…</translation>
    </message>
    <message>
        <source>Release the terminal from %1&apos;s account</source>
        <translation>Terminal aus dem Konto von %1 freigeben</translation>
    </message>
    <message>
        <source>Sign in as the terminal&apos;s merchant to release it</source>
        <translation>Melden Sie sich als Händler des Terminals an, um es freizugeben</translation>
    </message>
    <message>
        <source>5000 server error</source>
        <translation>5000 Serverfehler</translation>
    </message>
    <message>
        <source>5030 service unavailable</source>
        <translation>5030 Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>4290 too many requests</source>
        <translation>4290 Zu viele Anfragen</translation>
    </message>
    <message>
        <source>4010 unauthorized</source>
        <translation>4010 Nicht autorisiert</translation>
    </message>
    <message>
        <source>4041 code not found</source>
        <translation>4041 Code nicht gefunden</translation>
    </message>
    <message>
        <source>Fault drills not available: %1 Drills work against a Viopay sandbox.</source>
        <translation>Störungsübungen nicht verfügbar: %1 Übungen funktionieren nur mit einer Viopay-Sandbox.</translation>
    </message>
    <message>
        <source>offline (connections dropped)</source>
        <translation>offline (Verbindungen getrennt)</translation>
    </message>
    <message>
        <source>every answer 503</source>
        <translation>jede Antwort 503</translation>
    </message>
    <message>
        <source>No, answers normally</source>
        <translation>Nein, antwortet normal</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>activation drills for %1</source>
        <translation>Aktivierungsübungen für %1</translation>
    </message>
</context>
<context>
    <name>viopay::HttpTransport</name>
    <message>
        <source>The answer is larger than 1 MiB.</source>
        <translation>Die Antwort ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object: %1</source>
        <translation>Die Antwort ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>Abandoned for Retry now.</source>
        <translation>Abgebrochen für „Jetzt erneut versuchen“.</translation>
    </message>
</context>
<context>
    <name>viopay::InspectorWindow</name>
    <message>
        <source>Export HAR</source>
        <translation>HAR exportieren</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP-Archiv (*.har)</translation>
    </message>
    <message>
        <source>Select a request to see its headers, body and timings.</source>
        <translation>Wählen Sie eine Anfrage aus, um Header, Inhalt und Zeiten zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) match</source>
        <translation>
            <numerusform>Treffer: %1 von %n Anfrage</numerusform>
            <numerusform>Treffer: %1 von %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as a curl command. Secrets stay redacted: fill them in to run it.</source>
        <translation>Als curl-Befehl kopiert. Geheimnisse bleiben geschwärzt: Ergänzen Sie sie, um den Befehl auszuführen.</translation>
    </message>
    <message>
        <source>The HAR file could not be written to %1: %2</source>
        <translation>Die HAR-Datei konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n request(s) to %1.</source>
        <translation>
            <numerusform>%n Anfrage in %1 gespeichert.</numerusform>
            <numerusform>%n Anfragen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kept log could not be deleted: %1</source>
        <translation>Das aufbewahrte Protokoll konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The kept log is deleted and this list is empty.</source>
        <translation>Das aufbewahrte Protokoll ist gelöscht und diese Liste ist leer.</translation>
    </message>
</context>
<context>
    <name>viopay::KioskActivation</name>
    <message>
        <source>it was altered or wrapped under another key</source>
        <translation>verändert oder unter einem anderen Schlüssel verpackt</translation>
    </message>
    <message>
        <source>it is meant for another use</source>
        <translation>für einen anderen Verwendungszweck bestimmt</translation>
    </message>
    <message>
        <source>it is not an AES key block of TR-31 version D</source>
        <translation>kein AES-Schlüsselblock nach TR-31 Version D</translation>
    </message>
    <message>
        <source>it is not a well-formed TR-31 key block</source>
        <translation>kein gültiger TR-31-Schlüsselblock</translation>
    </message>
    <message>
        <source>it was sealed under another MSK</source>
        <translation>unter einem anderen MSK versiegelt</translation>
    </message>
    <message>
        <source>it does not decrypt under this terminal&apos;s MSK</source>
        <translation>lässt sich mit dem MSK dieses Terminals nicht entschlüsseln</translation>
    </message>
    <message>
        <source>its compressed content is damaged</source>
        <translation>komprimierter Inhalt beschädigt</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>it is not a well-formed MSK envelope</source>
        <translation>kein gültiger MSK-Umschlag</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestierung</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Terminal parameters</source>
        <translation>Terminalparameter</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
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
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>This terminal has no factory secrets (identity key and ZMK) to attest with.</source>
        <translation>Diesem Terminal fehlen die Werksgeheimnisse (Identitätsschlüssel und ZMK) für die Attestierung.</translation>
    </message>
    <message>
        <source>The attestation ran out before this step; Viopay allows %1 for the steps after it.</source>
        <translation>Die Attestierung ist vor diesem Schritt abgelaufen; Viopay erlaubt %1 für die Schritte danach.</translation>
    </message>
    <message>
        <source>The answer has no %1.</source>
        <translation>Die Antwort enthält keinen %1.</translation>
    </message>
    <message>
        <source>The %1 is declared for &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>Der %1 ist für „%2“ deklariert, nicht für „%3“.</translation>
    </message>
    <message>
        <source>The %1&apos;s key block could not be unwrapped: %2.</source>
        <translation>Der Schlüsselblock des %1 konnte nicht entpackt werden: %2.</translation>
    </message>
    <message>
        <source>The %1&apos;s check value %2 does not match the key it unwrapped.</source>
        <translation>Der Prüfwert %2 des %1 passt nicht zum entpackten Schlüssel.</translation>
    </message>
    <message>
        <source>The configuration could not be opened: %1.</source>
        <translation>Die Konfiguration konnte nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>The configuration names no terminal id.</source>
        <translation>Die Konfiguration nennt keine Terminal-ID.</translation>
    </message>
    <message>
        <source>The configuration is for device %1, not this terminal.</source>
        <translation>Die Konfiguration ist für Gerät %1 bestimmt, nicht für dieses Terminal.</translation>
    </message>
    <message>
        <source>The terminal parameters could not be opened: %1.</source>
        <translation>Die Terminalparameter konnten nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>The terminal parameters are not JSON.</source>
        <translation>Die Terminalparameter sind kein JSON.</translation>
    </message>
    <message>
        <source>This terminal holds no MSK to seal its answer with.</source>
        <translation>Dieses Terminal hat keinen MSK, um seine Antwort zu versiegeln.</translation>
    </message>
    <message>
        <source>The answer to the activation does not say &quot;activated&quot;.</source>
        <translation>Die Antwort auf die Aktivierung lautet nicht „activated“.</translation>
    </message>
    <message>
        <source>Viopay does not know this terminal&apos;s identity key %1, or has revoked it.</source>
        <translation>Viopay kennt den Identitätsschlüssel %1 dieses Terminals nicht oder hat ihn widerrufen.</translation>
    </message>
    <message>
        <source>Viopay has seen this attestation&apos;s nonce before.</source>
        <translation>Viopay hat die Nonce dieser Attestierung schon einmal gesehen.</translation>
    </message>
    <message>
        <source>The attestation&apos;s signature does not match this terminal&apos;s identity secret.</source>
        <translation>Die Signatur der Attestierung passt nicht zum Identitätsgeheimnis dieses Terminals.</translation>
    </message>
    <message>
        <source>Viopay no longer accepts this terminal&apos;s attestation; it has to attest again.</source>
        <translation>Viopay akzeptiert die Attestierung dieses Terminals nicht mehr; es muss die Attestierung wiederholen.</translation>
    </message>
    <message>
        <source>Viopay expected another step first; the terminal has to attest again.</source>
        <translation>Viopay hat zuerst einen anderen Schritt erwartet; das Terminal muss die Attestierung wiederholen.</translation>
    </message>
    <message>
        <source>Viopay says this terminal is not claimed by a merchant.</source>
        <translation>Laut Viopay ist dieses Terminal von keinem Händler übernommen.</translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is too far from Viopay&apos;s; attestation allows 5 minutes behind and 1 minute ahead.</source>
        <translation>Die Uhr dieses Terminals weicht zu stark von der Viopay-Uhr ab; für die Attestierung darf sie höchstens 5 Minuten nach- und 1 Minute vorgehen.</translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is %1 ahead of Viopay&apos;s; attestation allows 1 minute.</source>
        <translation>Die Uhr dieses Terminals geht gegenüber Viopay %1 vor; für die Attestierung ist 1 Minute erlaubt.</translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is %1 behind Viopay&apos;s; attestation allows 5 minutes.</source>
        <translation>Die Uhr dieses Terminals geht gegenüber Viopay %1 nach; für die Attestierung sind 5 Minuten erlaubt.</translation>
    </message>
</context>
<context>
    <name>viopay::KioskRoomWindow</name>
    <message numerus="yes">
        <source>Viopay Pairing · %n terminal(s)</source>
        <translation>
            <numerusform>Viopay Pairing · %n Terminal</numerusform>
            <numerusform>Viopay Pairing · %n Terminals</numerusform>
        </translation>
    </message>
    <message>
        <source>No terminal to show.</source>
        <translation>Kein Terminal anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>viopay::KioskSettingsDialog</name>
    <message>
        <source>Open kiosk</source>
        <translation>Kiosk öffnen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>1 device provisioned on this sandbox: pick it or type an id.</source>
        <translation>1 Gerät ist in dieser Sandbox bereitgestellt: Wählen Sie es aus oder geben Sie eine ID ein.</translation>
    </message>
    <message>
        <source>%1 devices provisioned on this sandbox: pick one or type an id.</source>
        <translation>%1 Geräte sind in dieser Sandbox bereitgestellt: Wählen Sie eines aus oder geben Sie eine ID ein.</translation>
    </message>
    <message>
        <source>The list of devices is not available (%1); type the id.</source>
        <translation>Die Geräteliste ist nicht verfügbar (%1); geben Sie die ID ein.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>viopay::KioskWindow</name>
    <message>
        <source>in step with the server</source>
        <translation>synchron mit dem Server</translation>
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
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
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
        <translation>%1 hinter dem Server</translation>
    </message>
    <message>
        <source>%1 ahead of the server</source>
        <translation>%1 vor dem Server</translation>
    </message>
    <message>
        <source>Connecting to Viopay…</source>
        <translation>Verbindung zu Viopay wird hergestellt…</translation>
    </message>
    <message>
        <source>Getting a pairing code…</source>
        <translation>Kopplungscode wird abgerufen…</translation>
    </message>
    <message>
        <source>This terminal now belongs to %1.</source>
        <translation>Dieses Terminal gehört jetzt %1.</translation>
    </message>
    <message>
        <source>A merchant has claimed this terminal.</source>
        <translation>Ein Händler hat dieses Terminal übernommen.</translation>
    </message>
    <message>
        <source>Update required</source>
        <translation>Aktualisierung erforderlich</translation>
    </message>
    <message>
        <source>This app is older than version %1, the oldest the service accepts. Update the app to pair this terminal.</source>
        <translation>Diese App ist älter als Version %1, die älteste, die der Dienst akzeptiert. Aktualisieren Sie die App, um dieses Terminal zu koppeln.</translation>
    </message>
    <message>
        <source>This device is not provisioned</source>
        <translation>Dieses Gerät ist nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Viopay does not know this terminal&apos;s device id. Check the id, or ask your Viopay contact to provision it.</source>
        <translation>Viopay kennt die Geräte-ID dieses Terminals nicht. Prüfen Sie die ID oder bitten Sie Ihren Viopay-Ansprechpartner, das Gerät bereitzustellen.</translation>
    </message>
    <message>
        <source>Pairing code %1</source>
        <translation>Kopplungscode %1</translation>
    </message>
    <message>
        <source>Trying again in %1 s.</source>
        <translation>Neuer Versuch in %1 s.</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>held by the server, a claim shows at once</source>
        <translation>vom Server gehalten, eine Übernahme erscheint sofort</translation>
    </message>
    <message>
        <source>asked every %1 s</source>
        <translation>alle %1 s abgefragt</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation>Uhr: %1</translation>
    </message>
    <message>
        <source>Status updates: %1</source>
        <translation>Statusaktualisierungen: %1</translation>
    </message>
    <message>
        <source>Codes this session: %1</source>
        <translation>Codes in dieser Sitzung: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message numerus="yes">
        <source>A new one comes every %n second(s).</source>
        <translation>
            <numerusform>Alle %n Sekunde kommt ein neuer.</numerusform>
            <numerusform>Alle %n Sekunden kommt ein neuer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new one comes every %n minute(s).</source>
        <translation>
            <numerusform>Alle %n Minute kommt ein neuer.</numerusform>
            <numerusform>Alle %n Minuten kommt ein neuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>First code of this session.</source>
        <translation>Erster Code dieser Sitzung.</translation>
    </message>
    <message>
        <source>Code %1 of this session.</source>
        <translation>%1. Code dieser Sitzung.</translation>
    </message>
    <message>
        <source>The previous code was replaced elsewhere; showing a new one.</source>
        <translation>Der vorherige Code wurde anderswo ersetzt; ein neuer wird angezeigt.</translation>
    </message>
    <message>
        <source>%1 The code stays valid; the terminal keeps checking for a claim.
%2</source>
        <translation>%1 Der Code bleibt gültig; das Terminal prüft weiterhin, ob es übernommen wurde.
%2</translation>
    </message>
    <message>
        <source>Viopay terminal %1</source>
        <translation>Viopay-Terminal %1</translation>
    </message>
    <message>
        <source>This terminal was released by its merchant; pair it again with this code.</source>
        <translation>Dieses Terminal wurde von seinem Händler freigegeben; koppeln Sie es mit diesem Code neu.</translation>
    </message>
    <message>
        <source>This terminal is claimed by a merchant; release it in the merchant&apos;s device list to pair it again.</source>
        <translation>Dieses Terminal ist von einem Händler übernommen; geben Sie es in der Geräteliste des Händlers frei, um es neu zu koppeln.</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Verbindungsdetails</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild beenden</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Attestation valid for another %1:%2</source>
        <translation>Attestierung noch %1:%2 gültig</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message>
        <source>Activated %1</source>
        <translation>Aktiviert am %1</translation>
    </message>
    <message>
        <source>Activation stopped at step %1 of %2: %3</source>
        <translation>Aktivierung bei Schritt %1 von %2 angehalten: %3</translation>
    </message>
    <message>
        <source>Retry starts again at: %1.</source>
        <translation>Ein neuer Versuch beginnt wieder bei: %1.</translation>
    </message>
    <message>
        <source>(clock offset %1 s)</source>
        <translation>(Uhrversatz %1 s)</translation>
    </message>
    <message>
        <source>Warning: this terminal&apos;s clock is %1; attestation allows %2 behind and %3 ahead, so activation will fail.</source>
        <translation>Warnung: Die Uhr dieses Terminals liegt %1; für die Attestierung darf sie höchstens %2 nach- und %3 vorgehen, daher wird die Aktivierung fehlschlagen.</translation>
    </message>
</context>
<context>
    <name>viopay::LocationComboBox</name>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
</context>
<context>
    <name>viopay::LocationDelegate</name>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>The store this terminal belongs to</source>
        <translation>Die Filiale, zu der dieses Terminal gehört</translation>
    </message>
</context>
<context>
    <name>viopay::MerchantSession</name>
    <message>
        <source>Your role (%1) can see the terminals but not claim, release, rename or move them. Ask an administrator of %2.</source>
        <translation>Ihre Rolle (%1) kann die Terminals sehen, aber nicht übernehmen, freigeben, umbenennen oder verschieben. Fragen Sie einen Administrator von %2.</translation>
    </message>
</context>
<context>
    <name>viopay::MerchantWindow</name>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; for &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Angemeldet als &lt;b&gt;%1&lt;/b&gt; für &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This sign-in could not be kept: the keychain is locked or not available (%1). You are signed in for this session only.</source>
        <translation>Diese Anmeldung konnte nicht gespeichert werden: Der Schlüsselbund ist gesperrt oder nicht verfügbar (%1). Sie sind nur für diese Sitzung angemeldet.</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Abmelden?</translation>
    </message>
    <message>
        <source>Sign out of this computer?</source>
        <translation>Auf diesem Computer abmelden?</translation>
    </message>
    <message>
        <source>This sign-in is not kept, so you will need your password to sign in again.</source>
        <translation>Diese Anmeldung ist nicht gespeichert, daher benötigen Sie Ihr Passwort, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>S&amp;tay signed in</source>
        <translation>Angemeldet &amp;bleiben</translation>
    </message>
</context>
<context>
    <name>viopay::ModeChooserDialog</name>
    <message>
        <source>Leave empty to use the built-in sandbox.</source>
        <translation>Leer lassen, um die integrierte Sandbox zu verwenden.</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address with a host name, such as https://api.viopay.io.</source>
        <translation>Geben Sie eine http://- oder https://-Adresse mit Hostnamen ein, etwa https://api.viopay.io.</translation>
    </message>
</context>
<context>
    <name>viopay::PairingDiagnosis</name>
    <message>
        <source>Not checked: the app refuses this server&apos;s address.</source>
        <translation>Nicht geprüft: Die App lehnt die Adresse dieses Servers ab.</translation>
    </message>
    <message>
        <source>Not checked: the server could not be reached.</source>
        <translation>Nicht geprüft: Der Server war nicht erreichbar.</translation>
    </message>
    <message>
        <source>/health/live answered in %1 ms.</source>
        <translation>/health/live hat in %1 ms geantwortet.</translation>
    </message>
    <message>
        <source>Not available on this server: it has no /health/live.</source>
        <translation>Auf diesem Server nicht verfügbar: Er hat kein /health/live.</translation>
    </message>
    <message>
        <source>/health/live failed: %1</source>
        <translation>/health/live ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The service itself has a problem: tell Viopay support, with the trace id.</source>
        <translation>Der Dienst selbst hat ein Problem: Wenden Sie sich mit der Trace-ID an den Viopay-Support.</translation>
    </message>
    <message>
        <source>Not checked: the server accepts connections but did not answer.</source>
        <translation>Nicht geprüft: Der Server nimmt Verbindungen an, hat aber nicht geantwortet.</translation>
    </message>
    <message>
        <source>Not checked: the server did not answer bootstrap for this device.</source>
        <translation>Nicht geprüft: Der Server hat den Bootstrap für dieses Gerät nicht beantwortet.</translation>
    </message>
    <message>
        <source>The server does not know %1: it is not provisioned.</source>
        <translation>Der Server kennt %1 nicht: Es ist nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>A terminal must be provisioned before it can pair: ask Viopay (or the sandbox&apos;s admin) to provision %1, and check the id on the terminal&apos;s label.</source>
        <translation>Ein Terminal muss bereitgestellt sein, bevor es sich koppeln lässt: Bitten Sie Viopay (oder den Admin der Sandbox), %1 bereitzustellen, und prüfen Sie die ID auf dem Etikett des Terminals.</translation>
    </message>
    <message>
        <source>Bootstrap as this device failed: %1</source>
        <translation>Bootstrap als dieses Gerät fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Try again in a moment; if it persists, tell Viopay support, with the trace id.</source>
        <translation>Versuchen Sie es gleich noch einmal; besteht das Problem weiter, wenden Sie sich mit der Trace-ID an den Viopay-Support.</translation>
    </message>
    <message>
        <source>Not checked: the device&apos;s bootstrap did not succeed.</source>
        <translation>Nicht geprüft: Der Bootstrap des Geräts war nicht erfolgreich.</translation>
    </message>
    <message>
        <source>The server knows %1 (bootstrap answered).</source>
        <translation>Der Server kennt %1 (Bootstrap hat geantwortet).</translation>
    </message>
    <message>
        <source>this computer&apos;s clock agrees with the server&apos;s</source>
        <translation>Die Uhr dieses Computers stimmt mit der des Servers überein</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 ahead</source>
        <translation>Die Uhr dieses Computers geht %1 vor</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 behind</source>
        <translation>Die Uhr dieses Computers geht %1 nach</translation>
    </message>
    <message>
        <source>%1 (server time %2); attestation allows 5 min behind and 1 min ahead.</source>
        <translation>%1 (Serverzeit %2); die Attestierung erlaubt 5 min Nachgehen und 1 min Vorgehen.</translation>
    </message>
    <message>
        <source>%1 (server time %2), outside what attestation allows: 5 min behind, 1 min ahead.</source>
        <translation>%1 (Serverzeit %2), außerhalb dessen, was die Attestierung erlaubt: 5 min nach, 1 min vor.</translation>
    </message>
    <message>
        <source>Set the terminal&apos;s date, time and time zone automatically (NTP), then try again.</source>
        <translation>Stellen Sie Datum, Uhrzeit und Zeitzone des Terminals auf automatisch (NTP) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Not available on this server: it names no minimum version.</source>
        <translation>Auf diesem Server nicht verfügbar: Er nennt keine Mindestversion.</translation>
    </message>
    <message>
        <source>App version %1 is below the server&apos;s minimum %2.</source>
        <translation>App-Version %1 liegt unter der Mindestversion %2 des Servers.</translation>
    </message>
    <message>
        <source>Update the Viopay app on the terminal to %1 or later.</source>
        <translation>Aktualisieren Sie die Viopay-App auf dem Terminal auf %1 oder neuer.</translation>
    </message>
    <message>
        <source>App version %1 meets the server&apos;s minimum %2.</source>
        <translation>App-Version %1 erfüllt die Mindestversion %2 des Servers.</translation>
    </message>
    <message>
        <source>The device&apos;s status could not be read: %1</source>
        <translation>Der Status des Geräts konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a merchant</source>
        <translation>einem Händler</translation>
    </message>
    <message>
        <source>Already paired and activated, by %1.</source>
        <translation>Bereits gekoppelt und aktiviert, von %1.</translation>
    </message>
    <message>
        <source>Nothing to pair. To pair it with another merchant, its merchant releases it first.</source>
        <translation>Nichts zu koppeln. Um es mit einem anderen Händler zu koppeln, muss sein Händler es zuerst freigeben.</translation>
    </message>
    <message>
        <source>Already claimed by %1; activation has not finished.</source>
        <translation>Bereits von %1 übernommen; die Aktivierung ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Let the terminal finish activation (attest, keys, config, activate). To pair it with another merchant, its merchant releases it first.</source>
        <translation>Lassen Sie das Terminal die Aktivierung abschließen (Attestierung, Schlüssel, Konfiguration, Aktivierung). Um es mit einem anderen Händler zu koppeln, muss sein Händler es zuerst freigeben.</translation>
    </message>
    <message>
        <source>A pairing code is waiting for the merchant, %1 left.</source>
        <translation>Ein Kopplungscode wartet auf den Händler, noch %1.</translation>
    </message>
    <message>
        <source>A pairing code is waiting for the merchant.</source>
        <translation>Ein Kopplungscode wartet auf den Händler.</translation>
    </message>
    <message>
        <source>The merchant claims the code on the terminal&apos;s screen before it runs out.</source>
        <translation>Der Händler übernimmt den Code vom Bildschirm des Terminals, bevor er abläuft.</translation>
    </message>
    <message>
        <source>The terminal&apos;s last pairing code expired unclaimed.</source>
        <translation>Der letzte Kopplungscode des Terminals ist ungenutzt abgelaufen.</translation>
    </message>
    <message>
        <source>Show a new code on the terminal and claim it within 5 minutes.</source>
        <translation>Zeigen Sie auf dem Terminal einen neuen Code an und übernehmen Sie ihn innerhalb von 5 Minuten.</translation>
    </message>
    <message>
        <source>Not claimed, and no pairing code yet.</source>
        <translation>Nicht übernommen und noch kein Kopplungscode.</translation>
    </message>
    <message>
        <source>Start pairing on the terminal to show a code, then the merchant claims it.</source>
        <translation>Starten Sie die Kopplung auf dem Terminal, um einen Code anzuzeigen; dann übernimmt ihn der Händler.</translation>
    </message>
    <message>
        <source>Not available: sign in as the merchant to check.</source>
        <translation>Nicht verfügbar: Melden Sie sich als Händler an, um dies zu prüfen.</translation>
    </message>
    <message>
        <source>Not available: the sandbox&apos;s admin endpoints need --admin-token for a server beyond this computer.</source>
        <translation>Nicht verfügbar: Die Admin-Endpunkte der Sandbox benötigen --admin-token für einen Server außerhalb dieses Computers.</translation>
    </message>
    <message>
        <source>Not available on this server: it is not a sandbox.</source>
        <translation>Auf diesem Server nicht verfügbar: Er ist keine Sandbox.</translation>
    </message>
    <message>
        <source>Not available: the sandbox refused its admin endpoints (HTTP %1).</source>
        <translation>Nicht verfügbar: Die Sandbox hat den Zugriff auf ihre Admin-Endpunkte verweigert (HTTP %1).</translation>
    </message>
    <message>
        <source>Not available: the sandbox&apos;s fault drills could not be read: %1</source>
        <translation>Nicht verfügbar: Die Störungsübungen der Sandbox konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Give the sandbox&apos;s admin token with --admin-token (or VIOPAY_SANDBOX_ADMIN_TOKEN).</source>
        <translation>Geben Sie das Admin-Token der Sandbox mit --admin-token an (oder VIOPAY_SANDBOX_ADMIN_TOKEN).</translation>
    </message>
    <message>
        <source>Not available: needs the sandbox&apos;s admin endpoints.</source>
        <translation>Nicht verfügbar: Erfordert die Admin-Endpunkte der Sandbox.</translation>
    </message>
    <message>
        <source>offline (every API answer 503)</source>
        <translation>offline (jede API-Antwort 503)</translation>
    </message>
    <message>
        <source>%1 ms added latency</source>
        <translation>%1 ms zusätzliche Latenz</translation>
    </message>
    <message>
        <source>%1% of answers replaced by error %2</source>
        <translation>%1 % der Antworten durch Fehler %2 ersetzt</translation>
    </message>
    <message>
        <source>No fault drill is in force.</source>
        <translation>Keine Störungsübung aktiv.</translation>
    </message>
    <message>
        <source>Fault drills in force: %1.</source>
        <translation>Aktive Störungsübungen: %1.</translation>
    </message>
    <message>
        <source>These make the sandbox fail on purpose: turn them off (Fault drills, or PUT /sandbox/faults with the defaults) unless you are training with them.</source>
        <translation>Diese lassen die Sandbox absichtlich fehlschlagen: Schalten Sie sie ab (Störungsübungen oder PUT /sandbox/faults mit den Standardwerten), sofern Sie nicht gerade damit üben.</translation>
    </message>
    <message>
        <source>Not checked: the device is not provisioned.</source>
        <translation>Nicht geprüft: Das Gerät ist nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>Not available on this server: it has no factory secrets endpoint.</source>
        <translation>Auf diesem Server nicht verfügbar: Er hat keinen Endpunkt für Werksgeheimnisse.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Not available: the answer names no identity key.</source>
        <translation>Nicht verfügbar: Die Antwort nennt keinen Identitätsschlüssel.</translation>
    </message>
    <message>
        <source>The identity key %1 is revoked.</source>
        <translation>Der Identitätsschlüssel %1 ist widerrufen.</translation>
    </message>
    <message>
        <source>Attestation will fail: the sandbox&apos;s admin re-provisions the terminal.</source>
        <translation>Die Attestierung wird fehlschlagen: Der Admin der Sandbox muss das Terminal neu bereitstellen.</translation>
    </message>
    <message>
        <source>The identity key %1 is active.</source>
        <translation>Der Identitätsschlüssel %1 ist aktiv.</translation>
    </message>
    <message>
        <source>activation drills for %1</source>
        <translation>Aktivierungsübungen für %1</translation>
    </message>
    <message>
        <source>Not checked: no app version was given. The server&apos;s minimum is %1.</source>
        <translation>Nicht geprüft: Es wurde keine App-Version angegeben. Das Minimum des Servers ist %1.</translation>
    </message>
    <message>
        <source>Give the version the terminal&apos;s app shows in its settings to check it.</source>
        <translation>Geben Sie die Version an, die die Terminal-App in ihren Einstellungen anzeigt, um sie zu prüfen.</translation>
    </message>
</context>
<context>
    <name>viopay::SignInPage</name>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>Client-Geh&amp;eimnis</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>e.g. cafe-lumen-desk</source>
        <translation>z. B. cafe-lumen-desk</translation>
    </message>
    <message>
        <source>name@business.example</source>
        <translation>name@business.example</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The client secret is kept in this computer&apos;s keychain, nowhere else.</source>
        <translation>Das Client-Geheimnis wird nur im Schlüsselbund dieses Computers gespeichert, nirgendwo sonst.</translation>
    </message>
    <message>
        <source>Only a sign-in token is kept, in this computer&apos;s keychain; never your password.</source>
        <translation>Gespeichert wird nur ein Anmeldetoken im Schlüsselbund dieses Computers, niemals Ihr Passwort.</translation>
    </message>
    <message>
        <source>The server address is not a web address such as https://api.viopay.io.</source>
        <translation>Die Serveradresse ist keine Webadresse wie https://api.viopay.io.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>An&amp;melden</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Anmeldung als %1 läuft…</translation>
    </message>
    <message>
        <source>The client id or the client secret is wrong.</source>
        <translation>Die Client-ID oder das Client-Geheimnis ist falsch.</translation>
    </message>
    <message>
        <source>The e-mail or the password is wrong.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this account is locked. Try again in %1.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen: Dieses Konto ist gesperrt. Versuchen Sie es in %1 erneut.</translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>Sie können sich jetzt erneut anmelden.</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired or was revoked. Sign in again.</source>
        <translation>Ihre gespeicherte Anmeldung ist abgelaufen oder wurde widerrufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server ended your session. Sign in again; nothing you typed was lost.</source>
        <translation>Der Server hat Ihre Sitzung beendet. Bitte melden Sie sich erneut an; Ihre Eingaben sind nicht verloren gegangen.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain is locked or not available (%1), so a sign-in cannot be kept. Sign in for this session only.</source>
        <translation>Der Schlüsselbund dieses Computers ist gesperrt oder nicht verfügbar (%1), daher kann keine Anmeldung gespeichert werden. Melden Sie sich nur für diese Sitzung an.</translation>
    </message>
    <message>
        <source>Fill in the client id.</source>
        <translation>Bitte geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <source>Fill in the e-mail address.</source>
        <translation>Bitte geben Sie die E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Fill in the client secret.</source>
        <translation>Bitte geben Sie das Client-Geheimnis ein.</translation>
    </message>
    <message>
        <source>Fill in the password.</source>
        <translation>Bitte geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>Client i&amp;d</source>
        <translation>Client-&amp;ID</translation>
    </message>
    <message>
        <source>Sign &amp;in with password</source>
        <translation>Mit Passwort an&amp;melden</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser, so you are not signed in. Try again, or ask your administrator for access.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt, Sie sind also nicht angemeldet. Versuchen Sie es erneut oder bitten Sie Ihren Administrator um Zugriff.</translation>
    </message>
    <message>
        <source>Browser sign-in cancelled. Nothing waits for the browser any more; a sign-in finished there now has no effect.</source>
        <translation>Browser-Anmeldung abgebrochen. Es wird nicht mehr auf den Browser gewartet; eine dort abgeschlossene Anmeldung bleibt jetzt wirkungslos.</translation>
    </message>
    <message>
        <source>The browser came back from a sign-in this app did not start, so it was ignored. Sign in again.</source>
        <translation>Der Browser kam von einer Anmeldung zurück, die diese App nicht gestartet hat; sie wurde daher ignoriert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in service %1 could not be reached: %2</source>
        <translation>Der Anmeldedienst %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The browser sign-in did not complete: %1</source>
        <translation>Die Browser-Anmeldung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Checking the connection to Viopay…</source>
        <translation>Verbindung zu Viopay wird geprüft…</translation>
    </message>
    <message>
        <source>Viopay reachable</source>
        <translation>Viopay erreichbar</translation>
    </message>
    <message>
        <source>The server answers, but not as Viopay: its health check gave HTTP %1.</source>
        <translation>Der Server antwortet, aber nicht als Viopay: Seine Statusprüfung ergab HTTP %1.</translation>
    </message>
    <message>
        <source>Viopay is not reachable: %1</source>
        <translation>Viopay ist nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>viopay::StillWaitingNotice</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Gives up on the attempt that gets no answer and sends it again now</source>
        <translation>Gibt den Versuch ohne Antwort auf und sendet die Anfrage sofort erneut</translation>
    </message>
    <message>
        <source>Still waiting for %1… (attempt %2 of %3)</source>
        <translation>Es wird noch auf %1 gewartet… (Versuch %2 von %3)</translation>
    </message>
</context>
<context>
    <name>viopay::TextStyle</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>viopay::Workspace</name>
    <message>
        <source>Only %1 of %2 terminals could be provisioned.</source>
        <translation>Nur %1 von %2 Terminals konnten bereitgestellt werden.</translation>
    </message>
    <message>
        <source>The server has %1 provisioned terminals; %2 were asked for.</source>
        <translation>Der Server hat %1 bereitgestellte Terminals; angefordert wurden %2.</translation>
    </message>
    <message>
        <source>Terminals not listed: %1</source>
        <translation>Terminals nicht aufgelistet: %1</translation>
    </message>
</context>
</TS>
