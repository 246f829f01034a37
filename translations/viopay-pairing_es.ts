<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiError</name>
    <message>
        <source>The server did not accept the request.</source>
        <translation>El servidor no aceptó la solicitud.</translation>
    </message>
    <message>
        <source>The server did not accept the request: %1</source>
        <translation>El servidor no aceptó la solicitud: %1</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation>Su inicio de sesión ya no es válido. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in has no merchant session yet. Sign in again.</source>
        <translation>El inicio de sesión aún no tiene una sesión de comercio. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>This terminal belongs to another merchant, so it cannot be claimed from this account.</source>
        <translation>Este terminal pertenece a otro comercio, por lo que no se puede vincular desde esta cuenta.</translation>
    </message>
    <message>
        <source>This device is not provisioned with Viopay.</source>
        <translation>Este dispositivo no está aprovisionado en Viopay.</translation>
    </message>
    <message>
        <source>This terminal is already claimed.</source>
        <translation>Este terminal ya está vinculado.</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>La solicitud era demasiado grande para el servidor.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in 1 second.</source>
        <translation>Demasiados intentos. Vuelva a intentarlo dentro de 1 segundo.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 seconds.</source>
        <translation>Demasiados intentos. Vuelva a intentarlo dentro de %1 segundos.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Demasiados intentos. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The Viopay service is offline. Try again in a moment.</source>
        <translation>El servicio de Viopay está fuera de línea. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The Viopay service had a problem (HTTP %1). Try again in a moment.</source>
        <translation>El servicio de Viopay tuvo un problema (HTTP %1). Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>El servidor rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>Cannot reach the Viopay service. Check the network connection.</source>
        <translation>No se puede conectar con el servicio de Viopay. Compruebe la conexión de red.</translation>
    </message>
    <message>
        <source>The Viopay service did not answer in time.</source>
        <translation>El servicio de Viopay no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The connection is not secure: the server&apos;s certificate could not be verified.</source>
        <translation>La conexión no es segura: no se pudo verificar el certificado del servidor.</translation>
    </message>
    <message>
        <source>The Viopay service sent an answer this app does not understand.</source>
        <translation>El servicio de Viopay envió una respuesta que esta aplicación no entiende.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Error %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>traza %1</translation>
    </message>
    <message>
        <source>This code is not active. Ask for the code now on the terminal&apos;s screen: it shows the current one.</source>
        <translation>Este código no está activo. Consulte ahora el código en la pantalla del terminal: siempre muestra el vigente.</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 s. Check the network connection and the server address.</source>
        <translation>No se pudo conectar con %1 en %2 s. Compruebe la conexión de red y la dirección del servidor.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection.</source>
        <translation>No se puede conectar con %1. Compruebe la conexión de red.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Your role does not allow this: %1</source>
        <translation>Su rol no permite esto: %1</translation>
    </message>
    <message>
        <source>ask an administrator.</source>
        <translation>consulte a un administrador.</translation>
    </message>
</context>
<context>
    <name>ClaimPage</name>
    <message>
        <source>Claim a terminal</source>
        <translation>Vincular un terminal</translation>
    </message>
    <message>
        <source>Type the 6-symbol code shown on the terminal&apos;s screen, then press Enter.</source>
        <translation>Escriba el código de 6 símbolos que aparece en la pantalla del terminal y pulse Enter.</translation>
    </message>
    <message>
        <source>Codes never contain 0, O, I or 1. Paste works too.</source>
        <translation>Los códigos nunca contienen 0, O, I ni 1. También puede pegarlo.</translation>
    </message>
    <message>
        <source>Claims the terminal whose code is typed above</source>
        <translation>Vincula el terminal cuyo código está escrito arriba</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>The next step after this outcome: claim another terminal or try again</source>
        <translation>El siguiente paso tras este resultado: vincular otro terminal o volver a intentarlo</translation>
    </message>
    <message>
        <source>Clai&amp;m terminal</source>
        <translation>Vincular ter&amp;minal</translation>
    </message>
    <message>
        <source>Nam&amp;e (optional):</source>
        <translation>&amp;Nombre (opcional):</translation>
    </message>
    <message>
        <source>Terminal name (optional)</source>
        <translation>Nombre del terminal (opcional)</translation>
    </message>
    <message>
        <source>A name for the terminal claimed next, such as Front counter; leave empty for none</source>
        <translation>Un nombre para el próximo terminal vinculado, como Mostrador; déjelo vacío si no quiere ninguno</translation>
    </message>
    <message>
        <source>Front counter</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <source>Location (o&amp;ptional):</source>
        <translation>&amp;Ubicación (opcional):</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>The store the terminal claimed next belongs to; the last one chosen is offered again</source>
        <translation>La tienda a la que pertenece el próximo terminal vinculado; se vuelve a ofrecer la última elegida</translation>
    </message>
</context>
<context>
    <name>ClaimQueuePage</name>
    <message>
        <source>Claim many terminals</source>
        <translation>Vincular varios terminales</translation>
    </message>
    <message>
        <source>Paste or type the codes the terminals show, one a line. A name may follow its code after a comma or a tab. The codes are claimed one after another.</source>
        <translation>Pegue o escriba los códigos que muestran los terminales, uno por línea. Cada código puede ir seguido de un nombre tras una coma o un tabulador. Los códigos se vinculan uno tras otro.</translation>
    </message>
    <message>
        <source>Codes to add</source>
        <translation>Códigos para añadir</translation>
    </message>
    <message>
        <source>One code a line, a name after a comma or a tab if you like; Ctrl+Enter adds them to the queue</source>
        <translation>Un código por línea y, si lo desea, un nombre tras una coma o un tabulador; Ctrl+Enter los añade a la cola</translation>
    </message>
    <message>
        <source>K7M 3NP, Front counter
Q4W 8ZT, Patio
H6R 2XD</source>
        <translation>K7M 3NP, Mostrador
Q4W 8ZT, Terraza
H6R 2XD</translation>
    </message>
    <message>
        <source>Locatio&amp;n for all:</source>
        <translation>&amp;Ubicación para todos:</translation>
    </message>
    <message>
        <source>Location for all</source>
        <translation>Ubicación para todos</translation>
    </message>
    <message>
        <source>The store every terminal of the queue belongs to; the last one chosen is offered again</source>
        <translation>La tienda a la que pertenecen todos los terminales de la cola; se vuelve a ofrecer la última elegida</translation>
    </message>
    <message>
        <source>Add to &amp;queue</source>
        <translation>&amp;Añadir a la cola</translation>
    </message>
    <message>
        <source>Add the codes typed above to the queue (Ctrl+Enter)</source>
        <translation>Añadir a la cola los códigos escritos arriba (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Adds the codes typed above to the queue below, each as a row</source>
        <translation>Añade los códigos escritos arriba a la cola de abajo, cada uno como una fila</translation>
    </message>
    <message>
        <source>Claim queue</source>
        <translation>Cola de vinculación</translation>
    </message>
    <message>
        <source>Each code with its outcome; F2 edits a code or a name to fix the row, Delete removes the selected rows</source>
        <translation>Cada código con su resultado; F2 edita un código o un nombre para corregir la fila, Delete quita las filas seleccionadas</translation>
    </message>
    <message>
        <source>Queue progress</source>
        <translation>Progreso de la cola</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected rows from the queue (Delete)</source>
        <translation>Quitar de la cola las filas seleccionadas (Delete)</translation>
    </message>
    <message>
        <source>Removes the selected rows from the queue; a row being claimed stays</source>
        <translation>Quita de la cola las filas seleccionadas; la fila que se está vinculando se mantiene</translation>
    </message>
    <message>
        <source>Clear claimed</source>
        <translation>Quitar vinculados</translation>
    </message>
    <message>
        <source>Remove the rows that were claimed, keeping those to fix</source>
        <translation>Quitar las filas vinculadas y conservar las que hay que corregir</translation>
    </message>
    <message>
        <source>Removes every claimed row from the queue</source>
        <translation>Quita de la cola todas las filas vinculadas</translation>
    </message>
    <message>
        <source>Claim a&amp;ll</source>
        <translation>Vincular &amp;todos</translation>
    </message>
    <message>
        <source>Claims every waiting row, one after another; while it runs, stops after the claim in progress</source>
        <translation>Vincula todas las filas en espera, una tras otra; mientras se ejecuta, se detiene tras la vinculación en curso</translation>
    </message>
</context>
<context>
    <name>ContinueInBrowserPage</name>
    <message>
        <source>Continue in your browser</source>
        <translation>Continúe en su navegador</translation>
    </message>
    <message>
        <source>Your web browser has opened your organisation&apos;s sign-in page. Sign in there; this window continues by itself when you are done. If no browser opened, copy the link and open it in one.</source>
        <translation>Su navegador web ha abierto la página de inicio de sesión de su organización. Inicie sesión allí; esta ventana continuará sola cuando termine. Si no se abrió ningún navegador, copie el enlace y ábralo en uno.</translation>
    </message>
    <message>
        <source>Link status</source>
        <translation>Estado del enlace</translation>
    </message>
    <message>
        <source>Copies the sign-in page&apos;s address, to open it in a browser yourself</source>
        <translation>Copia la dirección de la página de inicio de sesión, para abrirla usted mismo en un navegador</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>Stops waiting for the browser; the sign-in there will not complete</source>
        <translation>Deja de esperar al navegador; el inicio de sesión allí no se completará</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DeviceIdentity</name>
    <message>
        <source>The %1 is required.</source>
        <translation>El %1 es obligatorio.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>El %1 supera los %2 caracteres.</translation>
    </message>
    <message>
        <source>The %1 cannot contain &quot;%2&quot;.</source>
        <translation>El %1 no puede contener &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The app version is required.</source>
        <translation>La versión de la aplicación es obligatoria.</translation>
    </message>
    <message>
        <source>The app version must be numbers separated by dots, such as 1.4.2 (got &quot;%1&quot;).</source>
        <translation>La versión de la aplicación debe ser números separados por puntos, como 1.4.2 (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The device id is required, such as POS-8F3A2C91.</source>
        <translation>El ID de dispositivo es obligatorio, por ejemplo POS-8F3A2C91.</translation>
    </message>
    <message>
        <source>The device id must start with POS- in upper case, such as POS-8F3A2C91 (got &quot;%1&quot;).</source>
        <translation>El ID de dispositivo debe empezar por POS- en mayúsculas, por ejemplo POS-8F3A2C91 (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The device id needs exactly 8 hexadecimal digits after POS- (got %1).</source>
        <translation>El ID de dispositivo necesita exactamente 8 dígitos hexadecimales después de POS- (se recibieron %1).</translation>
    </message>
    <message>
        <source>The device id may only contain hexadecimal digits (0-9, A-F) after POS-; &quot;%1&quot; is not one.</source>
        <translation>El ID de dispositivo solo puede contener dígitos hexadecimales (0-9, A-F) después de POS-; &quot;%1&quot; no lo es.</translation>
    </message>
    <message>
        <source>operating system</source>
        <translation>sistema operativo</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Filter devices</source>
        <translation>Filtrar dispositivos</translation>
    </message>
    <message>
        <source>Filter by device, model, status or person…</source>
        <translation>Filtrar por dispositivo, modelo, estado o persona…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Volver a cargar la lista (F5)</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>&amp;Liberar…</translation>
    </message>
    <message>
        <source>Release the selected terminal so it can be paired again (Delete)</source>
        <translation>Liberar el terminal seleccionado para que pueda volver a vincularse (Delete)</translation>
    </message>
    <message>
        <source>Your devices</source>
        <translation>Sus dispositivos</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the list as a CSV file for a spreadsheet</source>
        <translation>Guardar la lista como archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Saves every terminal of the list as a CSV file</source>
        <translation>Guarda todos los terminales de la lista en un archivo CSV</translation>
    </message>
    <message>
        <source>Whether the list is live</source>
        <translation>Si la lista está en vivo</translation>
    </message>
    <message>
        <source>This merchant&apos;s terminals, kept up to date as they change; F2 renames the selected one or moves it to another location, Delete releases it</source>
        <translation>Los terminales de este comercio, actualizados a medida que cambian; F2 renombra el seleccionado o lo mueve a otra ubicación, Delete lo libera</translation>
    </message>
    <message>
        <source>Select a terminal to see its history.</source>
        <translation>Seleccione un terminal para ver su historial.</translation>
    </message>
    <message>
        <source>Export &amp;history…</source>
        <translation>Exportar &amp;historial…</translation>
    </message>
    <message>
        <source>Save the selected terminal&apos;s history as a CSV file</source>
        <translation>Guardar el historial del terminal seleccionado como archivo CSV</translation>
    </message>
    <message>
        <source>Saves the history shown below as a CSV file</source>
        <translation>Guarda el historial mostrado abajo en un archivo CSV</translation>
    </message>
    <message>
        <source>History of the selected terminal</source>
        <translation>Historial del terminal seleccionado</translation>
    </message>
    <message>
        <source>Every event of the terminal, newest first; Enter on a trace id shows its requests in the network inspector</source>
        <translation>Todos los eventos del terminal, del más reciente al más antiguo; Enter en un ID de traza muestra sus solicitudes en el inspector de red</translation>
    </message>
</context>
<context>
    <name>DiagnoseDialog</name>
    <message>
        <source>Diagnose a terminal · Viopay Pairing</source>
        <translation>Diagnosticar un terminal · Viopay Pairing</translation>
    </message>
    <message>
        <source>Checks, one after another, why a terminal does not pair: the connection, its clock and app version, whether it is provisioned, its state, whose it is and the sandbox&apos;s drills. Nothing is changed on the server.</source>
        <translation>Comprueba, una tras otra, por qué un terminal no se vincula: la conexión, su reloj y la versión de la aplicación, si está aprovisionado, su estado, de quién es y los simulacros del sandbox. No se cambia nada en el servidor.</translation>
    </message>
    <message>
        <source>Terminal &amp;id</source>
        <translation>&amp;ID del terminal</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>ID del terminal</translation>
    </message>
    <message>
        <source>The id on the terminal&apos;s label, such as POS-8F3A2C91</source>
        <translation>El ID de la etiqueta del terminal, por ejemplo POS-8F3A2C91</translation>
    </message>
    <message>
        <source>POS-XXXXXXXX</source>
        <translation>POS-XXXXXXXX</translation>
    </message>
    <message>
        <source>App &amp;version</source>
        <translation>&amp;Versión de la aplicación</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Versión de la aplicación</translation>
    </message>
    <message>
        <source>Optional: the terminal app&apos;s version, checked against the server&apos;s minimum</source>
        <translation>Opcional: la versión de la aplicación del terminal, comprobada frente al mínimo del servidor</translation>
    </message>
    <message>
        <source>optional, e.g. 1.4.2</source>
        <translation>opcional, p. ej. 1.4.2</translation>
    </message>
    <message>
        <source>Runs every check against the server</source>
        <translation>Ejecuta todas las comprobaciones contra el servidor</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Diagnosis progress</source>
        <translation>Progreso del diagnóstico</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v de %m comprobaciones</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Each check with its result: pass, warning, fail or not available</source>
        <translation>Cada comprobación con su resultado: correcta, advertencia, fallida o no disponible</translation>
    </message>
    <message>
        <source>&amp;Details of the selected check</source>
        <translation>&amp;Detalles de la comprobación seleccionada</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Detalles de la comprobación seleccionada</translation>
    </message>
    <message>
        <source>The finding, its evidence (HTTP status, error code, trace id) and the next step</source>
        <translation>El hallazgo, sus pruebas (estado HTTP, código de error, ID de traza) y el siguiente paso</translation>
    </message>
    <message>
        <source>Copies the whole diagnosis as plain text, for an e-mail or a ticket</source>
        <translation>Copia todo el diagnóstico como texto sin formato, para un correo o un ticket</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copiar como texto</translation>
    </message>
    <message>
        <source>Saves the diagnosis, the exchanges, the app&apos;s log, versions and settings in one archive, without secrets</source>
        <translation>Guarda el diagnóstico, los intercambios, el registro de la aplicación, las versiones y la configuración en un archivo, sin secretos</translation>
    </message>
    <message>
        <source>Save support &amp;bundle…</source>
        <translation>Guardar paquete de &amp;soporte…</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Why won&apos;t %1 pair? Checked against %2 at %3.</source>
        <translation>¿Por qué no se vincula %1? Comprobado con %2 el %3.</translation>
    </message>
    <message>
        <source>Result: a check failed; its next step says what to do.</source>
        <translation>Resultado: una comprobación ha fallado; su siguiente paso indica qué hacer.</translation>
    </message>
    <message>
        <source>Result: nothing found that stops pairing.</source>
        <translation>Resultado: no se ha encontrado nada que impida la vinculación.</translation>
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
        <translation>error %1</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>traza %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente paso: %1</translation>
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
        <translation>  (sin encabezados)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(sin cuerpo)</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Encabezados de la solicitud</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Encabezados de la respuesta</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Sin respuesta: %1</translation>
    </message>
    <message>
        <source>Started %1
Took %2 ms
Retries: %3
Trace id %4</source>
        <translation>Inicio: %1
Duración: %2 ms
Reintentos: %3
ID de traza: %4</translation>
    </message>
    <message>
        <source>Decrypted under the terminal&apos;s MSK</source>
        <translation>Descifrado con la MSK del terminal</translation>
    </message>
</context>
<context>
    <name>FaultDrillsDialog</name>
    <message>
        <source>Fault drills · Viopay Pairing</source>
        <translation>Simulacros de fallos · Viopay Pairing</translation>
    </message>
    <message>
        <source>Drills change how the sandbox answers, at once, for every app and terminal using it. The sandbox&apos;s own admin requests are never affected, so a drill can always be undone here.</source>
        <translation>Los simulacros cambian al instante cómo responde el sandbox para todas las aplicaciones y terminales que lo usan. Las solicitudes de administración del propio sandbox nunca se ven afectadas, así que un simulacro siempre se puede deshacer aquí.</translation>
    </message>
    <message>
        <source>Server faults</source>
        <translation>Fallos del servidor</translation>
    </message>
    <message>
        <source>Added &amp;latency</source>
        <translation>Latencia &amp;añadida</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Error rate</source>
        <translation>Tasa de &amp;errores</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>answered with</source>
        <translation>respondidas con</translation>
    </message>
    <message>
        <source>Error code of the drill</source>
        <translation>Código de error del simulacro</translation>
    </message>
    <message>
        <source>&amp;Stop all faults</source>
        <translation>&amp;Detener todos los fallos</translation>
    </message>
    <message>
        <source>A terminal</source>
        <translation>Un terminal</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Terminal</translation>
    </message>
    <message>
        <source>E&amp;xpire its code now</source>
        <translation>&amp;Caducar su código ahora</translation>
    </message>
    <message>
        <source>&amp;Release it</source>
        <translation>&amp;Liberarlo</translation>
    </message>
    <message>
        <source>Delay added to every API answer</source>
        <translation>Retraso añadido a cada respuesta de la API</translation>
    </message>
    <message>
        <source>Share of API answers replaced by the chosen error</source>
        <translation>Proporción de respuestas de la API sustituidas por el error elegido</translation>
    </message>
    <message>
        <source>The error the replaced answers carry</source>
        <translation>El error que llevan las respuestas sustituidas</translation>
    </message>
    <message>
        <source>The terminal the buttons below act on</source>
        <translation>El terminal sobre el que actúan los botones de abajo</translation>
    </message>
    <message>
        <source>The terminal&apos;s pending code expires at once, so it asks for a new one</source>
        <translation>El código pendiente del terminal caduca de inmediato, así que pide uno nuevo</translation>
    </message>
    <message>
        <source>Releases the terminal from the signed-in merchant&apos;s account</source>
        <translation>Libera el terminal de la cuenta del comercio que ha iniciado sesión</translation>
    </message>
    <message>
        <source>Every API connection is closed without an answer, so apps and terminals see the server as unreachable. For 503 answers instead, use an error rate of 100% with 5030.</source>
        <translation>Todas las conexiones a la API se cierran sin respuesta, así que las aplicaciones y los terminales ven el servidor como inaccesible. Para obtener respuestas 503, use en su lugar una tasa de errores del 100% con 5030.</translation>
    </message>
    <message>
        <source>Every API connection is dropped without an answer, as when the server is down</source>
        <translation>Todas las conexiones a la API se cortan sin respuesta, como cuando el servidor está caído</translation>
    </message>
    <message>
        <source>Server &amp;offline: connections are dropped, as when the server is down</source>
        <translation>Servidor &amp;fuera de línea: se cortan las conexiones, como cuando el servidor está caído</translation>
    </message>
    <message>
        <source>Turns every fault off and brings the server back online</source>
        <translation>Desactiva todos los fallos y vuelve a poner el servidor en línea</translation>
    </message>
    <message>
        <source>This terminal&apos;s activation</source>
        <translation>Activación de este terminal</translation>
    </message>
    <message>
        <source>Server &amp;clock offset</source>
        <translation>Desfase del &amp;reloj del servidor</translation>
    </message>
    <message>
        <source>Seconds added to the server time this terminal sees, to reproduce clock skew</source>
        <translation>Segundos añadidos a la hora del servidor que ve este terminal, para reproducir un desfase de reloj</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Attestation li&amp;fe</source>
        <translation>Duración de la ate&amp;stación</translation>
    </message>
    <message>
        <source>How long the terminal&apos;s attestation token lasts; shorter than 300 s makes it expire mid-activation</source>
        <translation>Cuánto dura el token de atestación del terminal; por debajo de 300 s caduca a mitad de la activación</translation>
    </message>
    <message>
        <source>Corrupt key &amp;block</source>
        <translation>Corromper el &amp;bloque de clave</translation>
    </message>
    <message>
        <source>The key whose block the sandbox corrupts, so its check value no longer matches</source>
        <translation>La clave cuyo bloque corrompe el sandbox, de modo que su valor de control ya no coincide</translation>
    </message>
    <message>
        <source>Failing confi&amp;g</source>
        <translation>Fallar la confi&amp;guración</translation>
    </message>
    <message>
        <source>The error the terminal&apos;s configuration request is answered with</source>
        <translation>El error con el que se responde a la solicitud de configuración del terminal</translation>
    </message>
    <message>
        <source>Failing acti&amp;vate</source>
        <translation>Fallar la acti&amp;vación</translation>
    </message>
    <message>
        <source>The error the terminal&apos;s activation request is answered with</source>
        <translation>El error con el que se responde a la solicitud de activación del terminal</translation>
    </message>
</context>
<context>
    <name>IdTokenCheck</name>
    <message>
        <source>The sign-in service sent an identity token that is not one.</source>
        <translation>El servicio de inicio de sesión envió un token de identidad que no es válido como tal.</translation>
    </message>
    <message>
        <source>The sign-in service signed the identity token in a way this app does not accept (RS256 is required).</source>
        <translation>El servicio de inicio de sesión firmó el token de identidad de un modo que esta aplicación no acepta (se requiere RS256).</translation>
    </message>
    <message>
        <source>The identity token was signed with a key the sign-in service does not publish.</source>
        <translation>El token de identidad se firmó con una clave que el servicio de inicio de sesión no publica.</translation>
    </message>
    <message>
        <source>The identity token&apos;s signature is not valid.</source>
        <translation>La firma del token de identidad no es válida.</translation>
    </message>
    <message>
        <source>The identity token comes from another sign-in service.</source>
        <translation>El token de identidad procede de otro servicio de inicio de sesión.</translation>
    </message>
    <message>
        <source>The identity token was issued to another application.</source>
        <translation>El token de identidad se emitió para otra aplicación.</translation>
    </message>
    <message>
        <source>The identity token has expired. Check this computer&apos;s clock, then sign in again.</source>
        <translation>El token de identidad ha caducado. Compruebe el reloj de este equipo y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The identity token belongs to another sign-in attempt.</source>
        <translation>El token de identidad pertenece a otro intento de inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>InspectorWindow</name>
    <message>
        <source>Network inspector · Viopay Pairing</source>
        <translation>Inspector de red · Viopay Pairing</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtrar solicitudes</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copiar como c&amp;URL</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command (secrets stay redacted)</source>
        <translation>Copiar la solicitud seleccionada como comando curl (los secretos siguen ocultos)</translation>
    </message>
    <message>
        <source>Export &amp;HAR…</source>
        <translation>Exportar &amp;HAR…</translation>
    </message>
    <message>
        <source>Save every request as a HAR file, which a browser&apos;s developer tools open</source>
        <translation>Guardar todas las solicitudes en un archivo HAR, que pueden abrir las herramientas para desarrolladores de los navegadores</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Detalles de la solicitud</translation>
    </message>
    <message>
        <source>Removes every request from this list</source>
        <translation>Quita todas las solicitudes de esta lista</translation>
    </message>
    <message>
        <source>Every request of this run, newest last</source>
        <translation>Todas las solicitudes de esta ejecución, la más reciente al final</translation>
    </message>
    <message>
        <source>Filter: words, status:4xx, method:POST, device:POS-…, trace:…</source>
        <translation>Filtro: palabras, status:4xx, method:POST, device:POS-…, trace:…</translation>
    </message>
    <message>
        <source>Headers, bodies and timing of the selected request</source>
        <translation>Encabezados, cuerpos y tiempos de la solicitud seleccionada</translation>
    </message>
    <message>
        <source>H&amp;eaders</source>
        <translation>&amp;Encabezados</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>Headers of the selected request and of its answer</source>
        <translation>Encabezados de la solicitud seleccionada y de su respuesta</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Solicitud</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Body of the selected request</source>
        <translation>Cuerpo de la solicitud seleccionada</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>Body of the answer to the selected request, or why none came</source>
        <translation>Cuerpo de la respuesta a la solicitud seleccionada, o por qué no llegó ninguna</translation>
    </message>
    <message>
        <source>&amp;Timing</source>
        <translation>&amp;Tiempos</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>When the selected request started, how long it took, its retries and trace id</source>
        <translation>Cuándo empezó la solicitud seleccionada, cuánto tardó, sus reintentos y su ID de traza</translation>
    </message>
    <message>
        <source>Keeps the last 2,000 requests, redacted, in your data folder, so they are still here after a restart</source>
        <translation>Conserva las últimas 2000 solicitudes, con los datos sensibles ocultos, en su carpeta de datos, para que sigan aquí tras reiniciar</translation>
    </message>
    <message>
        <source>&amp;Keep after restart</source>
        <translation>&amp;Conservar al reiniciar</translation>
    </message>
    <message>
        <source>Deletes the kept requests from your data folder and empties this list</source>
        <translation>Elimina las solicitudes conservadas de su carpeta de datos y vacía esta lista</translation>
    </message>
    <message>
        <source>&amp;Forget the log</source>
        <translation>&amp;Olvidar el registro</translation>
    </message>
</context>
<context>
    <name>IssuerConfig</name>
    <message>
        <source>&quot;%1&quot; is not an absolute address.</source>
        <translation>&quot;%1&quot; no es una dirección absoluta.</translation>
    </message>
    <message>
        <source>The sign-in service calls itself %1, not the address asked.</source>
        <translation>El servicio de inicio de sesión se identifica como %1, no como la dirección solicitada.</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>The answer has no &quot;%1&quot;.</source>
        <translation>La respuesta no contiene &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the answer is not %2.</source>
        <translation>&quot;%1&quot; en la respuesta no es del tipo esperado (%2).</translation>
    </message>
</context>
<context>
    <name>KioskSettingsDialog</name>
    <message>
        <source>Simulated terminal</source>
        <translation>Terminal simulado</translation>
    </message>
    <message>
        <source>Which terminal should this kiosk be?</source>
        <translation>¿Qué terminal debe ser este quiosco?</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>&amp;Device id:</source>
        <translation>&amp;ID de dispositivo:</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>ID de dispositivo</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>&amp;Operating system:</source>
        <translation>&amp;Sistema operativo:</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>&amp;App version:</source>
        <translation>&amp;Versión de la aplicación:</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Versión de la aplicación</translation>
    </message>
    <message>
        <source>The terminal to simulate, from the server&apos;s provisioned devices</source>
        <translation>El terminal que se simula, de entre los dispositivos registrados en el servidor</translation>
    </message>
    <message>
        <source>The terminal model sent in the User-Agent, such as PAX-A920</source>
        <translation>El modelo de terminal enviado en el User-Agent, por ejemplo PAX-A920</translation>
    </message>
    <message>
        <source>The terminal&apos;s operating system, such as Android 12</source>
        <translation>El sistema operativo del terminal, por ejemplo Android 12</translation>
    </message>
    <message>
        <source>The terminal app&apos;s version, such as 1.4.2; below the server&apos;s minimum the terminal must be updated</source>
        <translation>La versión de la aplicación del terminal, por ejemplo 1.4.2; por debajo del mínimo del servidor hay que actualizar el terminal</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Viopay terminal</source>
        <translation>Terminal Viopay</translation>
    </message>
    <message>
        <source>Connecting to Viopay…</source>
        <translation>Conectando con Viopay…</translation>
    </message>
    <message>
        <source>Pair this terminal</source>
        <translation>Vincule este terminal</translation>
    </message>
    <message>
        <source>In the Viopay back office, choose Add terminal and type this code.</source>
        <translation>En el back office de Viopay, elija Añadir terminal y escriba este código.</translation>
    </message>
    <message>
        <source>––– –––</source>
        <translation>––– –––</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>QR code of the claim page</source>
        <translation>Código QR de la página de vinculación</translation>
    </message>
    <message>
        <source>Or scan to open the claim page</source>
        <translation>O escanee para abrir la página de vinculación</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Terminal claimed</source>
        <translation>Terminal vinculado</translation>
    </message>
    <message>
        <source>Cannot get a pairing code</source>
        <translation>No se puede obtener un código de vinculación</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Detalles de la conexión</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Server, clock and connection details (D)</source>
        <translation>Detalles del servidor, el reloj y la conexión (D)</translation>
    </message>
    <message>
        <source>Shows the server, the clock difference and how status updates arrive</source>
        <translation>Muestra el servidor, la diferencia de reloj y cómo llegan las actualizaciones de estado</translation>
    </message>
    <message>
        <source>Tries to get a pairing code again now instead of waiting</source>
        <translation>Vuelve a intentar obtener un código de vinculación ahora en lugar de esperar</translation>
    </message>
    <message>
        <source>If the terminal is released from the account, it pairs again by itself within seconds.</source>
        <translation>Si el terminal se libera de la cuenta, se vuelve a vincular solo en unos segundos.</translation>
    </message>
    <message>
        <source>Keys: R new code · D details · F11 full screen · Esc leave full screen</source>
        <translation>Teclas: R código nuevo · D detalles · F11 pantalla completa · Esc salir de pantalla completa</translation>
    </message>
    <message>
        <source>Activating this terminal</source>
        <translation>Activando este terminal</translation>
    </message>
    <message>
        <source>The merchant has claimed this terminal. It now fetches its keys and settings from Viopay.</source>
        <translation>El comercio ha vinculado este terminal. Ahora obtiene sus claves y su configuración de Viopay.</translation>
    </message>
    <message>
        <source>Ready for payments</source>
        <translation>Listo para pagos</translation>
    </message>
</context>
<context>
    <name>MerchantWindow</name>
    <message>
        <source>Viopay Pairing · Merchant</source>
        <translation>Viopay Pairing · Comercio</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>V&amp;incular</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Dispositivos</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Claim a terminal</source>
        <translation>&amp;Vincular un terminal</translation>
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
        <translation>&amp;Inspector de red</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Fault drills…</source>
        <translation>Simulacros de &amp;fallos…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Refresh devices</source>
        <translation>&amp;Actualizar dispositivos</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Forgets this sign-in on this computer and returns to the sign-in page</source>
        <translation>Olvida este inicio de sesión en este equipo y vuelve a la página de inicio de sesión</translation>
    </message>
    <message>
        <source>Merchant tasks</source>
        <translation>Tareas del comercio</translation>
    </message>
    <message>
        <source>Claim a terminal, or manage this merchant&apos;s devices</source>
        <translation>Vincular un terminal o gestionar los dispositivos de este comercio</translation>
    </message>
    <message>
        <source>Dia&amp;gnose a terminal…</source>
        <translation>Dia&amp;gnosticar un terminal…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Claim man&amp;y</source>
        <translation>Vincular vari&amp;os</translation>
    </message>
    <message>
        <source>Claim &amp;many terminals</source>
        <translation>Vincular varios ter&amp;minales</translation>
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
        <translation>Elija cómo participa este equipo en la vinculación de terminales.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>&amp;Kiosk</source>
        <translation>&amp;Quiosco</translation>
    </message>
    <message>
        <source>Simulate a terminal that shows a pairing code</source>
        <translation>Simular un terminal que muestra un código de vinculación</translation>
    </message>
    <message>
        <source>Simulate a terminal: show its pairing code and wait for a merchant to claim it.</source>
        <translation>Simule un terminal: muestre su código de vinculación y espere a que un comercio lo vincule.</translation>
    </message>
    <message>
        <source>&amp;Merchant</source>
        <translation>&amp;Comercio</translation>
    </message>
    <message>
        <source>Sign in and claim terminals by their code</source>
        <translation>Iniciar sesión y vincular terminales mediante su código</translation>
    </message>
    <message>
        <source>Sign in at the counter, type a terminal&apos;s code and claim it.</source>
        <translation>Inicie sesión en el mostrador, escriba el código de un terminal y vincúlelo.</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demostración</translation>
    </message>
    <message>
        <source>Kiosk and merchant side by side on the built-in sandbox</source>
        <translation>Quiosco y comercio uno junto al otro en el sandbox integrado</translation>
    </message>
    <message>
        <source>Both side by side against the built-in sandbox, for training and demos.</source>
        <translation>Ambos, uno junto al otro, con el sandbox integrado, para formaciones y demostraciones.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Built-in sandbox</source>
        <translation>Sandbox integrado</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>Leave empty to use the built-in sandbox</source>
        <translation>Déjelo vacío para usar el sandbox integrado</translation>
    </message>
    <message>
        <source>Leave empty to use the built-in sandbox.</source>
        <translation>Déjelo vacío para usar el sandbox integrado.</translation>
    </message>
</context>
<context>
    <name>OidcClient</name>
    <message>
        <source>The sign-in service&apos;s key set has no &quot;keys&quot; list.</source>
        <translation>El conjunto de claves del servicio de inicio de sesión no tiene una lista &quot;keys&quot;.</translation>
    </message>
</context>
<context>
    <name>PairingCode</name>
    <message>
        <source>Enter the 6-symbol code shown on the terminal.</source>
        <translation>Introduzca el código de 6 símbolos que aparece en el terminal.</translation>
    </message>
    <message>
        <source>The code is too short: %1 of 6 symbols.</source>
        <translation>El código es demasiado corto: %1 de 6 símbolos.</translation>
    </message>
    <message>
        <source>The code is too long: %1 symbols instead of 6.</source>
        <translation>El código es demasiado largo: %1 símbolos en lugar de 6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (symbol %2) is not allowed: codes use only the letters A to Z and the digits 2 to 9.</source>
        <translation>&quot;%1&quot; (símbolo %2) no está permitido: los códigos solo usan las letras de la A a la Z y los dígitos del 2 al 9.</translation>
    </message>
    <message>
        <source>Codes never contain the digit 0 (it looks like O)</source>
        <translation>Los códigos nunca contienen el dígito 0 (se parece a la O)</translation>
    </message>
    <message>
        <source>Codes never contain the letter O (it looks like 0)</source>
        <translation>Los códigos nunca contienen la letra O (se parece al 0)</translation>
    </message>
    <message>
        <source>Codes never contain the digit 1 (it looks like I)</source>
        <translation>Los códigos nunca contienen el dígito 1 (se parece a la I)</translation>
    </message>
    <message>
        <source>Codes never contain the letter I (it looks like 1)</source>
        <translation>Los códigos nunca contienen la letra I (se parece al 1)</translation>
    </message>
</context>
<context>
    <name>PairingCommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Open the simulated terminal (kiosk mode).</source>
        <translation>Abre el terminal simulado (modo quiosco).</translation>
    </message>
    <message>
        <source>Open merchant mode: sign in and claim terminals.</source>
        <translation>Abre el modo comercio: iniciar sesión y vincular terminales.</translation>
    </message>
    <message>
        <source>Open the kiosk and the merchant side by side on the embedded sandbox, signed in as the demo merchant.</source>
        <translation>Abre el quiosco y el comercio uno junto al otro en el sandbox integrado, con la sesión iniciada como el comercio de demostración.</translation>
    </message>
    <message>
        <source>Show N simulated terminals (1 to 16), each a different provisioned device.</source>
        <translation>Muestra N terminales simulados (de 1 a 16), cada uno un dispositivo aprovisionado distinto.</translation>
    </message>
    <message>
        <source>Viopay API base URL (default: the embedded sandbox).</source>
        <translation>URL base de la API de Viopay (predeterminada: el sandbox integrado).</translation>
    </message>
    <message>
        <source>The simulated terminal&apos;s id (default %1).</source>
        <translation>ID del terminal simulado (predeterminado: %1).</translation>
    </message>
    <message>
        <source>The terminal&apos;s model (default %1).</source>
        <translation>Modelo del terminal (predeterminado: %1).</translation>
    </message>
    <message>
        <source>The terminal&apos;s operating system (default %1).</source>
        <translation>Sistema operativo del terminal (predeterminado: %1).</translation>
    </message>
    <message>
        <source>The terminal app&apos;s version (default %1).</source>
        <translation>Versión de la aplicación del terminal (predeterminada: %1).</translation>
    </message>
    <message>
        <source>Open the windows full screen (Esc leaves it).</source>
        <translation>Abre las ventanas a pantalla completa (Esc para salir).</translation>
    </message>
    <message>
        <source>Language of the interface, such as de, es or vi (default: the system&apos;s).</source>
        <translation>Idioma de la interfaz, como de, es o vi (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>Allow plain http:// to servers other than this computer.</source>
        <translation>Permite http:// sin cifrar hacia servidores distintos de este equipo.</translation>
    </message>
    <message>
        <source>Least severe message to log: debug, info, warning, error.</source>
        <translation>Nivel mínimo de gravedad de los mensajes registrados: debug, info, warning, error.</translation>
    </message>
    <message>
        <source>Viopay Pairing: pair Viopay POS terminals with a merchant account.</source>
        <translation>Viopay Pairing: vincule terminales POS de Viopay con una cuenta de comercio.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>%1 open different modes: choose one</source>
        <translation>%1 abren modos distintos: elija uno</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>--demo always runs on the embedded sandbox: leave out --server</source>
        <translation>--demo siempre se ejecuta en el sandbox integrado: omita --server</translation>
    </message>
    <message>
        <source>--kiosks must be a number from 1 to %1 (got &quot;%2&quot;)</source>
        <translation>--kiosks debe ser un número del 1 al %1 (se recibió &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>--kiosks shows terminals; it does not go with --merchant</source>
        <translation>--kiosks muestra terminales; no se puede combinar con --merchant</translation>
    </message>
    <message>
        <source>--kiosks %1 picks %1 provisioned terminals itself; leave out --device-id, --model, --os and --app-version</source>
        <translation>--kiosks %1 elige por sí mismo %1 terminales aprovisionados; omita --device-id, --model, --os y --app-version</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// URL with a host, such as https://api.viopay.io (got &quot;%1&quot;)</source>
        <translation>--server necesita una URL http:// o https:// con un host, como https://api.viopay.io (se recibió &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--log-level must be one of %1 (got &quot;%2&quot;)</source>
        <translation>--log-level debe ser uno de estos valores: %1 (se recibió &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>--lang needs a language code such as de, es or vi (got &quot;%1&quot;)</source>
        <translation>--lang necesita un código de idioma como de, es o vi (se recibió &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Token of a sandbox&apos;s admin endpoints (fault drills), for a sandbox reachable from other machines; or set VIOPAY_SANDBOX_ADMIN_TOKEN.</source>
        <translation>Token de los puntos de administración de una sandbox (simulacros de fallos), para una sandbox accesible desde otros equipos; o defina VIOPAY_SANDBOX_ADMIN_TOKEN.</translation>
    </message>
    <message>
        <source>Check why the terminal with this id does not pair, print what each check found and exit (1 when a check fails). Changes nothing on the server.</source>
        <translation>Comprueba por qué no se vincula el terminal con este ID, muestra lo que encontró cada comprobación y sale (1 si falla alguna comprobación). No cambia nada en el servidor.</translation>
    </message>
    <message>
        <source>With --diagnose: print the result as JSON.</source>
        <translation>Con --diagnose: muestra el resultado como JSON.</translation>
    </message>
    <message>
        <source>--json goes with --diagnose</source>
        <translation>--json solo se puede usar con --diagnose</translation>
    </message>
    <message>
        <source>--diagnose checks a terminal and exits: leave out --kiosk, --merchant, --demo and --kiosks</source>
        <translation>--diagnose comprueba un terminal y sale: omita --kiosk, --merchant, --demo y --kiosks</translation>
    </message>
    <message>
        <source>The terminal&apos;s factory secrets, a JSON file with identity_key_id, identity_secret and zmk (default: asked of the sandbox).</source>
        <translation>Los secretos de fábrica del terminal, un archivo JSON con identity_key_id, identity_secret y zmk (predeterminado: se piden al sandbox).</translation>
    </message>
    <message>
        <source>Run the terminal&apos;s clock this many seconds ahead (negative: behind), to reproduce a skewed terminal.</source>
        <translation>Adelanta el reloj del terminal estos segundos (negativo: lo atrasa), para reproducir un terminal con el reloj desfasado.</translation>
    </message>
    <message>
        <source>--factory %1: %2</source>
        <translation>--factory %1: %2</translation>
    </message>
    <message>
        <source>--clock-offset needs whole seconds between -%1 and %1 (got &quot;%2&quot;)</source>
        <translation>--clock-offset requiere segundos enteros entre -%1 y %1 (se recibió &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>With --diagnose: also save a support bundle (a zip of the diagnosis, the exchanges, the log, versions and settings, without secrets) to this file.</source>
        <translation>Con --diagnose: guardar también en este archivo un paquete de soporte (un zip con el diagnóstico, los intercambios, el registro, las versiones y la configuración, sin secretos).</translation>
    </message>
    <message>
        <source>--bundle goes with --diagnose</source>
        <translation>--bundle solo se usa con --diagnose</translation>
    </message>
    <message>
        <source>--bundle %1: no such folder</source>
        <translation>--bundle %1: no existe esa carpeta</translation>
    </message>
</context>
<context>
    <name>PairingDiagnosis</name>
    <message>
        <source>API reachable</source>
        <translation>API accesible</translation>
    </message>
    <message>
        <source>Service health</source>
        <translation>Estado del servicio</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Versión de la aplicación</translation>
    </message>
    <message>
        <source>Device provisioned</source>
        <translation>Dispositivo aprovisionado</translation>
    </message>
    <message>
        <source>Pairing state</source>
        <translation>Estado de vinculación</translation>
    </message>
    <message>
        <source>Whose terminal</source>
        <translation>Propietario del terminal</translation>
    </message>
    <message>
        <source>Recent history</source>
        <translation>Historial reciente</translation>
    </message>
    <message>
        <source>Claim lockout</source>
        <translation>Bloqueo de vinculación</translation>
    </message>
    <message>
        <source>Sandbox fault drills</source>
        <translation>Simulacros de fallos del sandbox</translation>
    </message>
    <message>
        <source>Identity key</source>
        <translation>Clave de identidad</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>La dirección del servidor &quot;%1&quot; no es una URL válida.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>La dirección del servidor debe empezar por https://.</translation>
    </message>
    <message>
        <source>Plain http:// is only used for this computer; %1 needs https:// (or start the app with --allow-insecure-http).</source>
        <translation>http:// sin cifrar solo se usa para este equipo; %1 necesita https:// (o inicie la aplicación con --allow-insecure-http).</translation>
    </message>
</context>
<context>
    <name>SessionMerchantChecks</name>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>Not available: sign in as the merchant to check.</source>
        <translation>No disponible: inicie sesión como el comercio para comprobarlo.</translation>
    </message>
    <message>
        <source>Not available (listing the merchant&apos;s terminals): %1</source>
        <translation>No disponible (al listar los terminales del comercio): %1</translation>
    </message>
    <message>
        <source>Try again in a moment; if it persists, tell Viopay support, with the trace id.</source>
        <translation>Vuelva a intentarlo en un momento; si el problema persiste, comuníqueselo al soporte de Viopay con el ID de traza.</translation>
    </message>
    <message>
        <source>Not checked: whose terminal it is is not known.</source>
        <translation>No comprobado: no se sabe de quién es el terminal.</translation>
    </message>
    <message>
        <source>Not available: only the terminal&apos;s own merchant sees its history.</source>
        <translation>No disponible: solo el comercio propietario del terminal ve su historial.</translation>
    </message>
    <message>
        <source>%1&apos;s terminal: %2, status %3.</source>
        <translation>Terminal de %1: %2, estado %3.</translation>
    </message>
    <message>
        <source>Unknown: the server knows no terminal %1, so it is no merchant&apos;s.</source>
        <translation>Desconocido: el servidor no conoce ningún terminal %1, así que no es de ningún comercio.</translation>
    </message>
    <message>
        <source>Check the id on the terminal&apos;s label; a new terminal is provisioned by Viopay for %1 before it can pair.</source>
        <translation>Compruebe el ID de la etiqueta del terminal; Viopay aprovisiona un terminal nuevo para %1 antes de que pueda vincularse.</translation>
    </message>
    <message>
        <source>Another merchant&apos;s: %1 is not among %2&apos;s terminals, so %2&apos;s claims of its codes are refused.</source>
        <translation>De otro comercio: %1 no está entre los terminales de %2, así que se rechazan las vinculaciones de sus códigos por parte de %2.</translation>
    </message>
    <message>
        <source>A terminal pairs only with the merchant it was provisioned for: check the id on its label, or ask Viopay to move it to %1.</source>
        <translation>Un terminal solo se vincula con el comercio para el que se aprovisionó: compruebe el ID de su etiqueta o pida a Viopay que lo traslade a %1.</translation>
    </message>
    <message>
        <source>Not among %1&apos;s terminals; whether it is another merchant&apos;s or unknown could not be told, as bootstrap did not answer.</source>
        <translation>No está entre los terminales de %1; no se pudo saber si es de otro comercio o desconocido, porque el bootstrap no respondió.</translation>
    </message>
    <message>
        <source>Check the id on the terminal&apos;s label.</source>
        <translation>Compruebe el ID de la etiqueta del terminal.</translation>
    </message>
    <message>
        <source>Not available on this server.</source>
        <translation>No disponible en este servidor.</translation>
    </message>
    <message>
        <source>Not available (reading the history): %1</source>
        <translation>No disponible (al leer el historial): %1</translation>
    </message>
    <message numerus="yes">
        <source>No refused claim or failed attestation among its last %n event(s).</source>
        <translation>
            <numerusform>Ninguna vinculación rechazada ni atestación fallida en %n evento reciente.</numerusform>
            <numerusform>Ninguna vinculación rechazada ni atestación fallida en sus %n eventos más recientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last refused claim, %1 by %2: %3.</source>
        <translation>Última vinculación rechazada, %1 por %2: %3.</translation>
    </message>
    <message>
        <source>Last failed attestation, %1: %2.</source>
        <translation>Última atestación fallida, %1: %2.</translation>
    </message>
    <message>
        <source>Claim the code the terminal shows now, read off its screen; a code expires after 5 minutes.</source>
        <translation>Vincule el código que muestra ahora el terminal, leído de su pantalla; un código caduca a los 5 minutos.</translation>
    </message>
    <message>
        <source>Check the terminal&apos;s clock and its factory keys, then let it attest again.</source>
        <translation>Compruebe el reloj del terminal y sus claves de fábrica, y deje que realice la atestación de nuevo.</translation>
    </message>
    <message>
        <source>Claims are locked for %1 more: %2 codes that were not active within 15 minutes.</source>
        <translation>Las vinculaciones están bloqueadas durante %1 más: %2 códigos no activos en 15 minutos.</translation>
    </message>
    <message>
        <source>Wait until the lockout ends, then claim the code the terminal shows at that time.</source>
        <translation>Espere a que termine el bloqueo y vincule entonces el código que muestre el terminal en ese momento.</translation>
    </message>
    <message>
        <source>Type codes carefully: read them off the terminal&apos;s screen.</source>
        <translation>Escriba los códigos con cuidado: léalos en la pantalla del terminal.</translation>
    </message>
    <message numerus="yes">
        <source>Not locked: %n more inactive code(s) within 15 minutes lock claims for all operators.</source>
        <translation>
            <numerusform>Sin bloqueo: %n código no activo más en 15 minutos bloquea las vinculaciones para todos los operadores.</numerusform>
            <numerusform>Sin bloqueo: %n códigos no activos más en 15 minutos bloquean las vinculaciones para todos los operadores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name: %1; location: %2.</source>
        <translation>Nombre: %1; ubicación: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to Viopay</source>
        <translation>Iniciar sesión en Viopay</translation>
    </message>
    <message>
        <source>Sign in with your back-office account to claim terminals for your business.</source>
        <translation>Inicie sesión con su cuenta del back office para vincular terminales a su negocio.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>https://api.viopay.io</source>
        <translation>https://api.viopay.io</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Iniciar sesión como</translation>
    </message>
    <message>
        <source>&amp;Portal user</source>
        <translation>&amp;Usuario del portal</translation>
    </message>
    <message>
        <source>API c&amp;lient</source>
        <translation>Cliente de &amp;API</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Co&amp;rreo electrónico</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>&amp;Mantener la sesión iniciada en este equipo</translation>
    </message>
    <message>
        <source>Only a sign-in token is kept, in this computer&apos;s keychain; never your password.</source>
        <translation>Solo se guarda un token de inicio de sesión, en el llavero de este equipo; nunca su contraseña.</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in with a back-office user&apos;s e-mail and password</source>
        <translation>Iniciar sesión con el correo y la contraseña de un usuario del back office</translation>
    </message>
    <message>
        <source>Sign in with an API client&apos;s id and secret</source>
        <translation>Iniciar sesión con el id y el secreto de un cliente de la API</translation>
    </message>
    <message>
        <source>Your password or client secret; it is never stored</source>
        <translation>Su contraseña o secreto de cliente; nunca se guarda</translation>
    </message>
    <message>
        <source>Signs in to the server above</source>
        <translation>Inicia sesión en el servidor indicado arriba</translation>
    </message>
    <message>
        <source>Not with the built-in sandbox: its data ends when this program closes, so a kept sign-in would find no account next time.</source>
        <translation>No con el sandbox integrado: sus datos se pierden al cerrar este programa, así que un inicio de sesión guardado no encontraría ninguna cuenta la próxima vez.</translation>
    </message>
    <message>
        <source>Connection to Viopay</source>
        <translation>Conexión con Viopay</translation>
    </message>
    <message>
        <source>Opens your web browser at your organisation&apos;s sign-in page; single sign-on and second factors work there</source>
        <translation>Abre su navegador web en la página de inicio de sesión de su organización; el inicio de sesión único y los segundos factores funcionan allí</translation>
    </message>
    <message>
        <source>Sign in with your &amp;browser</source>
        <translation>Iniciar sesión con el &amp;navegador</translation>
    </message>
    <message>
        <source>Shows the sign-in service and the client id this app signs in as</source>
        <translation>Muestra el servicio de inicio de sesión y el ID de cliente con el que inicia sesión esta aplicación</translation>
    </message>
    <message>
        <source>Adva&amp;nced</source>
        <translation>Avan&amp;zado</translation>
    </message>
    <message>
        <source>Sign-in servi&amp;ce</source>
        <translation>Servicio de inici&amp;o de sesión</translation>
    </message>
    <message>
        <source>Sign-in service (OpenID issuer)</source>
        <translation>Servicio de inicio de sesión (emisor OpenID)</translation>
    </message>
    <message>
        <source>The OpenID Connect issuer, such as https://auth.viopay.io/realms/REALM. Empty: the server&apos;s own.</source>
        <translation>El emisor de OpenID Connect, por ejemplo https://auth.viopay.io/realms/REALM. Vacío: el del propio servidor.</translation>
    </message>
    <message>
        <source>&amp;OpenID client id</source>
        <translation>ID de c&amp;liente OpenID</translation>
    </message>
    <message>
        <source>OpenID client id</source>
        <translation>ID de cliente OpenID</translation>
    </message>
    <message>
        <source>The client id this app is registered under at the sign-in service. Empty: viopay-desk.</source>
        <translation>El ID de cliente con el que esta aplicación está registrada en el servicio de inicio de sesión. Vacío: viopay-desk.</translation>
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
        <translation>no indicado</translation>
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
        <translation>No se pudo iniciar el sandbox integrado: %1</translation>
    </message>
    <message>
        <source>Network inspector</source>
        <translation>Inspector de red</translation>
    </message>
    <message>
        <source>Fault drills…</source>
        <translation>Simulacros de fallos…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Diagnose a terminal…</source>
        <translation>Diagnosticar un terminal…</translation>
    </message>
</context>
<context>
    <name>viopay::BrowserSignIn</name>
    <message>
        <source>This sign-in is not the one Viopay Pairing started</source>
        <translation>Este inicio de sesión no es el que inició Viopay Pairing</translation>
    </message>
    <message>
        <source>Return to Viopay Pairing and sign in again.</source>
        <translation>Vuelva a Viopay Pairing e inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sesión no iniciada</translation>
    </message>
    <message>
        <source>Return to Viopay Pairing: it says what happened.</source>
        <translation>Vuelva a Viopay Pairing: allí se indica qué ha pasado.</translation>
    </message>
    <message>
        <source>Signed in to Viopay Pairing</source>
        <translation>Sesión iniciada en Viopay Pairing</translation>
    </message>
    <message>
        <source>You can close this tab and return to Viopay Pairing.</source>
        <translation>Puede cerrar esta pestaña y volver a Viopay Pairing.</translation>
    </message>
    <message>
        <source>The sign-in service sent no identity token: is &quot;openid&quot; allowed for this client?</source>
        <translation>El servicio de inicio de sesión no envió ningún token de identidad: ¿está permitido &quot;openid&quot; para este cliente?</translation>
    </message>
</context>
<context>
    <name>viopay::ClaimPage</name>
    <message>
        <source>Type the 6 symbols shown on the terminal.</source>
        <translation>Escriba los 6 símbolos que aparecen en el terminal.</translation>
    </message>
    <message>
        <source>The code has 6 symbols; %1 typed so far.</source>
        <translation>El código tiene 6 símbolos; ha escrito %1 hasta ahora.</translation>
    </message>
    <message>
        <source>Claiming %1…</source>
        <translation>Vinculando %1…</translation>
    </message>
    <message>
        <source>Terminal claimed</source>
        <translation>Terminal vinculado</translation>
    </message>
    <message>
        <source>%1%2 now belongs to %3. Claimed at %4.</source>
        <translation>%1%2 ahora pertenece a %3. Vinculado a las %4.</translation>
    </message>
    <message>
        <source>This code is not active</source>
        <translation>Este código no está activo</translation>
    </message>
    <message>
        <source>Already claimed</source>
        <translation>Ya vinculado</translation>
    </message>
    <message>
        <source>This terminal has been claimed already. See Devices for its owner, or release it there to pair it again.</source>
        <translation>Este terminal ya se ha vinculado. Consulte Dispositivos para ver su propietario, o libérelo allí para volver a vincularlo.</translation>
    </message>
    <message>
        <source>Another merchant&apos;s terminal</source>
        <translation>Terminal de otro comercio</translation>
    </message>
    <message>
        <source>This terminal belongs to another merchant&apos;s account, so it cannot be claimed here. Check the code, or ask Viopay support to move the terminal.</source>
        <translation>Este terminal pertenece a la cuenta de otro comercio, por lo que no se puede vincular aquí. Compruebe el código o pida al soporte de Viopay que traslade el terminal.</translation>
    </message>
    <message>
        <source>Claims are locked for now</source>
        <translation>Las vinculaciones están bloqueadas por ahora</translation>
    </message>
    <message>
        <source>Too many codes that were not active. You can claim again in %1.</source>
        <translation>Demasiados códigos no activos. Podrá volver a vincular dentro de %1.</translation>
    </message>
    <message>
        <source>The lock is over: you can claim again now.</source>
        <translation>El bloqueo ha terminado: ya puede volver a vincular.</translation>
    </message>
    <message>
        <source>The code was refused</source>
        <translation>Se rechazó el código</translation>
    </message>
    <message>
        <source>The claim did not go through</source>
        <translation>No se pudo completar la vinculación</translation>
    </message>
    <message>
        <source>The code is kept; try again.</source>
        <translation>El código se conserva; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Ask for the code now on the terminal&apos;s screen: it shows the current one. Check each symbol; the code you typed is still here to correct.</source>
        <translation>Consulte ahora el código en la pantalla del terminal: siempre muestra el vigente. Compruebe cada símbolo; el código que escribió sigue aquí para que pueda corregirlo.</translation>
    </message>
    <message>
        <source>1 more code that is not active will lock claims for %1 minutes.</source>
        <translation>1 código no activo más bloqueará las vinculaciones durante %1 minutos.</translation>
    </message>
    <message>
        <source>%1 more codes that are not active will lock claims for %2 minutes.</source>
        <translation>%1 códigos no activos más bloquearán las vinculaciones durante %2 minutos.</translation>
    </message>
    <message>
        <source>Claim a&amp;nother</source>
        <translation>Vincular &amp;otro</translation>
    </message>
    <message>
        <source>This code was just refused</source>
        <translation>Este código se acaba de rechazar</translation>
    </message>
    <message>
        <source>Nothing was sent: the answer would be the same. Ask for the code now on the terminal&apos;s screen and type it.</source>
        <translation>No se envió nada: la respuesta sería la misma. Consulte ahora el código en la pantalla del terminal y escríbalo.</translation>
    </message>
    <message>
        <source>Your role cannot claim terminals</source>
        <translation>Su rol no puede vincular terminales</translation>
    </message>
    <message>
        <source>Claims are locked for %1: too many codes that were not active.</source>
        <translation>Las vinculaciones están bloqueadas durante %1: demasiados códigos no activos.</translation>
    </message>
</context>
<context>
    <name>viopay::ClaimQueue</name>
    <message>
        <source>The name is %1 characters long; a name may have at most %2.</source>
        <translation>El nombre tiene %1 caracteres; un nombre puede tener como máximo %2.</translation>
    </message>
    <message>
        <source>The name holds a tab or another control character.</source>
        <translation>El nombre contiene un tabulador u otro carácter de control.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corregir: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Claiming…</source>
        <translation>Vinculando…</translation>
    </message>
    <message>
        <source>Claimed: %1</source>
        <translation>Vinculado: %1</translation>
    </message>
    <message>
        <source>Not active: ask the terminal for the code it shows now</source>
        <translation>No activo: consulte el código que muestra ahora el terminal</translation>
    </message>
    <message>
        <source>Already claimed: see Devices</source>
        <translation>Ya vinculado: consulte Dispositivos</translation>
    </message>
    <message>
        <source>Another merchant&apos;s terminal</source>
        <translation>Terminal de otro comercio</translation>
    </message>
    <message>
        <source>Your role cannot claim terminals</source>
        <translation>Su rol no puede vincular terminales</translation>
    </message>
    <message>
        <source>Not claimed: claims are locked</source>
        <translation>No vinculado: las vinculaciones están bloqueadas</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>No answer: the sign-in ended first. Claim again to finish it.</source>
        <translation>Sin respuesta: el inicio de sesión terminó antes. Vuelva a vincular para completarlo.</translation>
    </message>
    <message>
        <source>Did not go through: %1</source>
        <translation>No se completó: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>viopay::ClaimQueuePage</name>
    <message>
        <source>Type or paste the codes first, one a line.</source>
        <translation>Escriba o pegue primero los códigos, uno por línea.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) added.</source>
        <translation>
            <numerusform>%n código añadido.</numerusform>
            <numerusform>%n códigos añadidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the queue, left out.</source>
        <translation>
            <numerusform>%n ya estaba en la cola y se omitió.</numerusform>
            <numerusform>%n ya estaban en la cola y se omitieron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n did not fit and stay above: the queue holds %1 rows.</source>
        <translation>
            <numerusform>%n no cabía y se queda arriba: la cola admite %1 filas.</numerusform>
            <numerusform>%n no cabían y se quedan arriba: la cola admite %1 filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the codes typed above to the queue (Ctrl+Enter)</source>
        <translation>Añadir a la cola los códigos escritos arriba (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Claim a&amp;ll</source>
        <translation>Vincular &amp;todos</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>The queue is empty: add codes above.</source>
        <translation>La cola está vacía: añada códigos arriba.</translation>
    </message>
    <message>
        <source>Claimed: %1 · To fix: %2 · Waiting: %3</source>
        <translation>Vinculados: %1 · Por corregir: %2 · En espera: %3</translation>
    </message>
    <message>
        <source>Claiming… %1</source>
        <translation>Vinculando… %1</translation>
    </message>
    <message>
        <source>Stopping after the claim in progress… %1</source>
        <translation>Deteniendo tras la vinculación en curso… %1</translation>
    </message>
    <message>
        <source>%1. The lock is over: Claim all goes on with the waiting rows.</source>
        <translation>%1. El bloqueo ha terminado: Vincular todos continúa con las filas en espera.</translation>
    </message>
    <message>
        <source>%1. Claims are locked for %2: too many codes were not active. A terminal&apos;s code changes every 5 minutes, so ask for the new ones before you go on.</source>
        <translation>%1. Las vinculaciones están bloqueadas durante %2: demasiados códigos no estaban activos. El código de un terminal cambia cada 5 minutos, así que pida los nuevos antes de continuar.</translation>
    </message>
    <message>
        <source>%1. Paused: one more code that is not active would lock claims for %2 minutes. Check the waiting codes, then press Claim all to go on.</source>
        <translation>%1. En pausa: 1 código no activo más bloquearía las vinculaciones durante %2 minutos. Compruebe los códigos en espera y pulse Vincular todos para continuar.</translation>
    </message>
    <message>
        <source>%1. Stopped: a claim did not go through (see its row). Claim all tries the waiting rows again.</source>
        <translation>%1. Detenido: una vinculación no se completó (vea su fila). Vincular todos vuelve a intentar las filas en espera.</translation>
    </message>
    <message>
        <source>%1. The sign-in ended during the run: Claim all goes on with the waiting rows.</source>
        <translation>%1. El inicio de sesión terminó durante la ejecución: Vincular todos continúa con las filas en espera.</translation>
    </message>
    <message>
        <source>%1. Fix a marked row in place (F2), then press Claim all again.</source>
        <translation>%1. Corrija en su sitio una fila marcada (F2) y vuelva a pulsar Vincular todos.</translation>
    </message>
</context>
<context>
    <name>viopay::CodeEntry</name>
    <message>
        <source>Pairing code, 6 symbols</source>
        <translation>Código de vinculación, 6 símbolos</translation>
    </message>
    <message>
        <source>The code is complete: press Enter to claim it, or Backspace to change it.</source>
        <translation>El código está completo: pulse Enter para vincularlo o Backspace para cambiarlo.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <source>%1, %2 of 6 symbols</source>
        <translation>%1, %2 de 6 símbolos</translation>
    </message>
</context>
<context>
    <name>viopay::ConnectionProbe</name>
    <message>
        <source>The name %1 does not resolve (%2).</source>
        <translation>El nombre %1 no se resuelve (%2).</translation>
    </message>
    <message>
        <source>Check the server address for typing mistakes, then this computer&apos;s network and DNS settings.</source>
        <translation>Compruebe que la dirección del servidor no tenga errores de escritura y, después, la configuración de red y DNS de este equipo.</translation>
    </message>
    <message>
        <source>%1 resolves and accepts connections (TCP in %2 ms; plain HTTP, so no TLS).</source>
        <translation>%1 se resuelve y acepta conexiones (TCP en %2 ms; HTTP sin cifrar, así que sin TLS).</translation>
    </message>
    <message>
        <source>This computer has no TLS library to speak https://.</source>
        <translation>Este equipo no tiene ninguna biblioteca TLS para usar https://.</translation>
    </message>
    <message>
        <source>Install OpenSSL 3 (the package libssl3).</source>
        <translation>Instale OpenSSL 3 (el paquete libssl3).</translation>
    </message>
    <message>
        <source>%1 resolves, accepts connections and presents a trusted certificate (TCP in %2 ms, TLS in %3 ms).</source>
        <translation>%1 se resuelve, acepta conexiones y presenta un certificado de confianza (TCP en %2 ms, TLS en %3 ms).</translation>
    </message>
    <message>
        <source>%1 accepts connections, but the TLS handshake failed: %2</source>
        <translation>%1 acepta conexiones, pero la negociación TLS ha fallado: %2</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time and that the address is Viopay&apos;s; behind a proxy that inspects TLS, install the proxy&apos;s certificate. Never ignore this error.</source>
        <translation>Compruebe la fecha y la hora de este equipo y que la dirección sea de Viopay; detrás de un proxy que inspecciona TLS, instale el certificado del proxy. No ignore nunca este error.</translation>
    </message>
    <message>
        <source>Nothing is listening on %1: the connection was refused.</source>
        <translation>No hay nada escuchando en %1: se rechazó la conexión.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>Check the server address and port, that the server is running, and that no firewall blocks the connection.</source>
        <translation>Compruebe la dirección y el puerto del servidor, que el servidor esté en ejecución y que ningún cortafuegos bloquee la conexión.</translation>
    </message>
    <message>
        <source>The name %1 did not resolve within %2 s.</source>
        <translation>El nombre %1 no se resolvió en %2 s.</translation>
    </message>
    <message>
        <source>%1 did not accept a connection within %2 s.</source>
        <translation>%1 no aceptó ninguna conexión en %2 s.</translation>
    </message>
    <message>
        <source>%1 did not finish the TLS handshake within %2 s.</source>
        <translation>%1 no completó la negociación TLS en %2 s.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection, the server address, and any firewall or proxy between them.</source>
        <translation>Compruebe la conexión de red de este equipo, la dirección del servidor y cualquier cortafuegos o proxy entre ambos.</translation>
    </message>
    <message>
        <source>API reachable</source>
        <translation>API accesible</translation>
    </message>
</context>
<context>
    <name>viopay::ContinueInBrowserPage</name>
    <message>
        <source>Link copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Enlace copiado. Péguelo en la barra de direcciones de su navegador.</translation>
    </message>
</context>
<context>
    <name>viopay::CountdownRing</name>
    <message>
        <source>Time left: %1</source>
        <translation>Tiempo restante: %1</translation>
    </message>
    <message>
        <source>Code valid for less than a minute</source>
        <translation>Código válido durante menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>Code valid for %n more minute(s)</source>
        <translation>
            <numerusform>Código válido durante %n minuto más</numerusform>
            <numerusform>Código válido durante %n minutos más</numerusform>
        </translation>
    </message>
    <message>
        <source>Code about to expire; a new one follows</source>
        <translation>El código está a punto de caducar; llegará uno nuevo</translation>
    </message>
</context>
<context>
    <name>viopay::DeviceHistoryModel</name>
    <message>
        <source>Provisioned</source>
        <translation>Aprovisionado</translation>
    </message>
    <message>
        <source>Code shown</source>
        <translation>Código mostrado</translation>
    </message>
    <message>
        <source>Code expired</source>
        <translation>Código caducado</translation>
    </message>
    <message>
        <source>Code replaced</source>
        <translation>Código reemplazado</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <source>Claim refused</source>
        <translation>Vinculación rechazada</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberado</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renombrado</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
    <message>
        <source>Attested</source>
        <translation>Atestación correcta</translation>
    </message>
    <message>
        <source>Attestation failed</source>
        <translation>Atestación fallida</translation>
    </message>
    <message>
        <source>Keys issued</source>
        <translation>Claves emitidas</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see its requests in the network inspector</source>
        <translation>Haga doble clic o pulse Enter para ver sus solicitudes en el inspector de red</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>ID de traza</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Claimed at</source>
        <translation>Vinculado el</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Vinculado por</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Activated at</source>
        <translation>Activado el</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>hace %n d</numerusform>
            <numerusform>hace %n d</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
</context>
<context>
    <name>viopay::DevicesPage</name>
    <message>
        <source>%1 was released. It can be paired again with a new code.</source>
        <translation>%1 se ha liberado. Puede volver a vincularse con un código nuevo.</translation>
    </message>
    <message>
        <source>%1 was not released: %2 (%3)</source>
        <translation>%1 no se liberó: %2 (%3)</translation>
    </message>
    <message>
        <source>Releasing %1…</source>
        <translation>Liberando %1…</translation>
    </message>
    <message>
        <source>Release %1?</source>
        <translation>¿Liberar %1?</translation>
    </message>
    <message>
        <source>Release %1 (%2) from %3?</source>
        <translation>¿Liberar %1 (%2) de %3?</translation>
    </message>
    <message>
        <source>The terminal stops belonging to this account until someone claims it again with a new code.</source>
        <translation>El terminal deja de pertenecer a esta cuenta hasta que alguien vuelva a vincularlo con un código nuevo.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <source>Loading devices…</source>
        <translation>Cargando dispositivos…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s) shown</source>
        <translation>
            <numerusform>%1 de %n dispositivo mostrado</numerusform>
            <numerusform>%1 de %n dispositivos mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices not loaded: %1</source>
        <translation>No se cargaron los dispositivos: %1</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>%1-history.csv</source>
        <translation>%1-historial.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 was not changed: %2 (%3)</source>
        <translation>%1 no se modificó: %2 (%3)</translation>
    </message>
    <message>
        <source>Export devices</source>
        <translation>Exportar dispositivos</translation>
    </message>
    <message>
        <source>devices.csv</source>
        <translation>dispositivos.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>%n fila guardada en %1</numerusform>
            <numerusform>%n filas guardadas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved to %1: %2</source>
        <translation>No se guardó en %1: %2</translation>
    </message>
    <message>
        <source>Select a terminal to see its history.</source>
        <translation>Seleccione un terminal para ver su historial.</translation>
    </message>
    <message>
        <source>History of %1 not loaded: %2</source>
        <translation>No se cargó el historial de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>History of %1: %n event(s)</source>
        <translation>
            <numerusform>Historial de %1: %n evento</numerusform>
            <numerusform>Historial de %1: %n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En vivo</translation>
    </message>
    <message>
        <source>Changes on the server appear here as they happen</source>
        <translation>Los cambios en el servidor aparecen aquí en cuanto se producen</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <source>The server cannot be followed right now; the list is tried again on its own, or press F5</source>
        <translation>Ahora no se puede seguir el servidor; la lista se reintenta sola, o pulse F5</translation>
    </message>
    <message>
        <source>Release the selected terminal so it can be paired again (Delete)</source>
        <translation>Liberar el terminal seleccionado para que pueda volver a vincularse (Delete)</translation>
    </message>
</context>
<context>
    <name>viopay::DiagnoseDialog</name>
    <message>
        <source>Save support bundle</source>
        <translation>Guardar paquete de soporte</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archivo zip (*.zip)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Checking %1 against %2…</source>
        <translation>Comprobando %1 contra %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: the first is selected below.</source>
        <translation>
            <numerusform>%n comprobación fallida: está seleccionada abajo.</numerusform>
            <numerusform>%n comprobaciones fallidas: la primera está seleccionada abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No check failed; %n warning(s).</source>
        <translation>
            <numerusform>Ninguna comprobación fallida; %n advertencia.</numerusform>
            <numerusform>Ninguna comprobación fallida; %n advertencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Todas las comprobaciones son correctas.</translation>
    </message>
    <message>
        <source>The diagnosis is on the clipboard.</source>
        <translation>El diagnóstico está en el portapapeles.</translation>
    </message>
    <message>
        <source>The support bundle was not saved: %1</source>
        <translation>No se guardó el paquete de soporte: %1</translation>
    </message>
    <message>
        <source>Saved %1. It holds no password, token or key.</source>
        <translation>Se guardó %1. No contiene contraseñas, tokens ni claves.</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
</context>
<context>
    <name>viopay::DiagnosisSession</name>
    <message>
        <source>No diagnosis has finished yet.</source>
        <translation>Aún no ha terminado ningún diagnóstico.</translation>
    </message>
</context>
<context>
    <name>viopay::ExchangeFilter</name>
    <message>
        <source>status: wants a status like 404 or 4xx, not &quot;%1&quot;.</source>
        <translation>status: espera un estado como 404 o 4xx, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>method: wants a method like GET or POST, not &quot;%1&quot;.</source>
        <translation>method: espera un método como GET o POST, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>device: wants a device id like POS-8F3A2C91.</source>
        <translation>device: espera un ID de dispositivo como POS-8F3A2C91.</translation>
    </message>
    <message>
        <source>trace: wants the hex digits of a trace id, not &quot;%1&quot;.</source>
        <translation>trace: espera los dígitos hexadecimales de un ID de traza, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown filter &quot;%1:&quot;: use status:, method:, device:, trace: or plain words.</source>
        <translation>Filtro desconocido &quot;%1:&quot;: use status:, method:, device:, trace: o palabras sueltas.</translation>
    </message>
</context>
<context>
    <name>viopay::ExchangeLog</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>ID de traza</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <source>Fault drill</source>
        <translation>Simulacro de fallos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>viopay::FaultDrillsDialog</name>
    <message>
        <source>%1 was released: press R on its screen to pair it again.</source>
        <translation>%1 se ha liberado: pulse R en su pantalla para volver a vincularlo.</translation>
    </message>
    <message>
        <source>%1 was not released: %2 (%3)</source>
        <translation>%1 no se liberó: %2 (%3)</translation>
    </message>
    <message>
        <source>The drill was not applied: %1 (%2)</source>
        <translation>No se aplicó el simulacro: %1 (%2)</translation>
    </message>
    <message>
        <source>No faults: the sandbox answers normally.</source>
        <translation>Sin fallos: el sandbox responde con normalidad.</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <source>%1% of answers %2</source>
        <translation>%1% de las respuestas con %2</translation>
    </message>
    <message>
        <source>In force now: %1.</source>
        <translation>En vigor ahora: %1.</translation>
    </message>
    <message>
        <source>%1&apos;s code was not expired: %2</source>
        <translation>No se pudo hacer caducar el código de %1: %2</translation>
    </message>
    <message>
        <source>%1&apos;s code expired now; the terminal asks for a new one.</source>
        <translation>El código de %1 ha caducado; el terminal pide uno nuevo.</translation>
    </message>
    <message>
        <source>Releasing %1…</source>
        <translation>Liberando %1…</translation>
    </message>
    <message>
        <source>Release the terminal from %1&apos;s account</source>
        <translation>Liberar el terminal de la cuenta de %1</translation>
    </message>
    <message>
        <source>Sign in as the terminal&apos;s merchant to release it</source>
        <translation>Inicie sesión como el comercio del terminal para liberarlo</translation>
    </message>
    <message>
        <source>5000 server error</source>
        <translation>5000 error del servidor</translation>
    </message>
    <message>
        <source>5030 service unavailable</source>
        <translation>5030 servicio no disponible</translation>
    </message>
    <message>
        <source>4290 too many requests</source>
        <translation>4290 demasiadas solicitudes</translation>
    </message>
    <message>
        <source>4010 unauthorized</source>
        <translation>4010 no autorizado</translation>
    </message>
    <message>
        <source>4041 code not found</source>
        <translation>4041 código no encontrado</translation>
    </message>
    <message>
        <source>Fault drills not available: %1 Drills work against a Viopay sandbox.</source>
        <translation>Simulacros de fallos no disponibles: %1 Los simulacros funcionan con un sandbox de Viopay.</translation>
    </message>
    <message>
        <source>offline (connections dropped)</source>
        <translation>fuera de línea (conexiones cortadas)</translation>
    </message>
    <message>
        <source>every answer 503</source>
        <translation>todas las respuestas 503</translation>
    </message>
    <message>
        <source>No, answers normally</source>
        <translation>No, responde con normalidad</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>activation drills for %1</source>
        <translation>simulacros de activación para %1</translation>
    </message>
</context>
<context>
    <name>viopay::HttpTransport</name>
    <message>
        <source>The answer is larger than 1 MiB.</source>
        <translation>La respuesta supera 1 MiB.</translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>No se recibió una respuesta completa en %1 s.</translation>
    </message>
    <message>
        <source>The answer is not a JSON object: %1</source>
        <translation>La respuesta no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>Abandoned for Retry now.</source>
        <translation>Se abandonó por &quot;Reintentar ahora&quot;.</translation>
    </message>
</context>
<context>
    <name>viopay::InspectorWindow</name>
    <message>
        <source>Export HAR</source>
        <translation>Exportar HAR</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>Archivo HTTP (*.har)</translation>
    </message>
    <message>
        <source>Select a request to see its headers, body and timings.</source>
        <translation>Seleccione una solicitud para ver sus encabezados, cuerpo y tiempos.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) match</source>
        <translation>
            <numerusform>Coincidencias: %1 de %n solicitud</numerusform>
            <numerusform>Coincidencias: %1 de %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as a curl command. Secrets stay redacted: fill them in to run it.</source>
        <translation>Copiado como comando curl. Los secretos siguen ocultos: complételos para ejecutarlo.</translation>
    </message>
    <message>
        <source>The HAR file could not be written to %1: %2</source>
        <translation>No se pudo escribir el archivo HAR en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n request(s) to %1.</source>
        <translation>
            <numerusform>Se guardó %n solicitud en %1.</numerusform>
            <numerusform>Se guardaron %n solicitudes en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kept log could not be deleted: %1</source>
        <translation>No se pudo eliminar el registro conservado: %1</translation>
    </message>
    <message>
        <source>The kept log is deleted and this list is empty.</source>
        <translation>Se eliminó el registro conservado y esta lista está vacía.</translation>
    </message>
</context>
<context>
    <name>viopay::KioskActivation</name>
    <message>
        <source>it was altered or wrapped under another key</source>
        <translation>se modificó o se envolvió con otra clave</translation>
    </message>
    <message>
        <source>it is meant for another use</source>
        <translation>está destinado a otro uso</translation>
    </message>
    <message>
        <source>it is not an AES key block of TR-31 version D</source>
        <translation>no es un bloque de claves AES de TR-31 versión D</translation>
    </message>
    <message>
        <source>it is not a well-formed TR-31 key block</source>
        <translation>no es un bloque de claves TR-31 válido</translation>
    </message>
    <message>
        <source>it was sealed under another MSK</source>
        <translation>se selló con otra MSK</translation>
    </message>
    <message>
        <source>it does not decrypt under this terminal&apos;s MSK</source>
        <translation>no se puede descifrar con la MSK de este terminal</translation>
    </message>
    <message>
        <source>its compressed content is damaged</source>
        <translation>su contenido comprimido está dañado</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>it is not a well-formed MSK envelope</source>
        <translation>no es un sobre MSK válido</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Atestación</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Terminal parameters</source>
        <translation>Parámetros del terminal</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
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
        <translation>Este terminal no tiene secretos de fábrica (clave de identidad y ZMK) con los que realizar la atestación.</translation>
    </message>
    <message>
        <source>The attestation ran out before this step; Viopay allows %1 for the steps after it.</source>
        <translation>La atestación caducó antes de este paso; Viopay permite %1 para los pasos posteriores.</translation>
    </message>
    <message>
        <source>The answer has no %1.</source>
        <translation>La respuesta no contiene la %1.</translation>
    </message>
    <message>
        <source>The %1 is declared for &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>La %1 está declarada para &quot;%2&quot;, no para &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The %1&apos;s key block could not be unwrapped: %2.</source>
        <translation>No se pudo desenvolver el bloque de claves de la %1: %2.</translation>
    </message>
    <message>
        <source>The %1&apos;s check value %2 does not match the key it unwrapped.</source>
        <translation>El valor de comprobación %2 de la %1 no coincide con la clave desenvuelta.</translation>
    </message>
    <message>
        <source>The configuration could not be opened: %1.</source>
        <translation>No se pudo abrir la configuración: %1.</translation>
    </message>
    <message>
        <source>The configuration names no terminal id.</source>
        <translation>La configuración no indica ningún ID de terminal.</translation>
    </message>
    <message>
        <source>The configuration is for device %1, not this terminal.</source>
        <translation>La configuración es para el dispositivo %1, no para este terminal.</translation>
    </message>
    <message>
        <source>The terminal parameters could not be opened: %1.</source>
        <translation>No se pudieron abrir los parámetros del terminal: %1.</translation>
    </message>
    <message>
        <source>The terminal parameters are not JSON.</source>
        <translation>Los parámetros del terminal no son JSON.</translation>
    </message>
    <message>
        <source>This terminal holds no MSK to seal its answer with.</source>
        <translation>Este terminal no tiene ninguna MSK con la que sellar su respuesta.</translation>
    </message>
    <message>
        <source>The answer to the activation does not say &quot;activated&quot;.</source>
        <translation>La respuesta a la activación no indica &quot;activated&quot;.</translation>
    </message>
    <message>
        <source>Viopay does not know this terminal&apos;s identity key %1, or has revoked it.</source>
        <translation>Viopay no reconoce la clave de identidad %1 de este terminal o la ha revocado.</translation>
    </message>
    <message>
        <source>Viopay has seen this attestation&apos;s nonce before.</source>
        <translation>Viopay ya ha visto antes el nonce de esta atestación.</translation>
    </message>
    <message>
        <source>The attestation&apos;s signature does not match this terminal&apos;s identity secret.</source>
        <translation>La firma de la atestación no coincide con el secreto de identidad de este terminal.</translation>
    </message>
    <message>
        <source>Viopay no longer accepts this terminal&apos;s attestation; it has to attest again.</source>
        <translation>Viopay ya no acepta la atestación de este terminal; debe realizar la atestación de nuevo.</translation>
    </message>
    <message>
        <source>Viopay expected another step first; the terminal has to attest again.</source>
        <translation>Viopay esperaba antes otro paso; el terminal debe realizar la atestación de nuevo.</translation>
    </message>
    <message>
        <source>Viopay says this terminal is not claimed by a merchant.</source>
        <translation>Según Viopay, ningún comercio ha vinculado este terminal.</translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is too far from Viopay&apos;s; attestation allows 5 minutes behind and 1 minute ahead.</source>
        <translation>El reloj de este terminal difiere demasiado del de Viopay; la atestación admite hasta 5 minutos de retraso y 1 minuto de adelanto.</translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is %1 ahead of Viopay&apos;s; attestation allows 1 minute.</source>
        <translation>El reloj de este terminal va %1 adelantado respecto al de Viopay; la atestación admite 1 minuto.</translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is %1 behind Viopay&apos;s; attestation allows 5 minutes.</source>
        <translation>El reloj de este terminal va %1 atrasado respecto al de Viopay; la atestación admite 5 minutos.</translation>
    </message>
</context>
<context>
    <name>viopay::KioskRoomWindow</name>
    <message numerus="yes">
        <source>Viopay Pairing · %n terminal(s)</source>
        <translation>
            <numerusform>Viopay Pairing · %n terminal</numerusform>
            <numerusform>Viopay Pairing · %n terminales</numerusform>
        </translation>
    </message>
    <message>
        <source>No terminal to show.</source>
        <translation>No hay ningún terminal que mostrar.</translation>
    </message>
</context>
<context>
    <name>viopay::KioskSettingsDialog</name>
    <message>
        <source>Open kiosk</source>
        <translation>Abrir quiosco</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>1 device provisioned on this sandbox: pick it or type an id.</source>
        <translation>1 dispositivo aprovisionado en este sandbox: elíjalo o escriba un ID.</translation>
    </message>
    <message>
        <source>%1 devices provisioned on this sandbox: pick one or type an id.</source>
        <translation>%1 dispositivos aprovisionados en este sandbox: elija uno o escriba un ID.</translation>
    </message>
    <message>
        <source>The list of devices is not available (%1); type the id.</source>
        <translation>La lista de dispositivos no está disponible (%1); escriba el ID.</translation>
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
        <translation>sincronizado con el servidor</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
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
        <translation>%1 de retraso respecto al servidor</translation>
    </message>
    <message>
        <source>%1 ahead of the server</source>
        <translation>%1 de adelanto respecto al servidor</translation>
    </message>
    <message>
        <source>Connecting to Viopay…</source>
        <translation>Conectando con Viopay…</translation>
    </message>
    <message>
        <source>Getting a pairing code…</source>
        <translation>Obteniendo un código de vinculación…</translation>
    </message>
    <message>
        <source>This terminal now belongs to %1.</source>
        <translation>Este terminal ahora pertenece a %1.</translation>
    </message>
    <message>
        <source>A merchant has claimed this terminal.</source>
        <translation>Un comercio ha vinculado este terminal.</translation>
    </message>
    <message>
        <source>Update required</source>
        <translation>Actualización necesaria</translation>
    </message>
    <message>
        <source>This app is older than version %1, the oldest the service accepts. Update the app to pair this terminal.</source>
        <translation>Esta aplicación es anterior a la versión %1, la más antigua que acepta el servicio. Actualice la aplicación para vincular este terminal.</translation>
    </message>
    <message>
        <source>This device is not provisioned</source>
        <translation>Este dispositivo no está aprovisionado</translation>
    </message>
    <message>
        <source>Viopay does not know this terminal&apos;s device id. Check the id, or ask your Viopay contact to provision it.</source>
        <translation>Viopay no reconoce el ID de dispositivo de este terminal. Compruebe el ID o pida a su contacto de Viopay que lo aprovisione.</translation>
    </message>
    <message>
        <source>Pairing code %1</source>
        <translation>Código de vinculación %1</translation>
    </message>
    <message>
        <source>Trying again in %1 s.</source>
        <translation>Reintentando en %1 s.</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <translation>aún sin medir</translation>
    </message>
    <message>
        <source>held by the server, a claim shows at once</source>
        <translation>el servidor las retiene; una vinculación se muestra al instante</translation>
    </message>
    <message>
        <source>asked every %1 s</source>
        <translation>se consultan cada %1 s</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation>Reloj: %1</translation>
    </message>
    <message>
        <source>Status updates: %1</source>
        <translation>Actualizaciones de estado: %1</translation>
    </message>
    <message>
        <source>Codes this session: %1</source>
        <translation>Códigos en esta sesión: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>A new one comes every %n second(s).</source>
        <translation>
            <numerusform>Cada %n segundo se genera uno nuevo.</numerusform>
            <numerusform>Cada %n segundos se genera uno nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new one comes every %n minute(s).</source>
        <translation>
            <numerusform>Cada %n minuto se genera uno nuevo.</numerusform>
            <numerusform>Cada %n minutos se genera uno nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>First code of this session.</source>
        <translation>Primer código de esta sesión.</translation>
    </message>
    <message>
        <source>Code %1 of this session.</source>
        <translation>Código %1 de esta sesión.</translation>
    </message>
    <message>
        <source>The previous code was replaced elsewhere; showing a new one.</source>
        <translation>El código anterior se sustituyó en otro lugar; se muestra uno nuevo.</translation>
    </message>
    <message>
        <source>%1 The code stays valid; the terminal keeps checking for a claim.
%2</source>
        <translation>%1 El código sigue siendo válido; el terminal sigue comprobando si se ha vinculado.
%2</translation>
    </message>
    <message>
        <source>Viopay terminal %1</source>
        <translation>Terminal Viopay %1</translation>
    </message>
    <message>
        <source>This terminal was released by its merchant; pair it again with this code.</source>
        <translation>Su comercio liberó este terminal; vincúlelo de nuevo con este código.</translation>
    </message>
    <message>
        <source>This terminal is claimed by a merchant; release it in the merchant&apos;s device list to pair it again.</source>
        <translation>Este terminal está vinculado a un comercio; libérelo en la lista de dispositivos del comercio para vincularlo de nuevo.</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Código nuevo</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Detalles de la conexión</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Attestation valid for another %1:%2</source>
        <translation>Atestación válida durante %1:%2 más</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Terminal %1</translation>
    </message>
    <message>
        <source>Activated %1</source>
        <translation>Activado el %1</translation>
    </message>
    <message>
        <source>Activation stopped at step %1 of %2: %3</source>
        <translation>La activación se detuvo en el paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Retry starts again at: %1.</source>
        <translation>El reintento empieza de nuevo en: %1.</translation>
    </message>
    <message>
        <source>(clock offset %1 s)</source>
        <translation>(desfase del reloj %1 s)</translation>
    </message>
    <message>
        <source>Warning: this terminal&apos;s clock is %1; attestation allows %2 behind and %3 ahead, so activation will fail.</source>
        <translation>Advertencia: el reloj de este terminal tiene %1; la atestación admite %2 de retraso y %3 de adelanto, por lo que la activación fallará.</translation>
    </message>
</context>
<context>
    <name>viopay::LocationComboBox</name>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
</context>
<context>
    <name>viopay::LocationDelegate</name>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>The store this terminal belongs to</source>
        <translation>La tienda a la que pertenece este terminal</translation>
    </message>
</context>
<context>
    <name>viopay::MerchantSession</name>
    <message>
        <source>Your role (%1) can see the terminals but not claim, release, rename or move them. Ask an administrator of %2.</source>
        <translation>Su rol (%1) puede ver los terminales, pero no vincularlos, liberarlos, renombrarlos ni moverlos. Consulte a un administrador de %2.</translation>
    </message>
</context>
<context>
    <name>viopay::MerchantWindow</name>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; for &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Sesión iniciada como &lt;b&gt;%1&lt;/b&gt; para &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This sign-in could not be kept: the keychain is locked or not available (%1). You are signed in for this session only.</source>
        <translation>No se pudo conservar este inicio de sesión: el llavero está bloqueado o no está disponible (%1). La sesión solo durará hasta que cierre la aplicación.</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>¿Cerrar sesión?</translation>
    </message>
    <message>
        <source>Sign out of this computer?</source>
        <translation>¿Cerrar sesión en este equipo?</translation>
    </message>
    <message>
        <source>This sign-in is not kept, so you will need your password to sign in again.</source>
        <translation>Este inicio de sesión no se conserva, así que necesitará su contraseña para volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>S&amp;tay signed in</source>
        <translation>&amp;Mantener la sesión</translation>
    </message>
</context>
<context>
    <name>viopay::ModeChooserDialog</name>
    <message>
        <source>Leave empty to use the built-in sandbox.</source>
        <translation>Déjelo vacío para usar el sandbox integrado.</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address with a host name, such as https://api.viopay.io.</source>
        <translation>Introduzca una dirección http:// o https:// con un nombre de host, como https://api.viopay.io.</translation>
    </message>
</context>
<context>
    <name>viopay::PairingDiagnosis</name>
    <message>
        <source>Not checked: the app refuses this server&apos;s address.</source>
        <translation>No comprobado: la aplicación rechaza la dirección de este servidor.</translation>
    </message>
    <message>
        <source>Not checked: the server could not be reached.</source>
        <translation>No comprobado: no se pudo conectar con el servidor.</translation>
    </message>
    <message>
        <source>/health/live answered in %1 ms.</source>
        <translation>/health/live respondió en %1 ms.</translation>
    </message>
    <message>
        <source>Not available on this server: it has no /health/live.</source>
        <translation>No disponible en este servidor: no tiene /health/live.</translation>
    </message>
    <message>
        <source>/health/live failed: %1</source>
        <translation>/health/live ha fallado: %1</translation>
    </message>
    <message>
        <source>The service itself has a problem: tell Viopay support, with the trace id.</source>
        <translation>El propio servicio tiene un problema: comuníqueselo al soporte de Viopay con el ID de traza.</translation>
    </message>
    <message>
        <source>Not checked: the server accepts connections but did not answer.</source>
        <translation>No comprobado: el servidor acepta conexiones, pero no respondió.</translation>
    </message>
    <message>
        <source>Not checked: the server did not answer bootstrap for this device.</source>
        <translation>No comprobado: el servidor no respondió al bootstrap de este dispositivo.</translation>
    </message>
    <message>
        <source>The server does not know %1: it is not provisioned.</source>
        <translation>El servidor no reconoce %1: no está aprovisionado.</translation>
    </message>
    <message>
        <source>A terminal must be provisioned before it can pair: ask Viopay (or the sandbox&apos;s admin) to provision %1, and check the id on the terminal&apos;s label.</source>
        <translation>Un terminal debe estar aprovisionado antes de poder vincularse: pida a Viopay (o al administrador del sandbox) que aprovisione %1 y compruebe el ID en la etiqueta del terminal.</translation>
    </message>
    <message>
        <source>Bootstrap as this device failed: %1</source>
        <translation>Falló el bootstrap como este dispositivo: %1</translation>
    </message>
    <message>
        <source>Try again in a moment; if it persists, tell Viopay support, with the trace id.</source>
        <translation>Vuelva a intentarlo en un momento; si el problema persiste, comuníqueselo al soporte de Viopay con el ID de traza.</translation>
    </message>
    <message>
        <source>Not checked: the device&apos;s bootstrap did not succeed.</source>
        <translation>No comprobado: el bootstrap del dispositivo no se completó.</translation>
    </message>
    <message>
        <source>The server knows %1 (bootstrap answered).</source>
        <translation>El servidor reconoce %1 (el bootstrap respondió).</translation>
    </message>
    <message>
        <source>this computer&apos;s clock agrees with the server&apos;s</source>
        <translation>el reloj de este equipo coincide con el del servidor</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 ahead</source>
        <translation>el reloj de este equipo va %1 adelantado</translation>
    </message>
    <message>
        <source>this computer&apos;s clock is %1 behind</source>
        <translation>el reloj de este equipo va %1 atrasado</translation>
    </message>
    <message>
        <source>%1 (server time %2); attestation allows 5 min behind and 1 min ahead.</source>
        <translation>%1 (hora del servidor %2); la atestación admite 5 min de retraso y 1 min de adelanto.</translation>
    </message>
    <message>
        <source>%1 (server time %2), outside what attestation allows: 5 min behind, 1 min ahead.</source>
        <translation>%1 (hora del servidor %2), fuera de lo que admite la atestación: 5 min de retraso, 1 min de adelanto.</translation>
    </message>
    <message>
        <source>Set the terminal&apos;s date, time and time zone automatically (NTP), then try again.</source>
        <translation>Configure la fecha, la hora y la zona horaria del terminal en automático (NTP) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Not available on this server: it names no minimum version.</source>
        <translation>No disponible en este servidor: no indica ninguna versión mínima.</translation>
    </message>
    <message>
        <source>App version %1 is below the server&apos;s minimum %2.</source>
        <translation>La versión de la aplicación %1 es inferior a la mínima del servidor, %2.</translation>
    </message>
    <message>
        <source>Update the Viopay app on the terminal to %1 or later.</source>
        <translation>Actualice la aplicación de Viopay del terminal a la versión %1 o posterior.</translation>
    </message>
    <message>
        <source>App version %1 meets the server&apos;s minimum %2.</source>
        <translation>La versión de la aplicación %1 cumple la mínima del servidor, %2.</translation>
    </message>
    <message>
        <source>The device&apos;s status could not be read: %1</source>
        <translation>No se pudo leer el estado del dispositivo: %1</translation>
    </message>
    <message>
        <source>a merchant</source>
        <translation>un comercio</translation>
    </message>
    <message>
        <source>Already paired and activated, by %1.</source>
        <translation>Ya vinculado y activado por %1.</translation>
    </message>
    <message>
        <source>Nothing to pair. To pair it with another merchant, its merchant releases it first.</source>
        <translation>No hay nada que vincular. Para vincularlo a otro comercio, su comercio debe liberarlo primero.</translation>
    </message>
    <message>
        <source>Already claimed by %1; activation has not finished.</source>
        <translation>Ya vinculado por %1; la activación no ha terminado.</translation>
    </message>
    <message>
        <source>Let the terminal finish activation (attest, keys, config, activate). To pair it with another merchant, its merchant releases it first.</source>
        <translation>Deje que el terminal termine la activación (atestación, claves, configuración, activación). Para vincularlo a otro comercio, su comercio debe liberarlo primero.</translation>
    </message>
    <message>
        <source>A pairing code is waiting for the merchant, %1 left.</source>
        <translation>Hay un código de vinculación esperando al comercio; quedan %1.</translation>
    </message>
    <message>
        <source>A pairing code is waiting for the merchant.</source>
        <translation>Hay un código de vinculación esperando al comercio.</translation>
    </message>
    <message>
        <source>The merchant claims the code on the terminal&apos;s screen before it runs out.</source>
        <translation>El comercio vincula el código de la pantalla del terminal antes de que caduque.</translation>
    </message>
    <message>
        <source>The terminal&apos;s last pairing code expired unclaimed.</source>
        <translation>El último código de vinculación del terminal caducó sin usarse.</translation>
    </message>
    <message>
        <source>Show a new code on the terminal and claim it within 5 minutes.</source>
        <translation>Muestre un código nuevo en el terminal y vincúlelo en un plazo de 5 minutos.</translation>
    </message>
    <message>
        <source>Not claimed, and no pairing code yet.</source>
        <translation>Sin vincular y aún sin código de vinculación.</translation>
    </message>
    <message>
        <source>Start pairing on the terminal to show a code, then the merchant claims it.</source>
        <translation>Inicie la vinculación en el terminal para mostrar un código; después, el comercio lo vincula.</translation>
    </message>
    <message>
        <source>Not available: sign in as the merchant to check.</source>
        <translation>No disponible: inicie sesión como el comercio para comprobarlo.</translation>
    </message>
    <message>
        <source>Not available: the sandbox&apos;s admin endpoints need --admin-token for a server beyond this computer.</source>
        <translation>No disponible: los puntos de administración del sandbox necesitan --admin-token para un servidor fuera de este equipo.</translation>
    </message>
    <message>
        <source>Not available on this server: it is not a sandbox.</source>
        <translation>No disponible en este servidor: no es un sandbox.</translation>
    </message>
    <message>
        <source>Not available: the sandbox refused its admin endpoints (HTTP %1).</source>
        <translation>No disponible: el sandbox rechazó el acceso a sus puntos de administración (HTTP %1).</translation>
    </message>
    <message>
        <source>Not available: the sandbox&apos;s fault drills could not be read: %1</source>
        <translation>No disponible: no se pudieron leer los simulacros de fallos del sandbox: %1</translation>
    </message>
    <message>
        <source>Give the sandbox&apos;s admin token with --admin-token (or VIOPAY_SANDBOX_ADMIN_TOKEN).</source>
        <translation>Indique el token de administración del sandbox con --admin-token (o VIOPAY_SANDBOX_ADMIN_TOKEN).</translation>
    </message>
    <message>
        <source>Not available: needs the sandbox&apos;s admin endpoints.</source>
        <translation>No disponible: requiere los puntos de administración del sandbox.</translation>
    </message>
    <message>
        <source>offline (every API answer 503)</source>
        <translation>fuera de línea (todas las respuestas de la API, 503)</translation>
    </message>
    <message>
        <source>%1 ms added latency</source>
        <translation>%1 ms de latencia añadida</translation>
    </message>
    <message>
        <source>%1% of answers replaced by error %2</source>
        <translation>%1% de las respuestas sustituidas por el error %2</translation>
    </message>
    <message>
        <source>No fault drill is in force.</source>
        <translation>No hay ningún simulacro de fallos en vigor.</translation>
    </message>
    <message>
        <source>Fault drills in force: %1.</source>
        <translation>Simulacros de fallos en vigor: %1.</translation>
    </message>
    <message>
        <source>These make the sandbox fail on purpose: turn them off (Fault drills, or PUT /sandbox/faults with the defaults) unless you are training with them.</source>
        <translation>Hacen fallar el sandbox a propósito: desactívelos (Simulacros de fallos, o PUT /sandbox/faults con los valores predeterminados) salvo que esté practicando con ellos.</translation>
    </message>
    <message>
        <source>Not checked: the device is not provisioned.</source>
        <translation>No comprobado: el dispositivo no está aprovisionado.</translation>
    </message>
    <message>
        <source>Not available on this server: it has no factory secrets endpoint.</source>
        <translation>No disponible en este servidor: no tiene un punto de conexión de secretos de fábrica.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <source>Not available: the answer names no identity key.</source>
        <translation>No disponible: la respuesta no indica ninguna clave de identidad.</translation>
    </message>
    <message>
        <source>The identity key %1 is revoked.</source>
        <translation>La clave de identidad %1 está revocada.</translation>
    </message>
    <message>
        <source>Attestation will fail: the sandbox&apos;s admin re-provisions the terminal.</source>
        <translation>La atestación fallará: el administrador del sandbox debe volver a aprovisionar el terminal.</translation>
    </message>
    <message>
        <source>The identity key %1 is active.</source>
        <translation>La clave de identidad %1 está activa.</translation>
    </message>
    <message>
        <source>activation drills for %1</source>
        <translation>simulacros de activación para %1</translation>
    </message>
    <message>
        <source>Not checked: no app version was given. The server&apos;s minimum is %1.</source>
        <translation>No comprobado: no se indicó la versión de la aplicación. El mínimo del servidor es %1.</translation>
    </message>
    <message>
        <source>Give the version the terminal&apos;s app shows in its settings to check it.</source>
        <translation>Indique la versión que muestra la aplicación del terminal en su configuración para comprobarla.</translation>
    </message>
</context>
<context>
    <name>viopay::SignInPage</name>
    <message>
        <source>&amp;E-mail</source>
        <translation>Co&amp;rreo electrónico</translation>
    </message>
    <message>
        <source>Client s&amp;ecret</source>
        <translation>Secr&amp;eto de cliente</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>e.g. cafe-lumen-desk</source>
        <translation>p. ej., cafe-lumen-desk</translation>
    </message>
    <message>
        <source>name@business.example</source>
        <translation>name@business.example</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The client secret is kept in this computer&apos;s keychain, nowhere else.</source>
        <translation>El secreto de cliente se guarda en el llavero de este equipo y en ningún otro sitio.</translation>
    </message>
    <message>
        <source>Only a sign-in token is kept, in this computer&apos;s keychain; never your password.</source>
        <translation>Solo se guarda un token de inicio de sesión, en el llavero de este equipo; nunca su contraseña.</translation>
    </message>
    <message>
        <source>The server address is not a web address such as https://api.viopay.io.</source>
        <translation>La dirección del servidor no es una dirección web como https://api.viopay.io.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Iniciando sesión como %1…</translation>
    </message>
    <message>
        <source>The client id or the client secret is wrong.</source>
        <translation>El ID de cliente o el secreto de cliente no son correctos.</translation>
    </message>
    <message>
        <source>The e-mail or the password is wrong.</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this account is locked. Try again in %1.</source>
        <translation>Demasiados inicios de sesión fallidos: esta cuenta está bloqueada. Vuelva a intentarlo dentro de %1.</translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>Ya puede volver a intentar iniciar sesión.</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired or was revoked. Sign in again.</source>
        <translation>Su inicio de sesión guardado ha caducado o se ha revocado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server ended your session. Sign in again; nothing you typed was lost.</source>
        <translation>El servidor cerró su sesión. Vuelva a iniciar sesión; no se ha perdido nada de lo que escribió.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain is locked or not available (%1), so a sign-in cannot be kept. Sign in for this session only.</source>
        <translation>El llavero de este equipo está bloqueado o no está disponible (%1), así que no se puede conservar el inicio de sesión. Puede iniciar sesión, pero solo durará hasta que cierre la aplicación.</translation>
    </message>
    <message>
        <source>Fill in the client id.</source>
        <translation>Escriba el id de cliente.</translation>
    </message>
    <message>
        <source>Fill in the e-mail address.</source>
        <translation>Escriba la dirección de correo.</translation>
    </message>
    <message>
        <source>Fill in the client secret.</source>
        <translation>Escriba el secreto de cliente.</translation>
    </message>
    <message>
        <source>Fill in the password.</source>
        <translation>Escriba la contraseña.</translation>
    </message>
    <message>
        <source>Client i&amp;d</source>
        <translation>I&amp;D de cliente</translation>
    </message>
    <message>
        <source>Sign &amp;in with password</source>
        <translation>&amp;Iniciar sesión con contraseña</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser, so you are not signed in. Try again, or ask your administrator for access.</source>
        <translation>El inicio de sesión se rechazó en el navegador, así que no ha iniciado sesión. Vuelva a intentarlo o pida acceso a su administrador.</translation>
    </message>
    <message>
        <source>Browser sign-in cancelled. Nothing waits for the browser any more; a sign-in finished there now has no effect.</source>
        <translation>Inicio de sesión en el navegador cancelado. Ya no se espera al navegador; un inicio de sesión completado allí ya no tiene efecto.</translation>
    </message>
    <message>
        <source>The browser came back from a sign-in this app did not start, so it was ignored. Sign in again.</source>
        <translation>El navegador volvió de un inicio de sesión que esta aplicación no inició, así que se ha ignorado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in service %1 could not be reached: %2</source>
        <translation>No se pudo acceder al servicio de inicio de sesión %1: %2</translation>
    </message>
    <message>
        <source>The browser sign-in did not complete: %1</source>
        <translation>El inicio de sesión en el navegador no se completó: %1</translation>
    </message>
    <message>
        <source>Checking the connection to Viopay…</source>
        <translation>Comprobando la conexión con Viopay…</translation>
    </message>
    <message>
        <source>Viopay reachable</source>
        <translation>Viopay accesible</translation>
    </message>
    <message>
        <source>The server answers, but not as Viopay: its health check gave HTTP %1.</source>
        <translation>El servidor responde, pero no como Viopay: su comprobación de estado devolvió HTTP %1.</translation>
    </message>
    <message>
        <source>Viopay is not reachable: %1</source>
        <translation>Viopay no es accesible: %1</translation>
    </message>
</context>
<context>
    <name>viopay::StillWaitingNotice</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>Reintentar a&amp;hora</translation>
    </message>
    <message>
        <source>Gives up on the attempt that gets no answer and sends it again now</source>
        <translation>Abandona el intento que no recibe respuesta y vuelve a enviarlo ahora</translation>
    </message>
    <message>
        <source>Still waiting for %1… (attempt %2 of %3)</source>
        <translation>Esperando todavía a %1… (intento %2 de %3)</translation>
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
        <translation>Solo se pudieron aprovisionar %1 de %2 terminales.</translation>
    </message>
    <message>
        <source>The server has %1 provisioned terminals; %2 were asked for.</source>
        <translation>El servidor tiene %1 terminales aprovisionados; se pidieron %2.</translation>
    </message>
    <message>
        <source>Terminals not listed: %1</source>
        <translation>No se pudieron listar los terminales: %1</translation>
    </message>
</context>
</TS>
