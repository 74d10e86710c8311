<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>ApiErrors</name>
        <message>
            <source>Variations cannot run in a batch.</source>
            <extracomment>Statuses after which a batch changes no more.</extracomment>
            <translation>Varianten können nicht in einem Stapel laufen.</translation>
        </message>
        <message>
            <source>The server's batch was not in the expected form.</source>
            <extracomment>Why the server refused the whole batch (validation errors), when it did.</extracomment>
            <translation>Der Stapel des Servers hatte nicht die erwartete Form.</translation>
        </message>
        <message>
            <source>The server's file was not in the expected form.</source>
            <translation>Die Datei des Servers hatte nicht die erwartete Form.</translation>
        </message>
        <message>
            <source>The server's answer was not JSON.</source>
            <translation>Die Antwort des Servers war kein JSON.</translation>
        </message>
        <message>
            <source>The server's list of models was not in the expected form.</source>
            <extracomment>One event holds a whole base64 image: a 3840x2160 RGBA PNG of noise is about 44 MB. Set while ``run`` keeps the overall deadline, so the calls inside it keep no other. The most a ``response_format=url`` link may send: far above any real image. Seconds to wait for any one read (or write) of a request. Seconds one ``run`` may take in all, retries and streaming included. Seconds and bytes one image link may take. The day model lifecycles are judged on; None: the real date (tests fix it).</extracomment>
            <translation>Die Modellliste des Servers hatte nicht die erwartete Form.</translation>
        </message>
        <message>
            <source>The server's answer held no images.</source>
            <translation>Die Antwort des Servers enthielt keine Bilder.</translation>
        </message>
        <message>
            <source>The request was stopped after {seconds:g} s without its final image (the overall time limit).</source>
            <translation>Die Anfrage wurde nach {seconds:g} s ohne ihr endgültiges Bild abgebrochen (Gesamtzeitlimit).</translation>
        </message>
        <message>
            <source>The connection broke before the final image arrived.</source>
            <translation>Die Verbindung brach ab, bevor das endgültige Bild ankam.</translation>
        </message>
        <message>
            <source>The stream ended before the final image arrived.</source>
            <translation>Der Stream endete, bevor das endgültige Bild ankam.</translation>
        </message>
        <message>
            <source>The server's answer held a malformed image.</source>
            <translation>Die Antwort des Servers enthielt ein fehlerhaftes Bild.</translation>
        </message>
        <message>
            <source>The server's answer held an empty image.</source>
            <translation>Die Antwort des Servers enthielt ein leeres Bild.</translation>
        </message>
        <message>
            <source>Studio did not download the image from {host}: {problem}</source>
            <translation>Studio hat das Bild nicht von {host} heruntergeladen: {problem}</translation>
        </message>
        <message>
            <source>The image link at {host} sent more than {limit} MB; Studio stopped the download.</source>
            <translation>Der Bildlink bei {host} lieferte mehr als {limit} MB; Studio hat den Download abgebrochen.</translation>
        </message>
        <message>
            <source>The image link answered {status}; it may have expired.</source>
            <translation>Der Bildlink antwortete mit {status}; er ist möglicherweise abgelaufen.</translation>
        </message>
        <message>
            <source>The image from {host} did not arrive within {seconds:g} s.</source>
            <translation>Das Bild von {host} kam nicht innerhalb von {seconds:g} s an.</translation>
        </message>
        <message>
            <source>The image could not be downloaded from {host}: {reason}</source>
            <translation>Das Bild konnte nicht von {host} heruntergeladen werden: {reason}</translation>
        </message>
        <message>
            <source>the link is not an https link.</source>
            <translation>der Link ist kein https-Link.</translation>
        </message>
        <message>
            <source>the link holds a user name or password.</source>
            <translation>der Link enthält einen Benutzernamen oder ein Passwort.</translation>
        </message>
        <message>
            <source>the link is not https (plain http is only followed to a provider on this network).</source>
            <translation>der Link ist nicht https (einfachem http folgt Studio nur zu einem Anbieter in diesem Netzwerk).</translation>
        </message>
        <message>
            <source>the link leads to a private or local address ({address}).</source>
            <translation>der Link führt zu einer privaten oder lokalen Adresse ({address}).</translation>
        </message>
        <message>
            <source>{host} did not finish answering within {seconds:g} s.</source>
            <translation>Die Antwort von {host} war nach {seconds:g} s noch nicht vollständig.</translation>
        </message>
        <message>
            <source>{host} did not answer in time.</source>
            <translation>Keine rechtzeitige Antwort von {host}.</translation>
        </message>
        <message>
            <source>Could not reach {host}: {reason}</source>
            <translation>Keine Verbindung zu {host}: {reason}</translation>
        </message>
        <message>
            <source>The server sent an image that could not be decoded.</source>
            <translation>Der Server sandte ein Bild, das sich nicht dekodieren ließ.</translation>
        </message>
        <message>
            <source>The server sent an unreadable event.</source>
            <translation>Der Server sandte ein unlesbares Ereignis.</translation>
        </message>
        <message>
            <source>The server stopped the stream with an error ({detail}).</source>
            <extracomment>The HTTP status an error's ``type`` stands for, when it arrives inside a stream (already 200).</extracomment>
            <translation>Der Server hat den Stream mit einem Fehler beendet ({detail}).</translation>
        </message>
        <message>
            <source>The server stopped the stream with an error.</source>
            <translation>Der Server hat den Stream mit einem Fehler beendet.</translation>
        </message>
        <message>
            <source>the server</source>
            <translation>dem Server</translation>
        </message>
        <message>
            <source>Image {number} from the server is not a usable image ({reason}).</source>
            <translation>Bild {number} vom Server ist kein brauchbares Bild ({reason}).</translation>
        </message>
        <message>
            <source>The server's answer held no usable image: {unusable}</source>
            <translation>Die Antwort des Servers enthielt kein brauchbares Bild: {unusable}</translation>
        </message>
        <message>
            <source>The image link's host {host} could not be found.</source>
            <translation>Der Host {host} des Bildlinks wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>the connection was refused (is the server running?).</source>
            <translation>die Verbindung wurde abgelehnt (läuft der Server?).</translation>
        </message>
        <message>
            <source>the host name could not be found.</source>
            <translation>der Hostname wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>Transparent backgrounds are a preview on gpt-image-2 and some deployments refuse them: choose an opaque background, or a 2.5 or 2.6 model.</source>
            <extracomment>What a person can do when the server refuses one of these parameters.</extracomment>
            <translation>Transparente Hintergründe sind bei gpt-image-2 eine Vorschaufunktion, und manche Bereitstellungen lehnen sie ab: wählen Sie einen deckenden Hintergrund oder ein 2.5- oder 2.6-Modell.</translation>
        </message>
        <message>
            <source>{sentence} The server said: {detail}</source>
            <extracomment>The server may have started the work (and billed it): never resend on its own. The server's own words, when the sentence above rephrased them. The last partial image received before the stream broke, if any. How much of a server's words a message quotes.</extracomment>
            <translation>{sentence} Der Server meldete: {detail}</translation>
        </message>
        <message>
            <source>The safety system refused this request. Rephrase the prompt or use another image.</source>
            <translation>Das Sicherheitssystem hat diese Anfrage abgelehnt. Formulieren Sie den Prompt um oder verwenden Sie ein anderes Bild.</translation>
        </message>
        <message>
            <source>The server did not accept the API key. Check the key in Settings → Providers.</source>
            <translation>Der Server hat den API-Schlüssel nicht akzeptiert. Prüfen Sie den Schlüssel unter Einstellungen → Anbieter.</translation>
        </message>
        <message>
            <source>This API key is not allowed to do that.</source>
            <translation>Dieser API-Schlüssel darf das nicht.</translation>
        </message>
        <message>
            <source>The server no longer offers this model. Choose another model.</source>
            <translation>Der Server bietet dieses Modell nicht mehr an. Wählen Sie ein anderes Modell.</translation>
        </message>
        <message>
            <source>The server does not know what was asked for.</source>
            <translation>Der Server kennt das Angefragte nicht.</translation>
        </message>
        <message>
            <source>The account has run out of credit or quota; check its billing.</source>
            <translation>Das Konto hat kein Guthaben oder Kontingent mehr; prüfen Sie die Abrechnung.</translation>
        </message>
        <message>
            <source>The server is getting too many requests. Try again in {seconds:.0f} s.</source>
            <translation>Der Server erhält zu viele Anfragen. Versuchen Sie es in {seconds:.0f} s erneut.</translation>
        </message>
        <message>
            <source>The server is getting too many requests. Try again shortly.</source>
            <translation>Der Server erhält zu viele Anfragen. Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>The server had a problem ({status}). Try again in a moment.</source>
            <translation>Der Server hatte ein Problem ({status}). Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>The server refused the parameter “{param}”.</source>
            <translation>Der Server hat den Parameter „{param}“ abgelehnt.</translation>
        </message>
        <message>
            <source>{sentence} {hint}</source>
            <translation>{sentence} {hint}</translation>
        </message>
        <message>
            <source>The server refused the request ({status}).</source>
            <translation>Der Server hat die Anfrage abgelehnt ({status}).</translation>
        </message>
    </context>
    <context>
        <name>AppearanceDialog</name>
        <message>
            <source>Appearance</source>
            <translation>Darstellung</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>System (follows the desktop)</source>
            <translation>System (folgt dem Desktop)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Design:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>The language changes the next time Studio starts.</source>
            <translation>Die Sprache wechselt beim nächsten Start von Studio.</translation>
        </message>
        <message>
            <source>While {variable} is set ({value}), it wins.</source>
            <translation>Solange {variable} gesetzt ist ({value}), hat sie Vorrang.</translation>
        </message>
        <message>
            <source>The settings could not be saved: {why}</source>
            <translation>Die Einstellungen konnten nicht gespeichert werden: {why}</translation>
        </message>
    </context>
    <context>
        <name>Batch</name>
        <message>
            <source>no value for {{{name}}}</source>
            <extracomment>Parameters a matrix may vary, as their request fields.</extracomment>
            <translation>kein Wert für {{{name}}}</translation>
        </message>
        <message>
            <source>the template names {count} variables ({names}): give a CSV or TSV file whose header names them</source>
            <translation>die Vorlage nennt {count} Variablen ({names}): geben Sie eine CSV- oder TSV-Datei an, deren Kopfzeile sie benennt</translation>
        </message>
        <message>
            <source>the table has no header</source>
            <translation>die Tabelle hat keine Kopfzeile</translation>
        </message>
        <message>
            <source>{part}: a matrix varies one of {known}, as NAME=A,B</source>
            <translation>{part}: eine Matrix variiert eines von {known}, als NAME=A,B</translation>
        </message>
        <message>
            <source>{part}: no values</source>
            <translation>{part}: keine Werte</translation>
        </message>
        <message>
            <source>the template names no {variable} for the values to fill; use {prompt} for one prompt per line</source>
            <translation>die Vorlage enthält keine {variable}, in die die Werte eingesetzt werden; verwenden Sie {prompt} für einen Prompt pro Zeile</translation>
        </message>
        <message>
            <source>row {number}: {reason}</source>
            <translation>Zeile {number}: {reason}</translation>
        </message>
        <message>
            <source>row {number} makes an empty prompt</source>
            <translation>Zeile {number} ergibt einen leeren Prompt</translation>
        </message>
    </context>
    <context>
        <name>BatchPage</name>
        <message>
            <source>Estimate: unknown ({model} has no known price)</source>
            <translation>Schätzung: unbekannt (kein Preis für {model})</translation>
        </message>
        <message>
            <source>Estimate: {money} plus the input images</source>
            <translation>Schätzung: {money} zzgl. Eingabebilder</translation>
        </message>
        <message>
            <source>Estimate: {money}</source>
            <translation>Schätzung: {money}</translation>
        </message>
        <message>
            <source>Batches</source>
            <extracomment>Lines of the preview listed; the count and total always cover them all. The gallery asked to show one batch's images (its id). A sentence of the page's own (its session's ``message`` goes to the window directly).</extracomment>
            <translation>Stapel</translation>
        </message>
        <message>
            <source>Prompt template</source>
            <extracomment>The page's state and actions (``core.batches``); the spending dialog reads it too. The parameters of a batch loaded to run again; None: the window's panel's. An edit batch's input images and mask; none: a generation batch.</extracomment>
            <translation>Prompt-Vorlage</translation>
        </message>
        <message>
            <source>a watercolour {subject} on a {red|green|blue} background</source>
            <translation>ein Aquarell von {subject} vor {rotem|grünem|blauem} Hintergrund</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Werte</translation>
        </message>
        <message>
            <source>One value a line for the template's variable, or a CSV/TSV table</source>
            <translation>Ein Wert pro Zeile für die Variable der Vorlage oder eine CSV/TSV-Tabelle</translation>
        </message>
        <message>
            <source>Values are a table (CSV or TSV with a header)</source>
            <translation>Werte sind eine Tabelle (CSV oder TSV mit Kopfzeile)</translation>
        </message>
        <message>
            <source>Load values…</source>
            <translation>Werte laden…</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>Matrix</translation>
        </message>
        <message>
            <source>size=1024x1024,1536x1024; quality=low,high</source>
            <translation>size=1024x1024,1536x1024; quality=low,high</translation>
        </message>
        <message>
            <source>Send through</source>
            <translation>Senden über</translation>
        </message>
        <message>
            <source>Batch API: half price, done within 24 h</source>
            <translation>Batch API: halber Preis, fertig innerhalb von 24 h</translation>
        </message>
        <message>
            <source>Live: now, at the usual price</source>
            <translation>Live: sofort, zum üblichen Preis</translation>
        </message>
        <message>
            <source>None: new images</source>
            <translation>Keine: neue Bilder</translation>
        </message>
        <message>
            <source>Input images</source>
            <translation>Eingabebilder</translation>
        </message>
        <message>
            <source>Input images…</source>
            <translation>Eingabebilder…</translation>
        </message>
        <message>
            <source>Make an edit batch: every line edits these images</source>
            <translation>Einen Bearbeitungsstapel erstellen: jede Zeile bearbeitet diese Bilder</translation>
        </message>
        <message>
            <source>Mask…</source>
            <translation>Maske…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Send with the parameters set in the window's panel</source>
            <translation>Mit den Parametern aus dem Panel des Fensters senden</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Send batch</source>
            <translation>Stapel senden</translation>
        </message>
        <message>
            <source>Write a template, then Preview.</source>
            <translation>Schreiben Sie eine Vorlage und klicken Sie dann auf „Vorschau“.</translation>
        </message>
        <message>
            <source>Batch summary</source>
            <translation>Stapelübersicht</translation>
        </message>
        <message>
            <source>Expanded requests</source>
            <translation>Erzeugte Anfragen</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeitung</translation>
        </message>
        <message>
            <source>Batches sent</source>
            <translation>Gesendete Stapel</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Stapel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>Schätzung</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Übernommen</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Keep results</source>
            <translation>Ergebnisse übernehmen</translation>
        </message>
        <message>
            <source>Cancel batch</source>
            <translation>Stapel abbrechen</translation>
        </message>
        <message>
            <source>Show images</source>
            <translation>Bilder zeigen</translation>
        </message>
        <message>
            <source>This batch's images in the gallery</source>
            <translation>Die Bilder dieses Stapels in der Galerie</translation>
        </message>
        <message>
            <source>Run again…</source>
            <translation>Erneut ausführen…</translation>
        </message>
        <message>
            <source>Load this batch's template, values, matrix and parameters to change them</source>
            <translation>Vorlage, Werte, Matrix und Parameter dieses Stapels zum Ändern laden</translation>
        </message>
        <message>
            <source>Interrupted requests</source>
            <translation>Unterbrochene Anfragen</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Ausgegeben</translation>
        </message>
        <message>
            <source>Interrupted — may have been billed</source>
            <translation>Unterbrochen – möglicherweise berechnet</translation>
        </message>
        <message>
            <source>Changed since the preview: Preview again.</source>
            <translation>Seit der Vorschau geändert: erneut „Vorschau“ klicken.</translation>
        </message>
        <message>
            <source>{id} finished; see Batches for its results.</source>
            <translation>{id} abgeschlossen; die Ergebnisse stehen unter „Stapel“.</translation>
        </message>
        <message>
            <source>Add an API key or start the offline demo server first.</source>
            <translation>Fügen Sie zuerst einen API-Schlüssel hinzu oder starten Sie den Offline-Demoserver.</translation>
        </message>
        <message>
            <source>Running {id} live with the window's jobs; results go to the gallery.</source>
            <translation>{id} läuft live mit den Aufträgen des Fensters; die Ergebnisse kommen in die Galerie.</translation>
        </message>
        <message>
            <source>Batch {id} sent; it is polled while Studio is open, and you are told when it finishes.</source>
            <translation>Stapel {id} gesendet; er wird abgefragt, solange Studio geöffnet ist, und Sie werden benachrichtigt, wenn er fertig ist.</translation>
        </message>
        <message>
            <source>This edit's input images were not kept (it was sent by an older Studio): make it again from the editor</source>
            <translation>Die Eingabebilder dieser Bearbeitung wurden nicht aufbewahrt (sie wurde von einer älteren Studio-Version gesendet): erstellen Sie sie im Editor neu</translation>
        </message>
        <message>
            <source>Values for the template</source>
            <translation>Werte für die Vorlage</translation>
        </message>
        <message>
            <source>Use the panel's parameters</source>
            <translation>Parameter aus dem Panel übernehmen</translation>
        </message>
        <message>
            <source>Lists and tables (*.txt *.csv *.tsv);;All files (*)</source>
            <translation>Listen und Tabellen (*.txt *.csv *.tsv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>{name} could not be read: {why}</source>
            <translation>{name} konnte nicht gelesen werden: {why}</translation>
        </message>
        <message>
            <source> · mask {name}</source>
            <translation> · Maske {name}</translation>
        </message>
        <message>
            <source>Input images for every line</source>
            <translation>Eingabebilder für jede Zeile</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Mask (transparent where the edit goes)</source>
            <translation>Maske (transparent, wo bearbeitet wird)</translation>
        </message>
        <message>
            <source>PNG images (*.png);;All files (*)</source>
            <translation>PNG-Bilder (*.png);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>{id} loaded: change what you like, then Preview and Send.</source>
            <translation>{id} geladen: ändern Sie, was Sie möchten, dann „Vorschau“ und „Stapel senden“.</translation>
        </message>
        <message>
            <source>As set in the window's panel</source>
            <translation>Wie im Panel des Fensters eingestellt</translation>
        </message>
        <message>
            <source>{values} (from {id})</source>
            <translation>{values} (aus {id})</translation>
        </message>
        <message>
            <source>through the Batch API</source>
            <translation>über die Batch API</translation>
        </message>
        <message>
            <source>live</source>
            <translation>live</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) {via}; estimated total {total}</source>
            <translation>
                <numerusform>%n Anfrage {via}; geschätzt insgesamt {total}</numerusform>
                <numerusform>%n Anfragen {via}; geschätzt insgesamt {total}</numerusform>
            </translation>
        </message>
        <message>
            <source> (the first {n} listed)</source>
            <translation> (die ersten {n} aufgeführt)</translation>
        </message>
        <message numerus="yes">
            <source>; each edits %n image(s)</source>
            <translation>
                <numerusform>; jede bearbeitet %n Bild</numerusform>
                <numerusform>; jede bearbeitet %n Bilder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) of {id} kept in the gallery.</source>
            <translation>
                <numerusform>%n Ergebnis von {id} in die Galerie übernommen.</numerusform>
                <numerusform>%n Ergebnisse von {id} in die Galerie übernommen.</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>up to {money}</source>
            <translation>bis zu {money}</translation>
        </message>
        <message>
            <source>Spent: {text}</source>
            <translation>Ausgegeben: {text}</translation>
        </message>
        <message>
            <source>A live run's results were kept as they came</source>
            <translation>Die Ergebnisse eines Live-Laufs wurden unverändert übernommen</translation>
        </message>
        <message>
            <source>Send it again: it may be billed twice</source>
            <translation>Erneut senden: wird möglicherweise doppelt berechnet</translation>
        </message>
    </context>
    <context>
        <name>BatchSession</name>
        <message>
            <source>This gallery has no batch {id}.</source>
            <extracomment>How often unfinished batches are asked about, in ms. A batch finished (its id): told once, whether the Batch page is shown or not. The batches as last loaded; None until the first load. Live runs' jobs still out: job number → (batch id, custom_id). Asks about unfinished batches every ``POLL_MS`` while the window is open.</extracomment>
            <translation>Diese Galerie enthält keinen Stapel {id}.</translation>
        </message>
        <message>
            <source>{name} could not be read: {why}.</source>
            <translation>{name} konnte nicht gelesen werden: {why}.</translation>
        </message>
        <message>
            <source>A file</source>
            <translation>Eine Datei</translation>
        </message>
        <message>
            <source>there is nothing to send</source>
            <translation>es gibt nichts zu senden</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>Es wurde nichts gesendet.</translation>
        </message>
        <message numerus="yes">
            <source>{failed} of %n request(s) failed; the first: {why}</source>
            <translation>
                <numerusform>{failed} von %n Anfrage fehlgeschlagen; die erste: {why}</numerusform>
                <numerusform>{failed} von %n Anfragen fehlgeschlagen; die erste: {why}</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep its results from the Batch page.</source>
            <translation>Übernehmen Sie die Ergebnisse auf der Seite „Stapel“.</translation>
        </message>
        <message>
            <source>Batch {id} finished: {done} of {total} done, {failed} failed.</source>
            <translation>Stapel {id} abgeschlossen: {done} von {total} fertig, {failed} fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Batch {id} finished: {done} of {total} done.</source>
            <translation>Stapel {id} abgeschlossen: {done} von {total} fertig.</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>+ or =</source>
            <extracomment>The longest name an image gets for a screen reader. How far the chosen cell's highlight reaches around its image (into the gap between cells). What the keys and the pointer do on a canvas with focus (shown in Help ▸ Keyboard shortcuts).</extracomment>
            <translation>+ oder =</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <source>-</source>
            <translation>-</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <source>0</source>
            <translation>0</translation>
        </message>
        <message>
            <source>Fit to the view</source>
            <translation>In die Ansicht einpassen</translation>
        </message>
        <message>
            <source>1</source>
            <translation>1</translation>
        </message>
        <message>
            <source>Actual size</source>
            <translation>Originalgröße</translation>
        </message>
        <message>
            <source>Arrows</source>
            <translation>Pfeiltasten</translation>
        </message>
        <message>
            <source>Choose another image of the results (Edit, Export act on it)</source>
            <translation>Ein anderes Bild der Ergebnisse wählen (Bearbeiten und Exportieren wirken darauf)</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Leertaste</translation>
        </message>
        <message>
            <source>Play or pause an animation</source>
            <translation>Animation abspielen oder anhalten</translation>
        </message>
        <message>
            <source>Wheel</source>
            <translation>Mausrad</translation>
        </message>
        <message>
            <source>Zoom about the pointer</source>
            <translation>Um den Mauszeiger zoomen</translation>
        </message>
        <message>
            <source>Drag</source>
            <translation>Ziehen</translation>
        </message>
        <message>
            <source>Pan when zoomed; fitted, take the image to another program</source>
            <translation>Verschieben, wenn gezoomt; eingepasst: das Bild in ein anderes Programm ziehen</translation>
        </message>
        <message>
            <source>Canvas</source>
            <extracomment>Dragging the fitted image takes it out to other programs. An animated GIF plays (else its first frame stands still). Zoomed in past the pixels the frame has: a sharper copy of the image would show. A cell of a grid was clicked (not dragged): the image Edit, Export and Copy act on. What a screen reader calls the canvas while no image has a name.</extracomment>
            <translation>Leinwand</translation>
        </message>
        <message>
            <source>Image</source>
            <extracomment>... and while it shows an image without a name.</extracomment>
            <translation>Bild</translation>
        </message>
        <message>
            <source>Plus and minus zoom, 0 fits the image to the view, 1 shows it at actual size; among several images the arrows choose one</source>
            <extracomment>What it says after the name: the keys.</extracomment>
            <translation>Plus und Minus zoomen, 0 passt das Bild in die Ansicht ein, 1 zeigt es in Originalgröße; bei mehreren Bildern wählen die Pfeiltasten eines aus</translation>
        </message>
        <message>
            <source>Your images appear here.</source>
            <extracomment>The file each cell's image came from (a drag takes it whole); None unknown. What each cell's image shows, in words (its revised prompt or prompt; "" unknown).</extracomment>
            <translation>Hier erscheinen Ihre Bilder.</translation>
        </message>
        <message>
            <source>Image {n} of {count} chosen.</source>
            <extracomment>What an empty cell says once no image will come ("Waiting…" until then).</extracomment>
            <translation>Bild {n} von {count} gewählt.</translation>
        </message>
        <message>
            <source>Waiting…</source>
            <extracomment>None: fit to the view; otherwise screen pixels per image pixel. Drawn over a single image (e.g. where an edit changed what it should not). The cell marked as chosen in a grid.</extracomment>
            <translation>Warten…</translation>
        </message>
    </context>
    <context>
        <name>CompareBar</name>
        <message>
            <source>Show the model's own result</source>
            <translation>Modellergebnis zeigen</translation>
        </message>
        <message>
            <source>Show changes outside the mask</source>
            <translation>Änderungen außerhalb der Maske zeigen</translation>
        </message>
        <message>
            <source>changed outside the mask</source>
            <translation>außerhalb der Maske geändert</translation>
        </message>
        <message>
            <source>Hide changes outside the mask</source>
            <translation>Änderungen außerhalb der Maske ausblenden</translation>
        </message>
        <message>
            <source>Show the kept result</source>
            <translation>Behaltenes Ergebnis zeigen</translation>
        </message>
        <message>
            <source>Shown: the model's own result, which changed {share} of the pixels outside the mask. The kept result has the original pixels there.</source>
            <translation>Angezeigt: das eigene Ergebnis des Modells, das {share} der Pixel außerhalb der Maske verändert hat. Das behaltene Ergebnis hat dort die ursprünglichen Pixel.</translation>
        </message>
        <message>
            <source>The model changed {share} of the pixels outside the mask; the original pixels were put back there.</source>
            <translation>Das Modell hat {share} der Pixel außerhalb der Maske verändert; dort wurden die ursprünglichen Pixel wiederhergestellt.</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare</source>
            <extracomment>GIFs play, SVGs are drawn at the zoom shown. Where the split is, as a share of the widget's width.</extracomment>
            <translation>Vergleichen</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>Nebeneinander</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Geteilt</translation>
        </message>
        <message>
            <source>One over the other: drag the line to move the split</source>
            <translation>Übereinander: Linie ziehen, um die Teilung zu verschieben</translation>
        </message>
        <message>
            <source>Difference…</source>
            <translation>Unterschied…</translation>
        </message>
        <message>
            <source>See which pixels changed, and how many</source>
            <translation>Zeigen, welche und wie viele Pixel sich geändert haben</translation>
        </message>
        <message>
            <source>Wheel (or + and -) to zoom, drag to pan, double-click (or 0) to fit.</source>
            <translation>Mausrad (oder + und -) zoomt, Ziehen verschiebt, Doppelklick (oder 0) passt ein.</translation>
        </message>
        <message>
            <source>Space plays or pauses.</source>
            <translation>Leertaste: Wiedergabe oder Pause.</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>+ or =</source>
            <extracomment>What the keys and the pointer do in Compare (shown in Help ▸ Keyboard shortcuts).</extracomment>
            <translation>+ oder =</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <source>-</source>
            <translation>-</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <source>0, double-click</source>
            <translation>0, Doppelklick</translation>
        </message>
        <message>
            <source>Fit both images</source>
            <translation>Beide Bilder einpassen</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Leertaste</translation>
        </message>
        <message>
            <source>Play or pause animations</source>
            <translation>Animationen abspielen oder anhalten</translation>
        </message>
        <message>
            <source>Wheel</source>
            <translation>Mausrad</translation>
        </message>
        <message>
            <source>Zoom both images about the pointer</source>
            <translation>Beide Bilder um den Mauszeiger zoomen</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Vergleich</translation>
        </message>
        <message>
            <source>Two images at one zoom: plus and minus zoom, 0 fits, dragging pans</source>
            <translation>Zwei Bilder mit gleichem Zoom: Plus und Minus zoomen, 0 passt ein, Ziehen verschiebt</translation>
        </message>
    </context>
    <context>
        <name>CostWords</name>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>{money} + {count} unknown</source>
            <translation>{money} + {count} unbekannt</translation>
        </message>
        <message>
            <source>{today} today, {month} this month</source>
            <translation>heute {today}, diesen Monat {month}</translation>
        </message>
    </context>
    <context>
        <name>DemoServer</name>
        <message>
            <source>The offline demo server did not start in time.</source>
            <translation>Der Offline-Demoserver ist nicht rechtzeitig gestartet.</translation>
        </message>
        <message>
            <source>The offline demo server could not start; see the log.</source>
            <translation>Der Offline-Demoserver konnte nicht starten; siehe Protokoll.</translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <source>Image details</source>
            <translation>Bilddetails</translation>
        </message>
        <message>
            <source>Select an image to see everything about it.</source>
            <translation>Wählen Sie ein Bild aus, um alles darüber zu sehen.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Revised prompt</source>
            <translation>Überarbeiteter Prompt</translation>
        </message>
        <message>
            <source>Content credentials</source>
            <translation>Inhaltsnachweise</translation>
        </message>
        <message>
            <source>tags, separated by commas</source>
            <translation>Tags, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Made from&lt;/b&gt;</source>
            <translation>&lt;b&gt;Erstellt aus&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Used for&lt;/b&gt;</source>
            <translation>&lt;b&gt;Verwendet für&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Prompt&lt;/b&gt;</source>
            <translation>&lt;b&gt;Prompt&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Revised prompt&lt;/b&gt;</source>
            <translation>&lt;b&gt;Überarbeiteter Prompt&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Content credentials&lt;/b&gt;</source>
            <translation>&lt;b&gt;Inhaltsnachweise&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tags&lt;/b&gt;</source>
            <translation>&lt;b&gt;Tags&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Notes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Notizen&lt;/b&gt;</translation>
        </message>
        <message>
            <source>The file is missing.</source>
            <translation>Die Datei fehlt.</translation>
        </message>
        <message>
            <source>No preview.</source>
            <translation>Keine Vorschau.</translation>
        </message>
        <message>
            <source>(no prompt)</source>
            <translation>(kein Prompt)</translation>
        </message>
        <message>
            <source>A variation of image {n}</source>
            <translation>Eine Variante von Bild {n}</translation>
        </message>
        <message>
            <source>A variation (variations take no prompt)</source>
            <translation>Eine Variante (Varianten haben keinen Prompt)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Animation</source>
            <translation>Animation</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>a partial image, kept when its job stopped early</source>
            <translation>ein Zwischenbild, aufbewahrt, als sein Auftrag vorzeitig endete</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>Verbrauch</translation>
        </message>
        <message numerus="yes">
            <source>%Ln token(s) ({input} in, {output} out)</source>
            <translation>
                <numerusform>%Ln Token ({input} Eingabe, {output} Ausgabe)</numerusform>
                <numerusform>%Ln Token ({input} Eingabe, {output} Ausgabe)</numerusform>
            </translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Took</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>Request id</source>
            <translation>Anfrage-ID</translation>
        </message>
        <message>
            <source>Input ({role})</source>
            <translation>Eingabe ({role})</translation>
        </message>
        <message numerus="yes">
            <source>%n frame(s)</source>
            <translation>
                <numerusform>%n Einzelbild</numerusform>
                <numerusform>%n Einzelbilder</numerusform>
            </translation>
        </message>
        <message>
            <source>generation</source>
            <translation>Generierung</translation>
        </message>
        <message>
            <source>edit</source>
            <translation>Bearbeitung</translation>
        </message>
        <message>
            <source>variation</source>
            <translation>Variante</translation>
        </message>
        <message>
            <source>import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Signiert von</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signiert am</translation>
        </message>
        <message>
            <source>Generator</source>
            <translation>Generator</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Aktionen</translation>
        </message>
        <message>
            <source>Image {n}</source>
            <translation>Bild {n}</translation>
        </message>
    </context>
    <context>
        <name>DifferenceDialog</name>
        <message>
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <source>From {before} to {after}: changed pixels in colour</source>
            <translation>Von {before} zu {after}: geänderte Pixel farbig</translation>
        </message>
    </context>
    <context>
        <name>DifferenceView</name>
        <message>
            <source>Difference</source>
            <extracomment>Per channel, out of 255: the default line between noise and a change.</extracomment>
            <translation>Unterschied</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Schwellenwert</translation>
        </message>
        <message>
            <source>How much a pixel may change (per channel, of 255) and still count as the same</source>
            <translation>Wie stark sich ein Pixel ändern darf (pro Kanal, von 255), um noch als gleich zu gelten</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>Wird verglichen…</translation>
        </message>
        <message>
            <source>Share changed</source>
            <translation>Geänderter Anteil</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>unchanged (dimmed)</source>
            <translation>unverändert (abgeblendet)</translation>
        </message>
        <message>
            <source>{share} of the pixels changed ({n} of {total})</source>
            <translation>{share} der Pixel geändert ({n} von {total})</translation>
        </message>
        <message>
            <source>; the second picture was scaled to the first one's size</source>
            <translation>; das zweite Bild wurde auf die Größe des ersten skaliert</translation>
        </message>
    </context>
    <context>
        <name>EditChain</name>
        <message>
            <source>Region {n} could not be sent.</source>
            <extracomment>Queue ``request`` with these parents; returns the jobs made (the window's submit). The bytes of a gallery image, by id.</extracomment>
            <translation>Bereich {n} konnte nicht gesendet werden.</translation>
        </message>
        <message>
            <source>The regions stopped at {n} of {count}: {why}.</source>
            <translation>Die Bereiche wurden bei {n} von {count} angehalten: {why}.</translation>
        </message>
        <message numerus="yes">
            <source>All %n regions were edited, one after another.</source>
            <translation>
                <numerusform>%n Bereich wurde bearbeitet.</numerusform>
                <numerusform>Alle %n Bereiche wurden nacheinander bearbeitet.</numerusform>
            </translation>
        </message>
        <message>
            <source>not an image Studio can read</source>
            <translation>kein Bild, das Studio lesen kann</translation>
        </message>
        <message>
            <source>The result of region {n} could not be read: {why}.</source>
            <translation>Das Ergebnis von Bereich {n} konnte nicht gelesen werden: {why}.</translation>
        </message>
    </context>
    <context>
        <name>EditorPage</name>
        <message>
            <source>Brush</source>
            <extracomment>Longest edge of the base as painted over: enough for the largest image a model makes.</extracomment>
            <translation>Pinsel</translation>
        </message>
        <message>
            <source>Paint (left button); the right button erases</source>
            <translation>Malen (linke Maustaste); die rechte radiert</translation>
        </message>
        <message>
            <source>Eraser</source>
            <translation>Radierer</translation>
        </message>
        <message>
            <source>Erase what was painted</source>
            <translation>Gemaltes radieren</translation>
        </message>
        <message>
            <source>Rectangle</source>
            <translation>Rechteck</translation>
        </message>
        <message>
            <source>Drag a rectangle; the right button clears it</source>
            <translation>Rechteck aufziehen; die rechte Maustaste entfernt es</translation>
        </message>
        <message>
            <source>Lasso</source>
            <translation>Lasso</translation>
        </message>
        <message>
            <source>Draw round an area to fill it; the right button clears it</source>
            <translation>Eine Fläche umfahren, um sie zu füllen; die rechte Maustaste entfernt sie</translation>
        </message>
        <message>
            <source>Arrow</source>
            <translation>Pfeil</translation>
        </message>
        <message>
            <source>Drag an arrow</source>
            <translation>Pfeil aufziehen</translation>
        </message>
        <message>
            <source>Ellipse</source>
            <translation>Ellipse</translation>
        </message>
        <message>
            <source>Drag an ellipse outline</source>
            <translation>Ellipsenumriss aufziehen</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Farbe</translation>
        </message>
        <message>
            <source>Click a colour to select its area (Shift adds to the mask, Alt cuts from it)</source>
            <translation>Auf eine Farbe klicken, um ihre Fläche auszuwählen (Umschalt fügt zur Maske hinzu, Alt zieht davon ab)</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Abziehen</translation>
        </message>
        <message>
            <source>Editor</source>
            <extracomment>Where it lies in the picture, in words ("top left"). Its own mask, when the regions are edited one after another. What was changed to make the model accept the inputs, as sentences. The size to ask for (an expanded canvas's); None to leave the request's as it is. Several painted regions: merged into ``mask``, or each with its own mask.</extracomment>
            <translation>Editor</translation>
        </message>
        <message>
            <source>Keep unmasked area</source>
            <extracomment>The base's pixels as shown (the expand view paints them too).</extracomment>
            <translation>Unmaskierte Fläche erhalten</translation>
        </message>
        <message>
            <source>Models also change pixels outside the mask. Put the original pixels back there (with a soft seam); the model's own result is kept in the gallery too.</source>
            <translation>Modelle verändern auch Pixel außerhalb der Maske. Dort die ursprünglichen Pixel wiederherstellen (mit weichem Übergang); das eigene Ergebnis des Modells bleibt ebenfalls in der Galerie.</translation>
        </message>
        <message>
            <source>Feather mask edges</source>
            <translation>Maskenkanten weichzeichnen</translation>
        </message>
        <message>
            <source>Soften the mask's edges by this many pixels when sent</source>
            <translation>Die Kanten der Maske beim Senden um so viele Pixel weichzeichnen</translation>
        </message>
        <message>
            <source>Painting</source>
            <extracomment>The input shown as the base (held, so a new one is told from it by identity).</extracomment>
            <translation>Malen</translation>
        </message>
        <message>
            <source>Mask</source>
            <translation>Maske</translation>
        </message>
        <message>
            <source>Paint where the image may change</source>
            <translation>Dort malen, wo sich das Bild ändern darf</translation>
        </message>
        <message>
            <source>Markup</source>
            <translation>Skizze</translation>
        </message>
        <message>
            <source>Draw strokes, arrows and outlines that guide the edit</source>
            <translation>Striche, Pfeile und Umrisse zeichnen, die die Bearbeitung lenken</translation>
        </message>
        <message>
            <source>Brush size</source>
            <extracomment>A toolbar shows or hides a widget through the action that holds it.</extracomment>
            <translation>Pinselgröße</translation>
        </message>
        <message>
            <source>Brush size in image pixels ([ and ])</source>
            <translation>Pinselgröße in Bildpixeln ([ und ])</translation>
        </message>
        <message>
            <source>Hardness</source>
            <translation>Härte</translation>
        </message>
        <message>
            <source>How hard the brush's edge is ({ and })</source>
            <translation>Wie hart die Pinselkante ist ({ und })</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>Toleranz</translation>
        </message>
        <message>
            <source>How far a colour may be from the one clicked and still be selected</source>
            <translation>Wie weit eine Farbe von der angeklickten abweichen darf, um noch ausgewählt zu werden</translation>
        </message>
        <message>
            <source>Contiguous</source>
            <translation>Benachbart</translation>
        </message>
        <message>
            <source>Only the area joined to the click; off: that colour everywhere</source>
            <translation>Nur die mit dem Klickpunkt verbundene Fläche; aus: diese Farbe überall</translation>
        </message>
        <message>
            <source>Selection mode</source>
            <translation>Auswahlmodus</translation>
        </message>
        <message>
            <source>Mask opacity</source>
            <translation>Maskendeckkraft</translation>
        </message>
        <message>
            <source>How strongly the mask is shown</source>
            <translation>Wie deutlich die Maske angezeigt wird</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Show or hide the mask over the image</source>
            <translation>Maske über dem Bild ein- oder ausblenden</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>Füllen</translation>
        </message>
        <message>
            <source>Mask the whole image</source>
            <translation>Das ganze Bild maskieren</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Clear the layer</source>
            <translation>Die Ebene leeren</translation>
        </message>
        <message>
            <source>Invert</source>
            <translation>Umkehren</translation>
        </message>
        <message>
            <source>Mask what is not masked, and unmask what is</source>
            <translation>Unmaskiertes maskieren und Maskiertes freigeben</translation>
        </message>
        <message>
            <source>Expand canvas</source>
            <translation>Leinwand erweitern</translation>
        </message>
        <message>
            <source>Extend the picture beyond its edges: choose a larger canvas and where the picture goes on it; the model paints the new area</source>
            <translation>Das Bild über seine Ränder hinaus erweitern: eine größere Leinwand und die Lage des Bildes darauf wählen; das Modell malt die neue Fläche</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Take back the last stroke (Ctrl+Z)</source>
            <translation>Letzten Strich rückgängig machen (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Do it again (Ctrl+Shift+Z)</source>
            <translation>Erneut ausführen (Ctrl+Shift+Z)</translation>
        </message>
        <message>
            <source>Add region</source>
            <translation>Bereich hinzufügen</translation>
        </message>
        <message>
            <source>Paint another area in another colour, with its own instruction</source>
            <translation>Eine weitere Fläche in einer anderen Farbe malen, mit eigener Anweisung</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Feather</source>
            <translation>Weiche Kante</translation>
        </message>
        <message>
            <source>Stop editing</source>
            <translation>Bearbeitung beenden</translation>
        </message>
        <message>
            <source>Put the inputs away and go back to generating</source>
            <translation>Eingaben ablegen und zurück zum Generieren</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Edit an image&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Ein Bild bearbeiten&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>Open an image, drop one here or paste it — or press Edit image (Ctrl+E) on a result. Then paint where it should change and describe the change.</source>
            <translation>Öffnen Sie ein Bild, ziehen Sie eines hierher oder fügen Sie es ein – oder klicken Sie bei einem Ergebnis auf „Bild bearbeiten“ (Ctrl+E). Malen Sie dann, wo es sich ändern soll, und beschreiben Sie die Änderung.</translation>
        </message>
        <message>
            <source>Open image…</source>
            <translation>Bild öffnen…</translation>
        </message>
        <message>
            <source>Choose image files to edit (Ctrl+O)</source>
            <translation>Bilddateien zum Bearbeiten wählen (Ctrl+O)</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Einfügen</translation>
        </message>
        <message>
            <source>Edit the image on the clipboard (Ctrl+V)</source>
            <translation>Das Bild aus der Zwischenablage bearbeiten (Ctrl+V)</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n Bild</numerusform>
                <numerusform>%n Bilder</numerusform>
            </translation>
        </message>
        <message>
            <source>Expanding the picture to {w}x{h}: describe the new area</source>
            <translation>Bild wird auf {w}x{h} erweitert: beschreiben Sie die neue Fläche</translation>
        </message>
        <message>
            <source>Editing {images}, nothing painted (the whole image may change)</source>
            <translation>Bearbeitung: {images}, nichts gemalt (das ganze Bild darf sich ändern)</translation>
        </message>
        <message>
            <source>one after another</source>
            <translation>nacheinander</translation>
        </message>
        <message>
            <source>in one request</source>
            <translation>in einer Anfrage</translation>
        </message>
        <message>
            <source>Editing {images} in {n} regions, {how}</source>
            <translation>Bearbeitung: {images} in {n} Bereichen, {how}</translation>
        </message>
        <message>
            <source>a mask</source>
            <translation>einer Maske</translation>
        </message>
        <message>
            <source>a markup</source>
            <translation>einer Skizze</translation>
        </message>
        <message>
            <source>Editing {images} with {layer}</source>
            <translation>Bearbeitung: {images} mit {layer}</translation>
        </message>
        <message>
            <source>{model} takes no markup, so the mask is used; the markup is kept.</source>
            <translation>{model} akzeptiert keine Skizze, daher wird die Maske verwendet; die Skizze bleibt erhalten.</translation>
        </message>
        <message>
            <source>Only the {kind} is sent: an edit takes a mask or a markup, not both. The {other} is kept; switch back to use it.</source>
            <translation>Nur die gewählte Ebene ({kind}) wird gesendet: eine Bearbeitung nimmt eine Maske oder eine Skizze, nicht beides. Die andere Ebene ({other}) bleibt erhalten; schalten Sie zurück, um sie zu verwenden.</translation>
        </message>
        <message>
            <source>mask</source>
            <translation>Maske</translation>
        </message>
        <message>
            <source>markup</source>
            <translation>Skizze</translation>
        </message>
        <message>
            <source>Pen</source>
            <translation>Stift</translation>
        </message>
        <message>
            <source>Drag a rectangle; the right button clears it (R)</source>
            <translation>Rechteck aufziehen; die rechte Maustaste entfernt es (R)</translation>
        </message>
        <message>
            <source>Drag a rectangle outline (R)</source>
            <translation>Rechteckumriss aufziehen (R)</translation>
        </message>
        <message>
            <source>Show or hide the mask</source>
            <translation>Maske ein- oder ausblenden</translation>
        </message>
        <message>
            <source>Show or hide the markup</source>
            <translation>Skizze ein- oder ausblenden</translation>
        </message>
        <message>
            <source>Mask colour (how it is shown; the mask itself has none)</source>
            <translation>Maskenfarbe (nur zur Anzeige; die Maske selbst hat keine)</translation>
        </message>
        <message>
            <source>Markup colour</source>
            <translation>Skizzenfarbe</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>Farbe wählen</translation>
        </message>
        <message numerus="yes">
            <source>This model takes at most %n input image(s); remove one first.</source>
            <translation>
                <numerusform>Dieses Modell akzeptiert höchstens %n Eingabebild; entfernen Sie zuerst eines.</numerusform>
                <numerusform>Dieses Modell akzeptiert höchstens %n Eingabebilder; entfernen Sie zuerst eines.</numerusform>
            </translation>
        </message>
        <message>
            <source>The earlier edit's mask could not be read.</source>
            <translation>Die Maske der früheren Bearbeitung konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>The new base image is {w}x{h}, another size than before, so the painting was cleared.</source>
            <translation>Das neue Basisbild ist {w}x{h} groß, eine andere Größe als zuvor; daher wurde das Gemalte entfernt.</translation>
        </message>
        <message>
            <source>The expanded canvas</source>
            <translation>Die erweiterte Leinwand</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <source>Studio ran into an unexpected problem, but your work is still here.

{summary}

The details were written to the log: {log}</source>
            <translation>Studio ist auf ein unerwartetes Problem gestoßen, aber Ihre Arbeit ist noch da.

{summary}

Die Einzelheiten wurden ins Protokoll geschrieben: {log}</translation>
        </message>
    </context>
    <context>
        <name>ExpandPanel</name>
        <message>
            <source>centre</source>
            <extracomment>Where the picture may sit on the canvas, in words (translated where shown).</extracomment>
            <translation>mittig</translation>
        </message>
        <message>
            <source>left</source>
            <translation>links</translation>
        </message>
        <message>
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <source>top</source>
            <translation>oben</translation>
        </message>
        <message>
            <source>bottom</source>
            <translation>unten</translation>
        </message>
        <message>
            <source>top left</source>
            <translation>oben links</translation>
        </message>
        <message>
            <source>top right</source>
            <translation>oben rechts</translation>
        </message>
        <message>
            <source>bottom left</source>
            <translation>unten links</translation>
        </message>
        <message>
            <source>bottom right</source>
            <translation>unten rechts</translation>
        </message>
        <message>
            <source>Free</source>
            <extracomment>Widget pixels either side of a canvas edge that pick it up. The largest canvas side offered: a little beyond the largest size any model makes.</extracomment>
            <translation>Frei</translation>
        </message>
        <message>
            <source>Canvas width</source>
            <translation>Leinwandbreite</translation>
        </message>
        <message>
            <source>Canvas height</source>
            <translation>Leinwandhöhe</translation>
        </message>
        <message>
            <source>Canvas ratio</source>
            <translation>Seitenverhältnis der Leinwand</translation>
        </message>
        <message>
            <source>The smallest canvas of this shape that holds the picture</source>
            <translation>Die kleinste Leinwand dieser Form, die das Bild fasst</translation>
        </message>
        <message>
            <source>Picture at {where}</source>
            <translation>Bild {where}</translation>
        </message>
        <message>
            <source>Keep the picture at the {where}</source>
            <translation>Bild {where} platzieren</translation>
        </message>
        <message>
            <source>Seam</source>
            <translation>Naht</translation>
        </message>
        <message>
            <source>How far the edit may reach into the picture, blending into it</source>
            <translation>Wie weit die Bearbeitung in das Bild hineinreichen darf, um weich überzublenden</translation>
        </message>
        <message>
            <source>Size sent</source>
            <translation>Gesendete Größe</translation>
        </message>
        <message>
            <source>Canvas</source>
            <translation>Leinwand</translation>
        </message>
        <message>
            <source>Stop expanding</source>
            <translation>Nicht erweitern</translation>
        </message>
        <message>
            <source>Back to painting a mask on the picture as it is</source>
            <translation>Zurück zum Malen einer Maske auf dem unveränderten Bild</translation>
        </message>
    </context>
    <context>
        <name>ExpandView</name>
        <message>
            <source>Expanded canvas</source>
            <translation>Erweiterte Leinwand</translation>
        </message>
        <message>
            <source>Canvas {w}x{h}</source>
            <extracomment>While dragging: what ("picture" or an edge), where it started, the choice then, and the scale then (kept, so the canvas does not refit under the pointer).</extracomment>
            <translation>Leinwand {w}x{h}</translation>
        </message>
        <message>
            <source>sends {w}x{h}</source>
            <translation>sendet {w}x{h}</translation>
        </message>
        <message>
            <source> (the nearest size the model accepts)</source>
            <translation> (nächste vom Modell akzeptierte Größe)</translation>
        </message>
        <message>
            <source>, picture at {p}%</source>
            <translation>, Bild auf {p} %</translation>
        </message>
    </context>
    <context>
        <name>Gallery</name>
        <message>
            <source>The disk is full, so the image could not be saved in {folder}. Free some space and try again; nothing half-written was left behind.</source>
            <extracomment>Temp files are named after the session writing them (see ``_sessions``).</extracomment>
            <translation>Der Datenträger ist voll, daher konnte das Bild nicht in {folder} gespeichert werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut; es blieb nichts halb Geschriebenes zurück.</translation>
        </message>
        <message>
            <source>The image could not be saved in {folder}: {reason}.</source>
            <translation>Das Bild konnte nicht in {folder} gespeichert werden: {reason}.</translation>
        </message>
        <message>
            <source>The gallery is busy in another Studio window; try again.</source>
            <extracomment>What a store says while another window holds the database longer than it waits.</extracomment>
            <translation>Die Galerie ist in einem anderen Studio-Fenster beschäftigt; versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The gallery's database cannot be opened: {error}.</source>
            <extracomment>What a record is read from, in the order ``_record`` takes it. Stored values to members: a dict lookup, where calling the enum costs a few microseconds. Tries at opening a database another store is opening at the same moment. Files read and decoded between two commits when rows are made for files (a rebuild): small enough that the write lock is held briefly and few files are in memory at once. The batch filter offers this many of the newest batches. The size filter offers the sizes of this many of the newest images. A sentence for the user when the database had to be replaced or repaired. How many images the last rebuild got back without their prompt and settings. The file this store's connection opened, to notice it being set aside by another. False once files were placed that neither a row nor a pending record holds. The request journal and batch records (``_journal``). What the quick reconciliation on open found: it looks only at what sessions that crashed can have touched (and at images a full disk kept out), which keeps it fast.</extracomment>
            <translation>Die Datenbank der Galerie kann nicht geöffnet werden: {error}.</translation>
        </message>
        <message>
            <source>The gallery in {folder} cannot be opened: another Studio has been rebuilding it for too long, or its folder cannot be used ({error}).</source>
            <translation>Die Galerie in {folder} kann nicht geöffnet werden: ein anderes Studio baut sie schon zu lange neu auf, oder ihr Ordner ist nicht nutzbar ({error}).</translation>
        </message>
        <message>
            <source>The disk holding the gallery ({folder}) is full, so this change could not be saved. Free some space and try again.</source>
            <translation>Der Datenträger der Galerie ({folder}) ist voll, daher konnte diese Änderung nicht gespeichert werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The gallery's database could not be used: {error}.</source>
            <translation>Die Datenbank der Galerie konnte nicht verwendet werden: {error}.</translation>
        </message>
        <message>
            <source>The gallery's database reported a problem ({error}); try again, and run “studio gallery check” if it persists.</source>
            <translation>Die Datenbank der Galerie meldete ein Problem ({error}); versuchen Sie es erneut und führen Sie „studio gallery check“ aus, falls es bestehen bleibt.</translation>
        </message>
        <message>
            <source>The gallery's database was damaged; another Studio window has set it aside and rebuilt the gallery from the image files.</source>
            <translation>Die Datenbank der Galerie war beschädigt; ein anderes Studio-Fenster hat sie beiseitegelegt und die Galerie aus den Bilddateien neu aufgebaut.</translation>
        </message>
        <message>
            <source>The gallery's database is damaged and could not be rebuilt: {error}. Your image files are untouched in {folder}.</source>
            <translation>Die Datenbank der Galerie ist beschädigt und konnte nicht neu aufgebaut werden: {error}. Ihre Bilddateien in {folder} sind unverändert.</translation>
        </message>
        <message>
            <source>The gallery's database was damaged ({error}), so it was set aside as {aside} and the gallery rebuilt from the image files: {recovered} image(s) recovered, {described} of them with their prompt and settings (and favourites, tags, notes and lineage where the old database still held them). The other {others} keep only their format, size and time.</source>
            <translation>Die Datenbank der Galerie war beschädigt ({error}); sie wurde als {aside} beiseitegelegt und die Galerie aus den Bilddateien neu aufgebaut: {recovered} Bild(er) wiederhergestellt, davon {described} mit Prompt und Einstellungen (sowie Favoriten, Tags, Notizen und Herkunft, soweit die alte Datenbank sie noch enthielt). Die übrigen {others} behalten nur Format, Größe und Zeitpunkt.</translation>
        </message>
        <message>
            <source>The gallery's database was damaged ({error}), so it was set aside as {aside} and the gallery rebuilt from the image files: {recovered} image(s) recovered, {described} of them with their prompt and settings (and favourites, tags, notes and lineage where the old database still held them).</source>
            <translation>Die Datenbank der Galerie war beschädigt ({error}); sie wurde als {aside} beiseitegelegt und die Galerie aus den Bilddateien neu aufgebaut: {recovered} Bild(er) wiederhergestellt, davon {described} mit Prompt und Einstellungen (sowie Favoriten, Tags, Notizen und Herkunft, soweit die alte Datenbank sie noch enthielt).</translation>
        </message>
        <message>
            <source>The gallery's database was damaged ({error}), so it was set aside as {aside} and the gallery rebuilt from the image files: {recovered} image(s) recovered. The other {others} keep only their format, size and time.</source>
            <translation>Die Datenbank der Galerie war beschädigt ({error}); sie wurde als {aside} beiseitegelegt und die Galerie aus den Bilddateien neu aufgebaut: {recovered} Bild(er) wiederhergestellt. Die übrigen {others} behalten nur Format, Größe und Zeitpunkt.</translation>
        </message>
        <message>
            <source>The gallery's database was damaged ({error}), so it was set aside as {aside} and the gallery rebuilt from the image files: {recovered} image(s) recovered.</source>
            <translation>Die Datenbank der Galerie war beschädigt ({error}); sie wurde als {aside} beiseitegelegt und die Galerie aus den Bilddateien neu aufgebaut: {recovered} Bild(er) wiederhergestellt.</translation>
        </message>
        <message>
            <source>The server's image could not be read: {reason}.</source>
            <translation>Das Bild des Servers konnte nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>{failure} The image itself was kept in {folder} and is added to the gallery the next time the gallery opens.</source>
            <translation>{failure} Das Bild selbst wurde in {folder} aufbewahrt und wird beim nächsten Öffnen der Galerie hinzugefügt.</translation>
        </message>
        <message>
            <source>There is no image {id} in the gallery.</source>
            <translation>Es gibt kein Bild {id} in der Galerie.</translation>
        </message>
        <message>
            <source>Image {id} could not be read from {path}: {reason}.</source>
            <translation>Bild {id} konnte nicht aus {path} gelesen werden: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>GalleryModel</name>
        <message>
            <source>Image {id}, without a prompt</source>
            <extracomment>Decoded thumbnails kept, in bytes: enough for a few screens at any size. Bumped by every reset: answers for an older query or thumbnail size are dropped. Asked for and not come yet: a cell painted meanwhile must not ask again (scrolling repaints while they are read, and a sixth of them were read twice).</extracomment>
            <translation>Bild {id}, ohne Prompt</translation>
        </message>
        <message>
            <source>{width} by {height} pixels</source>
            <translation>{width} mal {height} Pixel</translation>
        </message>
        <message>
            <source>favourite</source>
            <translation>Favorit</translation>
        </message>
        <message>
            <source>file missing</source>
            <translation>Datei fehlt</translation>
        </message>
    </context>
    <context>
        <name>GalleryPage</name>
        <message>
            <source>Gallery</source>
            <extracomment>A problem the user must read; ``status`` is a passing confirmation. Where its sentences go (the window's, which shows them).</extracomment>
            <translation>Galerie</translation>
        </message>
        <message>
            <source>Search prompts, tags and notes</source>
            <translation>Prompts, Tags und Notizen durchsuchen</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Model filter</source>
            <translation>Modellfilter</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>Filter nach Art</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <source>Generations</source>
            <translation>Generierungen</translation>
        </message>
        <message>
            <source>Edits</source>
            <translation>Bearbeitungen</translation>
        </message>
        <message>
            <source>Variations</source>
            <translation>Varianten</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Provider filter</source>
            <translation>Anbieterfilter</translation>
        </message>
        <message>
            <source>Tag filter</source>
            <translation>Tag-Filter</translation>
        </message>
        <message>
            <source>Size filter</source>
            <translation>Größenfilter</translation>
        </message>
        <message>
            <source>Batch filter</source>
            <translation>Stapelfilter</translation>
        </message>
        <message>
            <source>Only the images a batch made</source>
            <translation>Nur die Bilder eines Stapels</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Jederzeit</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <source>Between…</source>
            <translation>Zwischen…</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>★ Favourites</source>
            <translation>★ Favoriten</translation>
        </message>
        <message>
            <source>Only favourites</source>
            <translation>Nur Favoriten</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Reihenfolge</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Neueste zuerst</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Älteste zuerst</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Papierkorb</translation>
        </message>
        <message>
            <source>Show what was deleted, to restore it or empty it</source>
            <translation>Gelöschtes anzeigen, um es wiederherzustellen oder den Papierkorb zu leeren</translation>
        </message>
        <message>
            <source>Thumbnail size</source>
            <translation>Miniaturgröße</translation>
        </message>
        <message>
            <source>Gallery images</source>
            <translation>Galeriebilder</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Gallery state</source>
            <translation>Galeriestatus</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Thumbnails</source>
            <translation>Miniaturen</translation>
        </message>
        <message>
            <source>Undo</source>
            <extracomment>The filters' choices wait for the first screen's thumbnails (``open``).</extracomment>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Put the images back (Ctrl+Z)</source>
            <translation>Bilder zurückholen (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Gallery actions</source>
            <translation>Galerieaktionen</translation>
        </message>
        <message>
            <source>Prompt only</source>
            <translation>Nur Prompt</translation>
        </message>
        <message>
            <source>All settings</source>
            <translation>Alle Einstellungen</translation>
        </message>
        <message>
            <source>Reuse</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <source>Take this image's prompt, or all its settings</source>
            <translation>Den Prompt dieses Bildes oder alle seine Einstellungen übernehmen</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Open in the editor (with its mask, if it was an edit)</source>
            <translation>Im Editor öffnen (mit seiner Maske, falls es eine Bearbeitung war)</translation>
        </message>
        <message>
            <source>Make variations of it</source>
            <translation>Varianten davon erstellen</translation>
        </message>
        <message>
            <source>★</source>
            <translation>★</translation>
        </message>
        <message>
            <source>Favourite or not</source>
            <translation>Als Favorit markieren oder Markierung aufheben</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy the image</source>
            <translation>Das Bild kopieren</translation>
        </message>
        <message>
            <source>Copy prompt</source>
            <translation>Prompt kopieren</translation>
        </message>
        <message>
            <source>Copy the prompt</source>
            <translation>Den Prompt kopieren</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Save the images as they came, their metadata in .json and .xmp files beside</source>
            <translation>Die Bilder unverändert speichern, ihre Metadaten in .json- und .xmp-Dateien daneben</translation>
        </message>
        <message>
            <source>Show file</source>
            <translation>Datei zeigen</translation>
        </message>
        <message>
            <source>Show the file in the file manager</source>
            <translation>Die Datei im Dateimanager zeigen</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vergleichen</translation>
        </message>
        <message>
            <source>Compare two selected images</source>
            <translation>Zwei ausgewählte Bilder vergleichen</translation>
        </message>
        <message>
            <source>Move to the trash (Delete)</source>
            <translation>In den Papierkorb verschieben (Entf)</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Take out of the trash</source>
            <translation>Aus dem Papierkorb holen</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Papierkorb leeren</translation>
        </message>
        <message>
            <source>Delete what is in the trash for good</source>
            <translation>Den Inhalt des Papierkorbs endgültig löschen</translation>
        </message>
        <message>
            <source>All models</source>
            <translation>Alle Modelle</translation>
        </message>
        <message>
            <source>All providers</source>
            <translation>Alle Anbieter</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Alle Tags</translation>
        </message>
        <message>
            <source>All sizes</source>
            <translation>Alle Größen</translation>
        </message>
        <message>
            <source>All batches</source>
            <translation>Alle Stapel</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>Der Papierkorb ist leer.</translation>
        </message>
        <message>
            <source>No results for “{text}”. Try fewer or shorter words, or clear the filters.</source>
            <translation>Keine Ergebnisse für „{text}“. Versuchen Sie weniger oder kürzere Wörter, oder setzen Sie die Filter zurück.</translation>
        </message>
        <message>
            <source>No images match these filters.</source>
            <translation>Keine Bilder passen zu diesen Filtern.</translation>
        </message>
        <message>
            <source>The gallery is empty. Generate an image, or drop image files here to import them.</source>
            <translation>Die Galerie ist leer. Generieren Sie ein Bild oder ziehen Sie Bilddateien hierher, um sie zu importieren.</translation>
        </message>
        <message>
            <source>Show on the canvas</source>
            <translation>Auf der Leinwand zeigen</translation>
        </message>
        <message>
            <source>Reuse prompt</source>
            <translation>Prompt übernehmen</translation>
        </message>
        <message>
            <source>Reuse all settings</source>
            <translation>Alle Einstellungen übernehmen</translation>
        </message>
        <message>
            <source>Make variations</source>
            <translation>Varianten erstellen</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>Favorit</translation>
        </message>
        <message>
            <source>Copy image</source>
            <translation>Bild kopieren</translation>
        </message>
        <message>
            <source>Compare with its base</source>
            <translation>Mit dem Basisbild vergleichen</translation>
        </message>
        <message>
            <source>That image is no longer in the gallery.</source>
            <translation>Dieses Bild ist nicht mehr in der Galerie.</translation>
        </message>
        <message>
            <source>Prompt copied.</source>
            <translation>Prompt kopiert.</translation>
        </message>
        <message>
            <source>The image could not be copied: {why}.</source>
            <translation>Das Bild konnte nicht kopiert werden: {why}.</translation>
        </message>
        <message>
            <source>Image copied.</source>
            <translation>Bild kopiert.</translation>
        </message>
        <message>
            <source>Export with metadata inside (invalidates content credentials)…</source>
            <translation>Mit eingebetteten Metadaten exportieren (macht Inhaltsnachweise ungültig)…</translation>
        </message>
        <message>
            <source>Export to folder</source>
            <translation>In Ordner exportieren</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n Bild</numerusform>
                <numerusform>%n Bilder</numerusform>
            </translation>
        </message>
        <message>
            <source>Export failed: {why}</source>
            <translation>Export fehlgeschlagen: {why}</translation>
        </message>
        <message>
            <source>Exported {images} to {folder} with the metadata inside.</source>
            <translation>{images} nach {folder} exportiert, mit eingebetteten Metadaten.</translation>
        </message>
        <message>
            <source>Exported {images} to {folder} with the metadata in sidecar files.</source>
            <translation>{images} nach {folder} exportiert, mit Metadaten in Begleitdateien.</translation>
        </message>
        <message>
            <source>{images} moved to the trash.</source>
            <translation>{images} in den Papierkorb verschoben.</translation>
        </message>
        <message>
            <source>{images} restored.</source>
            <translation>{images} wiederhergestellt.</translation>
        </message>
        <message>
            <source>Empty the trash?</source>
            <translation>Papierkorb leeren?</translation>
        </message>
        <message>
            <source>The images in the trash will be deleted for good.</source>
            <translation>Die Bilder im Papierkorb werden endgültig gelöscht.</translation>
        </message>
        <message>
            <source>{images} deleted for good.</source>
            <translation>{images} endgültig gelöscht.</translation>
        </message>
        <message>
            <source>Image {n} was not made from another image: it has no base.</source>
            <translation>Bild {n} wurde nicht aus einem anderen Bild erstellt: es hat kein Basisbild.</translation>
        </message>
        <message>
            <source>The base of #{n}</source>
            <translation>Das Basisbild von #{n}</translation>
        </message>
        <message>
            <source>These images cannot be compared: {why}.</source>
            <translation>Diese Bilder lassen sich nicht vergleichen: {why}.</translation>
        </message>
        <message>
            <source>Imported {images}.</source>
            <translation>{images} importiert.</translation>
        </message>
        <message numerus="yes">
            <source>%n already in the gallery.</source>
            <translation>
                <numerusform>%n war bereits in der Galerie.</numerusform>
                <numerusform>%n waren bereits in der Galerie.</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} was skipped: {why}.</source>
            <translation>{name} wurde übersprungen: {why}.</translation>
        </message>
        <message>
            <source>Of {name}, {what}.</source>
            <translation>Zu {name}: {what}.</translation>
        </message>
    </context>
    <context>
        <name>ImageActions</name>
        <message>
            <source>{name} could not be opened: {why}.</source>
            <translation>{name} konnte nicht geöffnet werden: {why}.</translation>
        </message>
        <message>
            <source>Open images to edit</source>
            <translation>Bilder zum Bearbeiten öffnen</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.heic *.heif *.avif);;All files (*)</source>
            <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif *.heic *.heif *.avif);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>No image is shown: open one to edit (Ctrl+O).</source>
            <translation>Es wird kein Bild angezeigt: öffnen Sie eines zum Bearbeiten (Ctrl+O).</translation>
        </message>
        <message>
            <source>The shown image</source>
            <translation>Das angezeigte Bild</translation>
        </message>
        <message>
            <source>Image {n}</source>
            <translation>Bild {n}</translation>
        </message>
        <message>
            <source>Nothing saved is shown yet to export.</source>
            <translation>Es wird noch nichts Gespeichertes angezeigt, das sich exportieren ließe.</translation>
        </message>
        <message>
            <source>Export image with metadata inside (invalidates content credentials)</source>
            <translation>Bild mit eingebetteten Metadaten exportieren (macht Inhaltsnachweise ungültig)</translation>
        </message>
        <message>
            <source>Export image</source>
            <translation>Bild exportieren</translation>
        </message>
        <message>
            <source>The image could not be exported: {why}.</source>
            <translation>Das Bild konnte nicht exportiert werden: {why}.</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Exportiert nach {path}</translation>
        </message>
        <message>
            <source>Image copied</source>
            <translation>Bild kopiert</translation>
        </message>
        <message>
            <source>The image could not be copied: {why}.</source>
            <translation>Das Bild konnte nicht kopiert werden: {why}.</translation>
        </message>
        <message>
            <source>The pasted image</source>
            <translation>Das eingefügte Bild</translation>
        </message>
    </context>
    <context>
        <name>Imaging</name>
        <message>
            <source>the image is empty</source>
            <extracomment>An SVG's pixels are only a stand-in (the views draw its vectors at the size they show), so they are kept small: rasterising holds the GIL (see ``vector``).</extracomment>
            <translation>das Bild ist leer</translation>
        </message>
        <message>
            <source>The image</source>
            <extracomment>Phone photos no Images API model takes: sent as JPEG. Who a sentence about an input names when the caller gives no file name.</extracomment>
            <translation>Das Bild</translation>
        </message>
        <message>
            <source>{name} was converted from {source} to {target}.</source>
            <translation>{name} wurde von {source} in {target} umgewandelt.</translation>
        </message>
        <message>
            <source>{name} is larger than the {limit} MB Studio reads</source>
            <extracomment>Raw pixel rows, as a canvas hands them over without copying. What was changed to make the model accept it, as sentences for the user. Where the upright original lies in these pixels (left, top, width, height): a layer painted over the original is placed here to match.</extracomment>
            <translation>{name} ist größer als die {limit} MB, die Studio liest</translation>
        </message>
        <message>
            <source>{name} was turned upright, as its camera orientation says.</source>
            <translation>{name} wurde gemäß der Kameraausrichtung aufgerichtet.</translation>
        </message>
        <message>
            <source>{name} was {width}x{height}; it was padded with transparency to a {edge}x{edge} square, as dall-e-2 needs.</source>
            <translation>{name} war {width}x{height}; es wurde mit Transparenz zu einem Quadrat von {edge}x{edge} aufgefüllt, wie dall-e-2 es verlangt.</translation>
        </message>
        <message>
            <source>{name} cannot be made smaller than the model's size limit</source>
            <translation>{name} lässt sich nicht unter die Größengrenze des Modells verkleinern</translation>
        </message>
        <message>
            <source>{name} was scaled down to {width}x{height} to fit the model's {limit} MB limit.</source>
            <translation>{name} wurde auf {width}x{height} verkleinert, um die Grenze von {limit} MB des Modells einzuhalten.</translation>
        </message>
        <message>
            <source>its format</source>
            <translation>seinem Format</translation>
        </message>
        <message>
            <source>a {width}x{height} canvas would cut the {picture_width}x{picture_height} picture; an expanded canvas is at least as large as the picture</source>
            <extracomment>How far from the wanted size a free-size search looks, in 1% steps (down or up). Steps of the aspect ratio towards square, in 1% steps, when the wanted shape is refused. How far (as a log ratio, about 1%) a free size's shape may stray from the one searched for: at tiny sizes rounding to the multiple lands on allowed shapes far from the one wanted. An accepted canvas this much larger than the one wanted scales the picture up with it. The canvas sent: a size the model accepts. Where the picture lies on it: left, top, width, height (scaled when the accepted canvas is much smaller or larger than the one wanted). How far (in canvas pixels) the mask reaches into the picture, softening towards it. The canvas asked for, before the model's rule was applied.</extracomment>
            <translation>eine Leinwand von {width}x{height} würde das Bild von {picture_width}x{picture_height} beschneiden; eine erweiterte Leinwand ist mindestens so groß wie das Bild</translation>
        </message>
        <message>
            <source>this model names no size it accepts</source>
            <translation>dieses Modell nennt keine Größe, die es akzeptiert</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <extracomment>Far above any photo or generated image, far below what would strain memory.</extracomment>
            <translation>es ist ein Ordner</translation>
        </message>
        <message>
            <source>it is a named pipe, not a file</source>
            <translation>es ist eine Named Pipe, keine Datei</translation>
        </message>
        <message>
            <source>it is a device, not a file</source>
            <translation>es ist ein Gerät, keine Datei</translation>
        </message>
        <message>
            <source>it is a socket, not a file</source>
            <translation>es ist ein Socket, keine Datei</translation>
        </message>
        <message>
            <source>it is not a regular file</source>
            <translation>es ist keine reguläre Datei</translation>
        </message>
        <message>
            <source>it is {size:.0f} MB, more than the {limit:.0f} MB Studio reads for an image</source>
            <translation>es ist {size:.0f} MB groß, mehr als die {limit:.0f} MB, die Studio für ein Bild liest</translation>
        </message>
        <message>
            <source>it cannot be read ({reason})</source>
            <translation>es kann nicht gelesen werden ({reason})</translation>
        </message>
        <message>
            <source>it is more than the {limit:.0f} MB Studio reads for an image</source>
            <translation>es ist größer als die {limit:.0f} MB, die Studio für ein Bild liest</translation>
        </message>
        <message>
            <source>not an image Studio can read</source>
            <extracomment>Longest edge of a gallery thumbnail, in pixels.</extracomment>
            <translation>kein Bild, das Studio lesen kann</translation>
        </message>
        <message>
            <source>too many pixels to be a real image</source>
            <translation>zu viele Pixel für ein echtes Bild</translation>
        </message>
        <message>
            <source>{format} images are not supported</source>
            <translation>{format}-Bilder werden nicht unterstützt</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>the SVG is larger than {limit} MB</source>
            <extracomment>Larger SVGs are not rendered (an illustration from a model is tens of kilobytes). Elements that run code or pull in other documents: dropped with everything inside them. References that stay inside the file: a fragment, or an embedded raster picture. Which size a percentage of each geometry attribute is taken of.</extracomment>
            <translation>das SVG ist größer als {limit} MB</translation>
        </message>
        <message>
            <source>the SVG is not UTF-8 text</source>
            <translation>das SVG ist kein UTF-8-Text</translation>
        </message>
        <message>
            <source>the SVG declares XML entities, which Studio does not render</source>
            <translation>das SVG deklariert XML-Entitäten, die Studio nicht darstellt</translation>
        </message>
        <message>
            <source>the SVG is not well-formed ({error})</source>
            <translation>das SVG ist nicht wohlgeformt ({error})</translation>
        </message>
        <message>
            <source>the file is XML but not an SVG</source>
            <translation>die Datei ist XML, aber kein SVG</translation>
        </message>
        <message>
            <source>the SVG has too many elements to render</source>
            <translation>das SVG hat zu viele Elemente zum Darstellen</translation>
        </message>
        <message>
            <source>the SVG could not be drawn ({error})</source>
            <translation>das SVG konnte nicht gezeichnet werden ({error})</translation>
        </message>
    </context>
    <context>
        <name>InputStrip</name>
        <message>
            <source>an SVG is made of vectors, and the Images API edits pictures</source>
            <translation>ein SVG besteht aus Vektoren, und die Images API bearbeitet Rasterbilder</translation>
        </message>
        <message>
            <source>Input images</source>
            <translation>Eingabebilder</translation>
        </message>
        <message>
            <source>The first is the base the mask applies to; Delete removes the chosen one</source>
            <translation>Das erste ist das Basisbild, auf das sich die Maske bezieht; Entf entfernt das gewählte</translation>
        </message>
        <message>
            <source>Add image…</source>
            <translation>Bild hinzufügen…</translation>
        </message>
        <message>
            <source>Add an input image (or drop files, or paste)</source>
            <translation>Ein Eingabebild hinzufügen (oder Dateien hierher ziehen oder einfügen)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected inputs (Delete)</source>
            <translation>Die ausgewählten Eingaben entfernen (Entf)</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>No input images yet.</source>
            <translation>Noch keine Eingabebilder.</translation>
        </message>
        <message numerus="yes">
            <source>{n} of at most %n input image(s). The first is the base the mask or markup applies to; drag to reorder.</source>
            <translation>
                <numerusform>{n} von höchstens %n Eingabebild. Das erste ist das Basisbild, auf das sich Maske oder Skizze beziehen; zum Umsortieren ziehen.</numerusform>
                <numerusform>{n} von höchstens %n Eingabebildern. Das erste ist das Basisbild, auf das sich Maske oder Skizze beziehen; zum Umsortieren ziehen.</numerusform>
            </translation>
        </message>
        <message>
            <source>This model takes at most {limit}: remove some.</source>
            <translation>Dieses Modell akzeptiert höchstens {limit}: entfernen Sie einige.</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <source>queued</source>
            <extracomment>What an edit is told to do when it stands in for a variation. What a job's state reads as (Job is no QObject: its words are in the context "Job").</extracomment>
            <translation>wartet</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>wird gesendet</translation>
        </message>
        <message>
            <source>receiving</source>
            <translation>wird empfangen</translation>
        </message>
        <message>
            <source>saving</source>
            <translation>wird gespeichert</translation>
        </message>
        <message>
            <source>done</source>
            <translation>fertig</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>Variation of image {n}</source>
            <extracomment>An edit standing in for a variation (the provider makes none). This job's place in its group's grid. Longest edge of its final frames and of its partial previews: the view's size when it was sent (a job queued behind others keeps it). What to paint now: the newest partial, then the final image. With keep-unmasked, per final image: the model's own result in the gallery, the share of pixels it changed outside the mask, and where (a heat overlay). When the model was shut down: the model that replaces it. How many jobs its run was split into (one per image when streaming n &gt; 1).</extracomment>
            <translation>Variante von Bild {n}</translation>
        </message>
        <message>
            <source>Variation of {name}</source>
            <translation>Variante von {name}</translation>
        </message>
        <message>
            <source>Variation of an image</source>
            <translation>Variante eines Bildes</translation>
        </message>
        <message>
            <source>{n} of {count} · {subject}</source>
            <translation>{n} von {count} · {subject}</translation>
        </message>
        <message>
            <source>receiving partial {n} of {count}</source>
            <translation>Zwischenbild {n} von {count} wird empfangen</translation>
        </message>
        <message>
            <source>failed (last preview kept)</source>
            <translation>fehlgeschlagen (letzte Vorschau behalten)</translation>
        </message>
    </context>
    <context>
        <name>JobQueue</name>
        <message>
            <source>{old} has been shut down: the job was retried with {model}.</source>
            <extracomment>A result was saved to the gallery: (job, frame or None, image id). Rows the gallery gained from one result, oldest first (a kept-unmasked edit's model's own result, then the kept image; or a stopped job's last preview): what the gallery and the recent strip add. The worker stopped; its running jobs were marked failed. A sentence the user should read (a retry that changed the model, say). A finished job left the list (pruned); its record is in ``history``. Display pixels kept by finished jobs, in bytes (the newest jobs keep theirs). Finished jobs kept in the list; older ones are pruned to records. Set by the view to its size in device pixels: partial previews need no more. The model that replaces a shut-down one, or None while it is live (the session knows; set by whoever builds the queue).</extracomment>
            <translation>{old} wurde abgeschaltet: der Auftrag wurde mit {model} wiederholt.</translation>
        </message>
        <message>
            <source>The job can be retried.</source>
            <translation>Der Auftrag kann wiederholt werden.</translation>
        </message>
    </context>
    <context>
        <name>JobRow</name>
        <message>
            <source>Job state</source>
            <extracomment>The user chose this model for what comes next (a shut-down model's replacement).</extracomment>
            <translation>Auftragsstatus</translation>
        </message>
        <message>
            <source>Time taken</source>
            <translation>Benötigte Zeit</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>Job problem</source>
            <translation>Auftragsproblem</translation>
        </message>
        <message>
            <source>Request id</source>
            <translation>Anfrage-ID</translation>
        </message>
        <message>
            <source>Cancel this job (Esc cancels the newest)</source>
            <translation>Diesen Auftrag abbrechen (Esc bricht den neuesten ab)</translation>
        </message>
        <message>
            <source>Cancel job</source>
            <translation>Auftrag abbrechen</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Copy request id</source>
            <translation>Anfrage-ID kopieren</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>{model} verwenden</translation>
        </message>
        <message>
            <source>Choose {model} for what you make next</source>
            <translation>{model} für alles Weitere wählen</translation>
        </message>
        <message>
            <source>Retry with {model}</source>
            <translation>Mit {model} erneut versuchen</translation>
        </message>
        <message>
            <source>Request id: {id}</source>
            <translation>Anfrage-ID: {id}</translation>
        </message>
    </context>
    <context>
        <name>JobsPanel</name>
        <message>
            <source>Jobs</source>
            <translation>Aufträge</translation>
        </message>
        <message>
            <source>No jobs yet. Write a prompt and press Generate.</source>
            <translation>Noch keine Aufträge. Schreiben Sie einen Prompt und klicken Sie auf „Generieren“.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>System language ({name})</source>
            <extracomment>Overrides the setting (tests and the screenshot script pick a language with it). The shipped catalogues, each named in its own language (how a language list should read).</extracomment>
            <translation>Systemsprache ({name})</translation>
        </message>
    </context>
    <context>
        <name>Lifecycle</name>
        <message>
            <source>{one} or {other}</source>
            <extracomment>Names OpenAI gives its image models; a provider's list also holds chat, audio … models. Words in the names compatible servers give their own image models. A shutdown date is announced and still ahead. None: the provider was not asked; True/False: whether its ``/models`` list holds it. Whether Studio's table knows the model (a compatible server's own names are not). What sets it apart from its sibling ("fast", "detailed"); empty when nothing does. Unix time the provider gives as the model's creation.</extracomment>
            <translation>{one} oder {other}</translation>
        </message>
        <message>
            <source>{model} shuts down at OpenAI on {day}.</source>
            <translation>{model} wird bei OpenAI am {day} abgeschaltet.</translation>
        </message>
        <message>
            <source>{model} was shut down at OpenAI on {day}; some compatible servers still serve it.</source>
            <translation>{model} wurde bei OpenAI am {day} abgeschaltet; einige kompatible Server bieten es noch an.</translation>
        </message>
        <message>
            <source>{model} was shut down at OpenAI on {day}. Use {instead} there; some compatible servers still serve it.</source>
            <translation>{model} wurde bei OpenAI am {day} abgeschaltet. Verwenden Sie dort {instead}; einige kompatible Server bieten es noch an.</translation>
        </message>
        <message>
            <source>{model} was shut down on {day}.</source>
            <translation>{model} wurde am {day} abgeschaltet.</translation>
        </message>
        <message>
            <source>The server does not offer {model} (or not to this key).</source>
            <translation>Der Server bietet {model} nicht an (oder nicht für diesen Schlüssel).</translation>
        </message>
        <message>
            <source>Use {names} instead.</source>
            <translation>Verwenden Sie stattdessen {names}.</translation>
        </message>
        <message>
            <source>Choose another model.</source>
            <translation>Wählen Sie ein anderes Modell.</translation>
        </message>
        <message>
            <source>{what} {advice}</source>
            <translation>{what} {advice}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Parameters</source>
            <extracomment>Below these window sizes (in device-independent pixels, so at 200 % scale they count twice the screen pixels) a dock turns into a tab beside the prompt. The smallest window: the docks tabbed, each page still usable. Set outright, or Qt would hold the window to the roomy arrangement's minimum before the docks could turn into tabs.</extracomment>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Prompt and parameters</source>
            <translation>Prompt und Parameter</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>Aufträge</translation>
        </message>
        <message>
            <source>Recent results</source>
            <translation>Neueste Ergebnisse</translation>
        </message>
        <message>
            <source>No provider</source>
            <extracomment>The batches' session is made this long after the window shows: the first screen is drawn by then, and its first poll of unfinished batches is ``POLL_MS`` later anyway. Work this window started; cancelled when it closes, so none outlives its widgets.</extracomment>
            <translation>Kein Anbieter</translation>
        </message>
        <message>
            <source>Provider: {name}</source>
            <translation>Anbieter: {name}</translation>
        </message>
        <message>
            <source>Provider: {name} (no API key)</source>
            <translation>Anbieter: {name} (kein API-Schlüssel)</translation>
        </message>
        <message>
            <source>Edit image</source>
            <translation>Bild bearbeiten</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Generieren</translation>
        </message>
        <message>
            <source>add an API key or start the demo server first</source>
            <translation>zuerst einen API-Schlüssel hinzufügen oder den Demoserver starten</translation>
        </message>
        <message>
            <source>no saved image shown</source>
            <translation>kein gespeichertes Bild angezeigt</translation>
        </message>
        <message>
            <source>Add an API key or start the demo server first</source>
            <translation>Zuerst einen API-Schlüssel hinzufügen oder den Demoserver starten</translation>
        </message>
        <message>
            <source>Edit the base image as described (Ctrl+Enter)</source>
            <translation>Das Basisbild wie beschrieben bearbeiten (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Make the image (Ctrl+Enter)</source>
            <translation>Bild generieren (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Write a prompt on the left and press Generate (Ctrl+Enter).</source>
            <translation>Links einen Prompt schreiben und „Generieren“ drücken (Ctrl+Enter).</translation>
        </message>
        <message>
            <source>Add an API key or start the offline demo server first.</source>
            <translation>Fügen Sie zuerst einen API-Schlüssel hinzu oder starten Sie den Offline-Demoserver.</translation>
        </message>
        <message>
            <source>Write a prompt first: it says what the image shows.</source>
            <translation>Schreiben Sie zuerst einen Prompt: er beschreibt, was das Bild zeigt.</translation>
        </message>
        <message>
            <source>Cancelling the newest job…</source>
            <translation>Neuester Auftrag wird abgebrochen…</translation>
        </message>
        <message>
            <source>Quit Studio?</source>
            <translation>Studio beenden?</translation>
        </message>
        <message numerus="yes">
            <source>%n job(s) are still running. Quit anyway? They will be cancelled; their last previews are kept in the gallery.</source>
            <translation>
                <numerusform>%n Auftrag läuft noch. Trotzdem beenden? Er wird abgebrochen; seine letzte Vorschau bleibt in der Galerie.</numerusform>
                <numerusform>%n Aufträge laufen noch. Trotzdem beenden? Sie werden abgebrochen; ihre letzten Vorschauen bleiben in der Galerie.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Generate</source>
            <translation>&amp;Generieren</translation>
        </message>
        <message>
            <source>&amp;Cancel newest job</source>
            <translation>Neuesten Auftrag &amp;abbrechen</translation>
        </message>
        <message>
            <source>&amp;Export shown image…</source>
            <translation>Angezeigtes Bild &amp;exportieren…</translation>
        </message>
        <message>
            <source>Save the image as it came, its metadata in .json and .xmp files beside it</source>
            <translation>Das Bild unverändert speichern, seine Metadaten in .json- und .xmp-Dateien daneben</translation>
        </message>
        <message>
            <source>Export shown image with metadata &amp;inside (invalidates content credentials)…</source>
            <translation>Angezeigtes Bild mit eingebetteten &amp;Metadaten exportieren (macht Inhaltsnachweise ungültig)…</translation>
        </message>
        <message>
            <source>&amp;Copy image</source>
            <translation>Bild &amp;kopieren</translation>
        </message>
        <message>
            <source>&amp;Open image to edit…</source>
            <translation>Bild zum Bearbeiten ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>&amp;Edit shown image</source>
            <translation>Bild &amp;bearbeiten</translation>
        </message>
        <message>
            <source>Make &amp;variations</source>
            <translation>&amp;Varianten erstellen</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>Take back the last stroke in the editor or deletion in the gallery</source>
            <translation>Den letzten Strich im Editor oder das letzte Löschen in der Galerie rückgängig machen</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Do again the stroke taken back in the editor</source>
            <translation>Den im Editor rückgängig gemachten Strich erneut ausführen</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Ergebnisse</translation>
        </message>
        <message>
            <source>E&amp;ditor</source>
            <translation>E&amp;ditor</translation>
        </message>
        <message>
            <source>&amp;Gallery</source>
            <translation>&amp;Galerie</translation>
        </message>
        <message>
            <source>&amp;Batches</source>
            <translation>&amp;Stapel</translation>
        </message>
        <message>
            <source>&amp;Paste image</source>
            <translation>Bild &amp;einfügen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Vergrößern</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>&amp;Fit to window</source>
            <translation>An Fenster &amp;anpassen</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Originalgröße</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Image</source>
            <translation>B&amp;ild</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Providers and API keys…</source>
            <translation>&amp;Anbieter und API-Schlüssel…</translation>
        </message>
        <message>
            <source>Use the offline &amp;demo server</source>
            <translation>Offline-&amp;Demoserver verwenden</translation>
        </message>
        <message>
            <source>Spending &amp;caps…</source>
            <translation>Ausgaben&amp;limits…</translation>
        </message>
        <message>
            <source>&amp;Appearance…</source>
            <translation>Dar&amp;stellung…</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;About Studio</source>
            <translation>&amp;Über Studio</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Werkzeuge</translation>
        </message>
        <message>
            <source>About Studio</source>
            <translation>Über Studio</translation>
        </message>
        <message>
            <source>&lt;b&gt;Studio {version}&lt;/b&gt;&lt;p&gt;A desktop image studio for the OpenAI Images API.&lt;/p&gt;</source>
            <translation>&lt;b&gt;Studio {version}&lt;/b&gt;&lt;p&gt;Ein Desktop-Bildstudio für die OpenAI Images API.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MaskSelection</name>
        <message>
            <source>Selection</source>
            <translation>Auswahl</translation>
        </message>
        <message>
            <source>Grow, shrink or feather the mask; load or save it</source>
            <translation>Maske erweitern, verkleinern oder weichzeichnen; laden oder speichern</translation>
        </message>
        <message>
            <source>Grow…</source>
            <translation>Erweitern…</translation>
        </message>
        <message>
            <source>Widen the mask by some pixels</source>
            <translation>Die Maske um einige Pixel erweitern</translation>
        </message>
        <message>
            <source>Shrink…</source>
            <translation>Verkleinern…</translation>
        </message>
        <message>
            <source>Narrow the mask by some pixels</source>
            <translation>Die Maske um einige Pixel verkleinern</translation>
        </message>
        <message>
            <source>Feather…</source>
            <translation>Weiche Kante…</translation>
        </message>
        <message>
            <source>Soften the mask's edges now</source>
            <translation>Die Kanten der Maske jetzt weichzeichnen</translation>
        </message>
        <message>
            <source>Load mask…</source>
            <translation>Maske laden…</translation>
        </message>
        <message>
            <source>A mask file: transparent (or white) where the image may change</source>
            <translation>Eine Maskendatei: transparent (oder weiß), wo sich das Bild ändern darf</translation>
        </message>
        <message>
            <source>Load from a picture's transparency…</source>
            <translation>Aus der Transparenz eines Bildes laden…</translation>
        </message>
        <message>
            <source>Mask what is opaque in a picture (a cut-out subject, say)</source>
            <translation>Maskieren, was in einem Bild deckend ist (etwa ein freigestelltes Motiv)</translation>
        </message>
        <message>
            <source>Save mask…</source>
            <translation>Maske speichern…</translation>
        </message>
        <message>
            <source>Keep this mask as a PNG to reuse</source>
            <translation>Diese Maske als PNG zum Wiederverwenden speichern</translation>
        </message>
        <message>
            <source>{name} could not be loaded as a mask: {why}.</source>
            <translation>{name} konnte nicht als Maske geladen werden: {why}.</translation>
        </message>
        <message>
            <source>Nothing is masked yet, so there is no mask to save.</source>
            <translation>Noch ist nichts maskiert, daher gibt es keine Maske zum Speichern.</translation>
        </message>
        <message>
            <source>The mask could not be saved to {path}: {why}.</source>
            <translation>Die Maske konnte nicht unter {path} gespeichert werden: {why}.</translation>
        </message>
        <message>
            <source>Grow the mask</source>
            <translation>Maske erweitern</translation>
        </message>
        <message>
            <source>By how many pixels:</source>
            <translation>Um wie viele Pixel:</translation>
        </message>
        <message>
            <source>Shrink the mask</source>
            <translation>Maske verkleinern</translation>
        </message>
        <message>
            <source>Feather the mask</source>
            <translation>Maske weichzeichnen</translation>
        </message>
        <message>
            <source>Over how many pixels:</source>
            <translation>Über wie viele Pixel:</translation>
        </message>
        <message>
            <source>Load a mask</source>
            <translation>Maske laden</translation>
        </message>
        <message>
            <source>Mask a picture's opaque part</source>
            <translation>Deckenden Teil eines Bildes maskieren</translation>
        </message>
        <message>
            <source>Images (*.png *.webp *.gif *.jpg *.jpeg);;All files (*)</source>
            <translation>Bilder (*.png *.webp *.gif *.jpg *.jpeg);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Save the mask</source>
            <translation>Maske speichern</translation>
        </message>
        <message>
            <source>PNG (*.png)</source>
            <translation>PNG (*.png)</translation>
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>Model</source>
            <extracomment>The item's data for "Other model (compatible server)…": the name is typed beside it.</extracomment>
            <translation>Modell</translation>
        </message>
        <message>
            <source>{model}  (not listed by this provider)</source>
            <translation>{model}  (von diesem Anbieter nicht gelistet)</translation>
        </message>
        <message>
            <source>Other model (compatible server)…</source>
            <translation>Anderes Modell (kompatibler Server)…</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>Trennlinie</translation>
        </message>
        <message>
            <source>{model}  (until {day})</source>
            <translation>{model}  (bis {day})</translation>
        </message>
        <message>
            <source>{model}  (shut down {day})</source>
            <translation>{model}  (abgeschaltet am {day})</translation>
        </message>
        <message>
            <source> Its replacement: {model}.</source>
            <translation> Ersatz: {model}.</translation>
        </message>
        <message>
            <source>{model} stops working on {day}.</source>
            <translation>{model} funktioniert ab {day} nicht mehr.</translation>
        </message>
        <message>
            <source>{model} was shut down at OpenAI; this server still lists it.</source>
            <translation>{model} wurde bei OpenAI abgeschaltet; dieser Server führt es noch.</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} bis {high}</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Dismiss notice</source>
            <translation>Hinweis schließen</translation>
        </message>
    </context>
    <context>
        <name>PaintCanvas</name>
        <message>
            <source>Arrows</source>
            <extracomment>Click a colour: its area is selected (see the editor's selection options). Shapes made corner to corner (or point by point, the lasso), from the keyboard with Enter. How far an arrow moves the brush cursor, in brush diameters (with no modifier, Shift, Ctrl). What the keys do on the painting canvas (shown in Help ▸ Keyboard shortcuts).</extracomment>
            <translation>Pfeiltasten</translation>
        </message>
        <message>
            <source>Move the brush cursor (a quarter of the brush)</source>
            <translation>Pinselcursor bewegen (um ein Viertel des Pinsels)</translation>
        </message>
        <message>
            <source>Shift+Arrows</source>
            <translation>Umschalt+Pfeiltasten</translation>
        </message>
        <message>
            <source>Move the brush cursor a whole brush</source>
            <translation>Pinselcursor um eine ganze Pinselbreite bewegen</translation>
        </message>
        <message>
            <source>Ctrl+Arrows</source>
            <translation>Strg+Pfeiltasten</translation>
        </message>
        <message>
            <source>Move the brush cursor four brushes</source>
            <translation>Pinselcursor um vier Pinselbreiten bewegen</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Leertaste</translation>
        </message>
        <message>
            <source>Paint a dab at the brush cursor (held, the arrows paint)</source>
            <translation>Einen Tupfer am Pinselcursor malen (gehalten malen die Pfeiltasten)</translation>
        </message>
        <message>
            <source>Shift+Space</source>
            <translation>Umschalt+Leertaste</translation>
        </message>
        <message>
            <source>Erase a dab at the brush cursor</source>
            <translation>Einen Tupfer am Pinselcursor radieren</translation>
        </message>
        <message>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <source>Swap brush and eraser</source>
            <translation>Zwischen Pinsel und Radierer wechseln</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Start a shape at the brush cursor; again to finish it</source>
            <translation>Eine Form am Pinselcursor beginnen; erneut drücken zum Abschließen</translation>
        </message>
        <message>
            <source>Shift+Enter</source>
            <translation>Umschalt+Enter</translation>
        </message>
        <message>
            <source>Start a shape that clears</source>
            <translation>Eine löschende Form beginnen</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Drop the shape being made</source>
            <translation>Die begonnene Form verwerfen</translation>
        </message>
        <message>
            <source>B, E, R, L, W</source>
            <translation>B, E, R, L, W</translation>
        </message>
        <message>
            <source>Brush, eraser, rectangle, lasso, select colour (mask)</source>
            <translation>Pinsel, Radierer, Rechteck, Lasso, Farbe auswählen (Maske)</translation>
        </message>
        <message>
            <source>B, E, A, R, O</source>
            <translation>B, E, A, R, O</translation>
        </message>
        <message>
            <source>Brush, eraser, arrow, rectangle, ellipse (markup)</source>
            <translation>Pinsel, Radierer, Pfeil, Rechteck, Ellipse (Skizze)</translation>
        </message>
        <message>
            <source>[ and ]</source>
            <translation>[ und ]</translation>
        </message>
        <message>
            <source>Smaller or larger brush</source>
            <translation>Kleinerer oder größerer Pinsel</translation>
        </message>
        <message>
            <source>{ and }</source>
            <translation>{ und }</translation>
        </message>
        <message>
            <source>Softer or harder brush</source>
            <translation>Weicherer oder härterer Pinsel</translation>
        </message>
        <message>
            <source>Space+drag, middle drag</source>
            <translation>Leertaste+Ziehen, Ziehen mit mittlerer Taste</translation>
        </message>
        <message>
            <source>Pan</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <source>Painting canvas</source>
            <extracomment>Longest edge of a layer: the largest image a model makes, and 64 MB of layer at most. The colour tool was clicked at this layer point (QPointF), with these modifiers.</extracomment>
            <translation>Malfläche</translation>
        </message>
        <message>
            <source>The image to paint the mask or markup on. Arrow keys move a brush cursor, Space paints a dab, Shift+Space erases, Enter starts and finishes a shape; Help, Keyboard shortcuts lists every key.</source>
            <translation>Das Bild, auf das die Maske oder Skizze gemalt wird. Pfeiltasten bewegen einen Pinselcursor, die Leertaste malt einen Tupfer, Umschalt+Leertaste radiert, Enter beginnt und beendet eine Form; Hilfe, Tastenkürzel listet alle Tasten.</translation>
        </message>
    </context>
    <context>
        <name>Params</name>
        <message>
            <source>auto</source>
            <extracomment>The choices a person reads as words; the others (sizes, formats, ``url``, ``hd``) are names.</extracomment>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>low</source>
            <translation>niedrig</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>high</source>
            <translation>hoch</translation>
        </message>
        <message>
            <source>max</source>
            <translation>maximal</translation>
        </message>
        <message>
            <source>standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>opaque</source>
            <translation>deckend</translation>
        </message>
        <message>
            <source>transparent</source>
            <translation>transparent</translation>
        </message>
        <message>
            <source>natural</source>
            <translation>natürlich</translation>
        </message>
        <message>
            <source>vivid</source>
            <translation>lebendig</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>minimal</source>
            <translation>minimal</translation>
        </message>
        <message>
            <source>Only for edits.</source>
            <extracomment>Unique key: the API's name, or ``svg_model``/``svg_effort`` for the parts of ``svg``. The ``ImageRequest`` field it fills; ``part`` for a field of the nested svg object. Where the server's errors point (``param`` in an error). The allowed choices, from the model's capabilities. (lowest, highest) for an integer, from the model's capabilities. Why it does not apply beyond the endpoint, or None. Values that change nothing, so they are accepted even where the parameter does not apply. What the panel shows first; None: the first allowed choice. Unset means the model's own default, which no choice names: the panel offers it. The panel's remembered setting (``params/KEY``); empty: not a panel control. Command-line flags, the first the canonical spelling; empty: not a flag.</extracomment>
            <translation>Nur für Bearbeitungen.</translation>
        </message>
        <message>
            <source>Only for generations.</source>
            <translation>Nur für Generierungen.</translation>
        </message>
        <message>
            <source>Only for edits and variations.</source>
            <translation>Nur für Bearbeitungen und Varianten.</translation>
        </message>
        <message>
            <source>A variation takes no {what}.</source>
            <translation>Varianten haben keine Einstellung „{what}“.</translation>
        </message>
        <message>
            <source>Not for {endpoint}.</source>
            <translation>Nicht für „{endpoint}“.</translation>
        </message>
        <message>
            <source>{model} chooses its own size.</source>
            <translation>{model} wählt seine Größe selbst.</translation>
        </message>
        <message>
            <source>SVG output makes one image per request (n must be 1).</source>
            <translation>SVG-Ausgabe erzeugt ein Bild pro Anfrage (n muss 1 sein).</translation>
        </message>
        <message>
            <source>{model} has no compression setting.</source>
            <translation>{model} hat keine Kompressionseinstellung.</translation>
        </message>
        <message>
            <source>{format} output takes no compression; only JPEG and WebP do.</source>
            <translation>{format}-Ausgabe hat keine Kompression; nur JPEG und WebP.</translation>
        </message>
        <message>
            <source>{model} cannot stream partial images.</source>
            <translation>{model} kann keine Zwischenbilder streamen.</translation>
        </message>
        <message>
            <source>{format} images cannot stream.</source>
            <translation>{format}-Bilder können nicht gestreamt werden.</translation>
        </message>
        <message>
            <source>Partial images come only while streaming.</source>
            <translation>Zwischenbilder gibt es nur beim Streaming.</translation>
        </message>
        <message>
            <source>{model} matches its inputs at high fidelity by itself.</source>
            <translation>{model} gibt seine Eingaben von sich aus mit hoher Detailtreue wieder.</translation>
        </message>
        <message>
            <source>{model} has no input fidelity.</source>
            <translation>{model} hat keine Einstellung für Detailtreue.</translation>
        </message>
        <message>
            <source>{model} makes no GIFs (the 2.6 models do).</source>
            <translation>{model} erstellt keine GIFs (die 2.6-Modelle schon).</translation>
        </message>
        <message>
            <source>Only for GIF output.</source>
            <translation>Nur für GIF-Ausgabe.</translation>
        </message>
        <message>
            <source>{model} makes no SVGs (the 2.6 models do).</source>
            <translation>{model} erstellt keine SVGs (die 2.6-Modelle schon).</translation>
        </message>
        <message>
            <source>Only for SVG output.</source>
            <translation>Nur für SVG-Ausgabe.</translation>
        </message>
        <message>
            <source>{model} has no SVG reasoning setting.</source>
            <translation>{model} hat keine Einstellung für SVG-Aufwand.</translation>
        </message>
        <message>
            <source>{model} takes no mask.</source>
            <translation>{model} akzeptiert keine Maske.</translation>
        </message>
        <message>
            <source>GIF output cannot be combined with a mask.</source>
            <translation>GIF-Ausgabe lässt sich nicht mit einer Maske kombinieren.</translation>
        </message>
        <message>
            <source>{model} takes no markup; use a mask instead.</source>
            <translation>{model} akzeptiert keine Skizze; verwenden Sie stattdessen eine Maske.</translation>
        </message>
        <message>
            <source>{model} takes no safety identifier; use the user field.</source>
            <translation>{model} akzeptiert keine Sicherheits-ID; verwenden Sie das Feld „Benutzer“.</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>what the image should show, or how to change the input images</source>
            <translation>was das Bild zeigen soll oder wie die Eingabebilder zu ändern sind</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>model name (the table's or a compatible server's own)</source>
            <translation>Modellname (aus der Tabelle oder der eigene eines kompatiblen Servers)</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>an input image (repeatable)</source>
            <translation>ein Eingabebild (wiederholbar)</translation>
        </message>
        <message>
            <source>Mask</source>
            <translation>Maske</translation>
        </message>
        <message>
            <source>PNG, transparent where to change</source>
            <translation>PNG, transparent, wo geändert werden soll</translation>
        </message>
        <message>
            <source>Markup</source>
            <translation>Skizze</translation>
        </message>
        <message>
            <source>PNG of strokes drawn over the first image to guide the edit (2.6 models)</source>
            <translation>PNG mit Strichen über dem ersten Bild, die die Bearbeitung lenken (2.6-Modelle)</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>WIDTHxHEIGHT or auto (gpt-image-2 and later: any multiple of 16, 1:3 to 3:1)</source>
            <translation>BREITExHÖHE oder automatisch (ab gpt-image-2: jedes Vielfache von 16, 1:3 bis 3:1)</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <source>low, medium, high, auto; xhigh and max on 2.5 and 2.6; standard or hd on DALL·E</source>
            <translation>niedrig, mittel, hoch, automatisch; xhigh und maximal bei 2.5 und 2.6; Standard oder hd bei DALL·E</translation>
        </message>
        <message>
            <source>{model} has no quality setting.</source>
            <translation>{model} hat keine Qualitätseinstellung.</translation>
        </message>
        <message>
            <source>how many images (1-10)</source>
            <translation>wie viele Bilder (1-10)</translation>
        </message>
        <message>
            <source>Streaming</source>
            <translation>Streaming</translation>
        </message>
        <message>
            <source>show partial images</source>
            <translation>Zwischenbilder anzeigen</translation>
        </message>
        <message>
            <source>Partial images</source>
            <translation>Zwischenbilder</translation>
        </message>
        <message>
            <source>partial images while streaming (0-3)</source>
            <translation>Zwischenbilder beim Streaming (0-3)</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>png, jpeg, webp; gif and svg on 2.6</source>
            <translation>png, jpeg, webp; gif und svg bei 2.6</translation>
        </message>
        <message>
            <source>{model} returns PNG only; it has no format choice.</source>
            <translation>{model} liefert nur PNG; es gibt keine Formatwahl.</translation>
        </message>
        <message>
            <source>Compression %</source>
            <translation>Kompression %</translation>
        </message>
        <message>
            <source>0-100, for jpeg and webp</source>
            <translation>0-100, für jpeg und webp</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>Hintergrund</translation>
        </message>
        <message>
            <source>auto, opaque or transparent (transparent needs png or webp)</source>
            <translation>automatisch, deckend oder transparent (transparent braucht png oder webp)</translation>
        </message>
        <message>
            <source>{model} has no background setting.</source>
            <translation>{model} hat keine Hintergrundeinstellung.</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>Einzelbilder</translation>
        </message>
        <message>
            <source>frames of a GIF (2-16, 9 when unset)</source>
            <translation>Einzelbilder eines GIFs (2-16, ohne Angabe 9)</translation>
        </message>
        <message>
            <source>Frame ms</source>
            <translation>ms pro Bild</translation>
        </message>
        <message>
            <source>how long each GIF frame shows, in ms (20 or more, 200 when unset)</source>
            <translation>wie lange jedes GIF-Einzelbild zu sehen ist, in ms (mindestens 20, ohne Angabe 200)</translation>
        </message>
        <message>
            <source>SVG model</source>
            <translation>SVG-Modell</translation>
        </message>
        <message>
            <source>the model that writes the SVG (when your account chooses it)</source>
            <translation>das Modell, das das SVG schreibt (wenn Ihr Konto die Wahl erlaubt)</translation>
        </message>
        <message>
            <source>SVG effort</source>
            <translation>SVG-Aufwand</translation>
        </message>
        <message>
            <source>how hard the SVG author reasons: none, minimal, low, medium, high, xhigh, max</source>
            <translation>wie gründlich der SVG-Autor nachdenkt: keine, minimal, niedrig, mittel, hoch, xhigh, maximal</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translation>Komplexität</translation>
        </message>
        <message>
            <source>planning effort, apart from quality: low, medium, high (2.6 models; high when unset)</source>
            <translation>Planungsaufwand, unabhängig von der Qualität: niedrig, mittel, hoch (2.6-Modelle; ohne Angabe hoch)</translation>
        </message>
        <message>
            <source>{model} has no complexity setting (the 2.6 models do).</source>
            <translation>{model} hat keine Komplexitätseinstellung (die 2.6-Modelle schon).</translation>
        </message>
        <message>
            <source>Style</source>
            <translation>Stil</translation>
        </message>
        <message>
            <source>vivid or natural (dall-e-3)</source>
            <translation>lebendig oder natürlich (dall-e-3)</translation>
        </message>
        <message>
            <source>{model} has no style setting; describe it in the prompt.</source>
            <translation>{model} hat keine Stileinstellung; beschreiben Sie den Stil im Prompt.</translation>
        </message>
        <message>
            <source>Returned as</source>
            <translation>Rückgabe als</translation>
        </message>
        <message>
            <source>url or b64_json (DALL·E)</source>
            <translation>url oder b64_json (DALL·E)</translation>
        </message>
        <message>
            <source>{model} always returns the image itself.</source>
            <translation>{model} liefert immer das Bild selbst.</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <source>auto or low (less strict filtering)</source>
            <translation>automatisch oder niedrig (weniger strenge Filterung)</translation>
        </message>
        <message>
            <source>{model} has no moderation setting.</source>
            <translation>{model} hat keine Moderationseinstellung.</translation>
        </message>
        <message>
            <source>Fidelity</source>
            <translation>Detailtreue</translation>
        </message>
        <message>
            <source>high keeps faces and details of the inputs closer, at a higher cost</source>
            <translation>hoch bewahrt Gesichter und Details der Eingaben genauer, zu höheren Kosten</translation>
        </message>
        <message>
            <source>Safety id</source>
            <translation>Sicherheits-ID</translation>
        </message>
        <message>
            <source>a stable hashed id of the end user, for the provider's abuse checks</source>
            <translation>eine stabile, gehashte ID des Endnutzers für die Missbrauchsprüfung des Anbieters</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>an end-user id (deprecated: the safety identifier replaces it)</source>
            <translation>eine Endnutzer-ID (veraltet: die Sicherheits-ID ersetzt sie)</translation>
        </message>
    </context>
    <context>
        <name>ParamsPanel</name>
        <message>
            <source>Background</source>
            <extracomment>What the live check puts in place of the inputs of an edit or variation: the inputs themselves are checked when they are prepared and sent. The table's parameters with a control of their own (model and size have their own rows). The format decides what else applies (a GIF cannot stream), and streaming decides whether partial images do: their rows are settled first. A refusal's ``param`` → the row that explains it (svg errors are about its reasoning effort). The row labels of the ParamSpec table (plain Python, English), for lupdate: the panel shows them through self.tr. tests/ui/test_translations.py checks none is missing.</extracomment>
            <translation>Hintergrund</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translation>Komplexität</translation>
        </message>
        <message>
            <source>Compression %</source>
            <translation>Kompression %</translation>
        </message>
        <message>
            <source>Fidelity</source>
            <translation>Detailtreue</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Frame ms</source>
            <translation>ms pro Bild</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>Einzelbilder</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>Partial images</source>
            <translation>Zwischenbilder</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>Moderation</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <source>Returned as</source>
            <translation>Rückgabe als</translation>
        </message>
        <message>
            <source>SVG effort</source>
            <translation>SVG-Aufwand</translation>
        </message>
        <message>
            <source>SVG model</source>
            <translation>SVG-Modell</translation>
        </message>
        <message>
            <source>Safety id</source>
            <translation>Sicherheits-ID</translation>
        </message>
        <message>
            <source>Streaming</source>
            <translation>Streaming</translation>
        </message>
        <message>
            <source>Style</source>
            <translation>Stil</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>model name on your server</source>
            <extracomment>Per row: the note under the control saying why it does not apply, and the one saying what the model would refuse. The user's tick of each box shown unticked because it does not apply now. What the panel builds requests for; set by the window as the user edits or varies.</extracomment>
            <translation>Modellname auf Ihrem Server</translation>
        </message>
        <message>
            <source>Custom model</source>
            <translation>Eigenes Modell</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>The image's width and height in pixels</source>
            <translation>Breite und Höhe des Bildes in Pixeln</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Breite</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Höhe</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Why not</source>
            <translation>Warum nicht</translation>
        </message>
        <message>
            <source>model's default</source>
            <translation>Standard des Modells</translation>
        </message>
        <message>
            <source>Custom size…</source>
            <translation>Eigene Größe…</translation>
        </message>
    </context>
    <context>
        <name>PictureView</name>
        <message>
            <source>Click to play or pause</source>
            <extracomment>The image last drawn, made ready for the screen: (its key, device size, the copy).</extracomment>
            <translation>Klicken für Wiedergabe oder Pause</translation>
        </message>
    </context>
    <context>
        <name>PlaybackBar</name>
        <message>
            <source>Play or pause</source>
            <translation>Wiedergabe oder Pause</translation>
        </message>
        <message>
            <source>Frame</source>
            <translation>Einzelbild</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>Pause (Leertaste)</translation>
        </message>
        <message>
            <source>Play (Space)</source>
            <translation>Wiedergabe (Leertaste)</translation>
        </message>
        <message>
            <source>Frame {n} of {count}</source>
            <translation>Einzelbild {n} von {count}</translation>
        </message>
    </context>
    <context>
        <name>PromptPanel</name>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>What the image should show, or how to change it; Ctrl+Enter sends it</source>
            <translation>Was das Bild zeigen soll oder wie es zu ändern ist; Ctrl+Enter sendet</translation>
        </message>
        <message>
            <source>Describe the image: subject, setting, style, light… (Ctrl+Enter to make it)</source>
            <translation>Beschreiben Sie das Bild: Motiv, Umgebung, Stil, Licht… (Ctrl+Enter zum Generieren)</translation>
        </message>
        <message>
            <source>Recent prompts</source>
            <translation>Letzte Prompts</translation>
        </message>
        <message>
            <source>Pick a prompt you used before</source>
            <translation>Einen früher verwendeten Prompt wählen</translation>
        </message>
        <message>
            <source>Characters</source>
            <translation>Zeichen</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>Generieren</translation>
        </message>
        <message>
            <source>Make the image (Ctrl+Enter)</source>
            <translation>Bild generieren (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>Recent prompts…</source>
            <translation>Letzte Prompts…</translation>
        </message>
        <message>
            <source>No recent prompts yet</source>
            <translation>Noch keine früheren Prompts</translation>
        </message>
        <message>
            <source>{n} / {limit}</source>
            <translation>{n} / {limit}</translation>
        </message>
    </context>
    <context>
        <name>Providers</name>
        <message>
            <source>{name} needs a endpoint.</source>
            <translation>{name} braucht einen Endpunkt.</translation>
        </message>
        <message>
            <source>{name} needs a base URL.</source>
            <translation>{name} braucht eine Basis-URL.</translation>
        </message>
        <message>
            <source>The endpoint of {name} {problem}</source>
            <translation>Der Endpunkt von {name} {problem}</translation>
        </message>
        <message>
            <source>The base URL of {name} {problem}</source>
            <translation>Die Basis-URL von {name} {problem}</translation>
        </message>
        <message>
            <source>{name} needs the name of an image deployment.</source>
            <translation>{name} braucht den Namen einer Bild-Bereitstellung.</translation>
        </message>
        <message>
            <source>must start with https:// (or http:// for a server on this computer).</source>
            <translation>muss mit https:// beginnen (oder http:// für einen Server auf diesem Computer).</translation>
        </message>
        <message>
            <source>must not hold a user name or password (user:password@); credentials belong in the key field.</source>
            <translation>darf keinen Benutzernamen und kein Passwort enthalten (user:password@); Zugangsdaten gehören in das Schlüsselfeld.</translation>
        </message>
        <message>
            <source>has no host name.</source>
            <translation>hat keinen Hostnamen.</translation>
        </message>
        <message>
            <source>must not contain spaces.</source>
            <translation>darf keine Leerzeichen enthalten.</translation>
        </message>
        <message>
            <source>has a port that is not a number between 0 and 65535.</source>
            <translation>hat einen Port, der keine Zahl zwischen 0 und 65535 ist.</translation>
        </message>
        <message>
            <source>must not have a query (?…) or fragment (#…).</source>
            <translation>darf keine Abfrage (?…) und kein Fragment (#…) haben.</translation>
        </message>
    </context>
    <context>
        <name>ProvidersDialog</name>
        <message>
            <source>The key is stored in the system keychain.</source>
            <translation>Der Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
        </message>
        <message>
            <source>The key comes from the environment variable {var}; Studio does not store it.</source>
            <translation>Der Schlüssel stammt aus der Umgebungsvariable {var}; Studio speichert ihn nicht.</translation>
        </message>
        <message>
            <source>No system keychain is available: the key is kept for this session only. Set {var} to keep it across sessions.</source>
            <translation>Kein Schlüsselbund des Systems verfügbar: der Schlüssel gilt nur für diese Sitzung. Setzen Sie {var}, um ihn sitzungsübergreifend zu behalten.</translation>
        </message>
        <message>
            <source>No key yet.</source>
            <translation>Noch kein Schlüssel.</translation>
        </message>
        <message>
            <source>Providers</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Show or hide the key</source>
            <translation>Schlüssel anzeigen oder verbergen</translation>
        </message>
        <message>
            <source>Use this provider</source>
            <translation>Diesen Anbieter verwenden</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <source>Name</source>
            <extracomment>Counts edits: a test's answer about values since edited is not shown.</extracomment>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Base URL</source>
            <translation>Basis-URL</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Deployment</source>
            <translation>Bereitstellung</translation>
        </message>
        <message>
            <source>API version</source>
            <translation>API-Version</translation>
        </message>
        <message>
            <source> (in use)</source>
            <translation> (aktiv)</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>Endpunkt</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>Paste the API key here</source>
            <translation>API-Schlüssel hier einfügen</translation>
        </message>
        <message>
            <source>The key will be saved when you press Save.</source>
            <translation>Der Schlüssel wird gespeichert, wenn Sie auf „Speichern“ klicken.</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Verbergen</translation>
        </message>
        <message>
            <source>{problem} A key you enter here is kept for this session only; set OPENAI_API_KEY (or AZURE_OPENAI_API_KEY) in the environment to keep one across sessions.</source>
            <translation>{problem} Ein hier eingegebener Schlüssel gilt nur für diese Sitzung; setzen Sie OPENAI_API_KEY (oder AZURE_OPENAI_API_KEY) in der Umgebung, um einen Schlüssel sitzungsübergreifend zu behalten.</translation>
        </message>
        <message>
            <source>Connecting to {name}…</source>
            <translation>Verbindung zu {name} wird hergestellt…</translation>
        </message>
        <message>
            <source>Add at least one provider.</source>
            <translation>Fügen Sie mindestens einen Anbieter hinzu.</translation>
        </message>
        <message>
            <source>The settings could not be saved: {reason}. Nothing was changed.</source>
            <translation>Die Einstellungen konnten nicht gespeichert werden: {reason}. Es wurde nichts geändert.</translation>
        </message>
    </context>
    <context>
        <name>RecentStrip</name>
        <message>
            <source>Recent results</source>
            <extracomment>Why "Make variations" is not offered now (None: it is).</extracomment>
            <translation>Neueste Ergebnisse</translation>
        </message>
        <message>
            <source>Finished images appear here. Double-click one to show it again.</source>
            <translation>Fertige Bilder erscheinen hier. Doppelklicken Sie auf eines, um es wieder anzuzeigen.</translation>
        </message>
        <message>
            <source>Show</source>
            <extracomment>The image the window shows: the one highlighted, once it is listed.</extracomment>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Make variations</source>
            <translation>Varianten erstellen</translation>
        </message>
    </context>
    <context>
        <name>RegionsPanel</name>
        <message>
            <source>Together, in one request</source>
            <translation>Gemeinsam, in einer Anfrage</translation>
        </message>
        <message>
            <source>One after another</source>
            <translation>Nacheinander</translation>
        </message>
        <message>
            <source>Run the regions</source>
            <translation>Bereiche bearbeiten</translation>
        </message>
        <message>
            <source>Together: one request, one prompt naming each region. One after another: an edit per region, each result the next one's base.</source>
            <translation>Gemeinsam: eine Anfrage, ein Prompt, der jeden Bereich nennt. Nacheinander: eine Bearbeitung pro Bereich, jedes Ergebnis ist das Basisbild des nächsten.</translation>
        </message>
    </context>
    <context>
        <name>Requests</name>
        <message>
            <source>{file} is not a PNG, JPEG, WebP or GIF image.</source>
            <extracomment>What Studio asks for when nothing else is chosen; always sent explicitly to GPT endpoints, since the API's own default (gpt-image-1.5 for edits) may be a model it has shut down. Flare rather than Sunburst: the 2.6 pair costs the same, and a studio's everyday work is drafting and iterating, which the fast one is for; Sunburst is one click away for finals.</extracomment>
            <translation>{file} ist kein PNG-, JPEG-, WebP- oder GIF-Bild.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>{path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>{file} is not a PNG, JPEG, WebP or GIF image, nor one Studio can convert ({reason}).</source>
            <translation>{file} ist weder ein PNG-, JPEG-, WebP- oder GIF-Bild noch eines, das Studio umwandeln kann ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>Image {id}, without a prompt</source>
            <extracomment>Longest edge of the copy shown when zoomed in (3840x2160 is the largest image made). The run the canvas's cells belong to.</extracomment>
            <translation>Bild {id}, ohne Prompt</translation>
        </message>
        <message>
            <source>Cancelled before any image arrived.</source>
            <translation>Abgebrochen, bevor ein Bild ankam.</translation>
        </message>
        <message>
            <source>No image: {reason}</source>
            <translation>Kein Bild: {reason}</translation>
        </message>
        <message>
            <source>Saved in the gallery, but not shown here.</source>
            <translation>In der Galerie gespeichert, aber hier nicht angezeigt.</translation>
        </message>
        <message>
            <source>The model's own result could not be read.</source>
            <translation>Das eigene Ergebnis des Modells konnte nicht gelesen werden.</translation>
        </message>
    </context>
    <context>
        <name>Sender</name>
        <message>
            <source>Preparing the images…</source>
            <extracomment>Jobs were sent: their run is on the results page. Groups of jobs whose shut-down model was already announced.</extracomment>
            <translation>Bilder werden vorbereitet…</translation>
        </message>
        <message>
            <source>The images could not be prepared for {model}: {why}.</source>
            <translation>Die Bilder konnten nicht für {model} vorbereitet werden: {why}.</translation>
        </message>
        <message>
            <source>image {n} is no longer in the gallery</source>
            <translation>Bild {n} ist nicht mehr in der Galerie</translation>
        </message>
        <message>
            <source>Editing region {step} of {total}…</source>
            <translation>Bereich {step} von {total} wird bearbeitet…</translation>
        </message>
        <message>
            <source>Variations of the base or shown image</source>
            <translation>Varianten des Basisbilds oder des angezeigten Bildes</translation>
        </message>
        <message>
            <source>Variations of the base or shown image, made by an edit with {model}</source>
            <translation>Varianten des Basisbilds oder des angezeigten Bildes, per Bearbeitung mit {model} erstellt</translation>
        </message>
        <message>
            <source>{model} makes no variations</source>
            <translation>{model} erstellt keine Varianten</translation>
        </message>
        <message>
            <source>{model} makes no variations: choose another model under Model.</source>
            <translation>{model} erstellt keine Varianten: wählen Sie unter „Modell“ ein anderes Modell.</translation>
        </message>
        <message>
            <source>Add an API key or start the offline demo server first.</source>
            <translation>Fügen Sie zuerst einen API-Schlüssel hinzu oder starten Sie den Offline-Demoserver.</translation>
        </message>
        <message>
            <source>Open or pick an image first: variations are made from an image.</source>
            <translation>Öffnen oder wählen Sie zuerst ein Bild: Varianten entstehen aus einem Bild.</translation>
        </message>
        <message>
            <source>{name} could not be prepared for {model}: {why}.</source>
            <translation>{name} konnte nicht für {model} vorbereitet werden: {why}.</translation>
        </message>
        <message>
            <source>Model: {model}</source>
            <translation>Modell: {model}</translation>
        </message>
        <message>
            <source>{old} {gone}: Studio now uses {new} in its place.</source>
            <translation>{old} {gone}: Studio verwendet stattdessen {new}.</translation>
        </message>
        <message>
            <source>is no longer offered</source>
            <translation>wird nicht mehr angeboten</translation>
        </message>
        <message>
            <source>was shut down on {day}</source>
            <translation>wurde am {day} abgeschaltet</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>{model} verwenden</translation>
        </message>
        <message>
            <source>Use {model} and retry</source>
            <translation>{model} verwenden und erneut versuchen</translation>
        </message>
        <message>
            <source>Replace your prompt?</source>
            <translation>Ihren Prompt ersetzen?</translation>
        </message>
        <message>
            <source>The prompt box holds what you were writing. Replace it with this image's prompt? Yours stays under Recent prompts.</source>
            <translation>Im Prompt-Feld steht, was Sie gerade geschrieben haben. Durch den Prompt dieses Bildes ersetzen? Ihr Text bleibt unter „Letzte Prompts“ erhalten.</translation>
        </message>
        <message>
            <source>Image {n} was made with {old}, which {gone}: its settings are taken with {new}.</source>
            <translation>Bild {n} wurde mit {old} erstellt; dieses Modell {gone}: seine Einstellungen werden mit {new} übernommen.</translation>
        </message>
        <message>
            <source>Settings of image {n} taken</source>
            <translation>Einstellungen von Bild {n} übernommen</translation>
        </message>
        <message>
            <source>Prompt of image {n} taken</source>
            <translation>Prompt von Bild {n} übernommen</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Offline demo server</source>
            <extracomment>A sentence the user should read, not an error (e.g. where a key was kept). ``model_choices`` changed (the new tuple of ``ModelInfo``). Shown once at start when the settings file could not be used as it was. What day it is for the models' lifecycle (tests set another). The active provider's ``/models`` list; None until it (or the cache) answered. The provider ``_provider_models`` belong to.</extracomment>
            <translation>Offline-Demoserver</translation>
        </message>
        <message>
            <source>The key for {name} is kept for this session only; set {variable} to keep it across sessions.</source>
            <translation>Der Schlüssel für {name} gilt nur für diese Sitzung; setzen Sie {variable}, um ihn sitzungsübergreifend zu behalten.</translation>
        </message>
        <message>
            <source>Connected to {name}.</source>
            <translation>Mit {name} verbunden.</translation>
        </message>
        <message numerus="yes">
            <source>Connected to {name}: this key may use %n image model(s)</source>
            <translation>
                <numerusform>Mit {name} verbunden: dieser Schlüssel darf %n Bildmodell verwenden</numerusform>
                <numerusform>Mit {name} verbunden: dieser Schlüssel darf %n Bildmodelle verwenden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Connected to {name}: %n model(s) offered, {images} of them for images</source>
            <translation>
                <numerusform>Mit {name} verbunden: %n Modell angeboten, davon {images} für Bilder</numerusform>
                <numerusform>Mit {name} verbunden: %n Modelle angeboten, davon {images} für Bilder</numerusform>
            </translation>
        </message>
        <message>
            <source>{model} on {day}</source>
            <translation>{model} am {day}</translation>
        </message>
        <message>
            <source>. Shutting down: {models}</source>
            <translation>. Wird abgeschaltet: {models}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Studio could not read its settings file ({reason}); it is using default settings for now. The file is at {path}.</source>
            <extracomment>Seconds one request may take in all, from sending to its last image (streams included). "system" follows the desktop's colour scheme, live when it changes. "system" follows the system locale; the others are the shipped catalogues. ``_MIGRATIONS[n]`` turns a version-``n`` document into a version-``n + 1`` one. Per model, USD per 1M tokens: {"text_input": …, "image_input": …, "image_output": …}; replaces the shipped price list for that model. The overall deadline of one request, in seconds (a server that drips forever ends). Per day or month, per provider or overall, each warning or refusing (config/spending). One of THEMES. One of LANGUAGES. A sentence for the user when the file could not be used as it was, else None.</extracomment>
            <translation>Studio konnte seine Einstellungsdatei nicht lesen ({reason}); vorerst gelten die Standardeinstellungen. Die Datei liegt unter {path}.</translation>
        </message>
        <message>
            <source>Studio's settings file was damaged, so default settings are in use. It was kept as {path}.</source>
            <translation>Die Einstellungsdatei von Studio war beschädigt, daher gelten die Standardeinstellungen. Sie wurde als {path} aufbewahrt.</translation>
        </message>
        <message>
            <source>Studio's settings file was damaged, so default settings are in use.</source>
            <translation>Die Einstellungsdatei von Studio war beschädigt, daher gelten die Standardeinstellungen.</translation>
        </message>
        <message>
            <source>The base URL of {names} held a user name and password; Studio removed them. Credentials belong in the key field (Settings → Providers).</source>
            <translation>Die Basis-URL von {names} enthielt Benutzernamen und Passwort; Studio hat sie entfernt. Zugangsdaten gehören in das Schlüsselfeld (Einstellungen → Anbieter).</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <extracomment>The property an action with a narrower shortcut context carries to name where its keys act (a fixed name: the widget's accessible name follows what is selected in it).</extracomment>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Search actions and keys</source>
            <translation>Aktionen und Tasten durchsuchen</translation>
        </message>
        <message>
            <source>Search shortcuts</source>
            <translation>Tastenkürzel durchsuchen</translation>
        </message>
        <message>
            <source>Only the shortcuts whose action or keys contain this text are listed</source>
            <translation>Nur Tastenkürzel, deren Aktion oder Tasten diesen Text enthalten, werden aufgeführt</translation>
        </message>
        <message>
            <source>Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Fenster</translation>
        </message>
        <message>
            <source>Results canvas and editor</source>
            <translation>Ergebnis-Leinwand und Editor</translation>
        </message>
        <message>
            <source>Editor: painting the mask or markup</source>
            <translation>Editor: Maske oder Skizze malen</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vergleichen</translation>
        </message>
        <message>
            <source>No shortcut matches “{text}”.</source>
            <translation>Kein Tastenkürzel passt zu „{text}“.</translation>
        </message>
    </context>
    <context>
        <name>Spending</name>
        <message>
            <source>{provider}'s daily cap of ${limit:.2f}</source>
            <extracomment>USD. A provider's name; empty for all providers together.</extracomment>
            <translation>das Tageslimit von {provider} (${limit:.2f})</translation>
        </message>
        <message>
            <source>{provider}'s monthly cap of ${limit:.2f}</source>
            <translation>das Monatslimit von {provider} (${limit:.2f})</translation>
        </message>
        <message>
            <source>the overall daily cap of ${limit:.2f}</source>
            <translation>das gesamte Tageslimit (${limit:.2f})</translation>
        </message>
        <message>
            <source>the overall monthly cap of ${limit:.2f}</source>
            <translation>das gesamte Monatslimit (${limit:.2f})</translation>
        </message>
        <message>
            <source>${today:.2f} today, ${month:.2f} this month</source>
            <translation>heute ${today:.2f}, diesen Monat ${month:.2f}</translation>
        </message>
        <message>
            <source>This would pass {cap}: ${spent:.2f} spent, this request up to ${extra:.2f}.</source>
            <translation>Damit würde {cap} überschritten: ${spent:.2f} ausgegeben, diese Anfrage bis zu ${extra:.2f}.</translation>
        </message>
    </context>
    <context>
        <name>SpendingDialog</name>
        <message>
            <source>Spending caps</source>
            <translation>Ausgabenlimits</translation>
        </message>
        <message>
            <source>Spent: reading the gallery…</source>
            <translation>Ausgegeben: Galerie wird gelesen…</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Ausgegeben</translation>
        </message>
        <message>
            <source>Before each request, what was spent (images kept, and requests that may have been billed) plus the request's estimate is checked against these caps.</source>
            <translation>Vor jeder Anfrage werden die bisherigen Ausgaben (aufbewahrte Bilder und möglicherweise berechnete Anfragen) plus die Schätzung der Anfrage mit diesen Limits verglichen.</translation>
        </message>
        <message>
            <source>Caps</source>
            <translation>Limits</translation>
        </message>
        <message>
            <source>Per</source>
            <translation>Pro</translation>
        </message>
        <message>
            <source>Limit (USD)</source>
            <translation>Limit (USD)</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>When passed</source>
            <translation>Bei Überschreitung</translation>
        </message>
        <message>
            <source>Add cap</source>
            <translation>Limit hinzufügen</translation>
        </message>
        <message>
            <source>Remove cap</source>
            <translation>Limit entfernen</translation>
        </message>
        <message>
            <source>Spent: {text}</source>
            <translation>Ausgegeben: {text}</translation>
        </message>
        <message>
            <source>day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>All providers</source>
            <translation>Alle Anbieter</translation>
        </message>
        <message>
            <source>warn</source>
            <translation>warnen</translation>
        </message>
        <message>
            <source>refuse</source>
            <translation>ablehnen</translation>
        </message>
        <message>
            <source>The settings could not be saved: {why}</source>
            <translation>Die Einstellungen konnten nicht gespeichert werden: {why}</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>Estimated cost</source>
            <translation>Geschätzte Kosten</translation>
        </message>
        <message numerus="yes">
            <source>Last job: %Ln token(s)</source>
            <translation>
                <numerusform>Letzter Auftrag: %Ln Token</numerusform>
                <numerusform>Letzter Auftrag: %Ln Token</numerusform>
            </translation>
        </message>
        <message>
            <source>cost {cost}</source>
            <translation>Kosten {cost}</translation>
        </message>
        <message>
            <source>cost unknown</source>
            <translation>Kosten unbekannt</translation>
        </message>
        <message>
            <source>today {money}</source>
            <translation>heute {money}</translation>
        </message>
    </context>
    <context>
        <name>ThumbnailGrid</name>
        <message>
            <source>number {n} in {list}</source>
            <extracomment>Ask for the next page when the view is this many screens from the end of what is loaded. The grid's own accessible name (taken when a cell first becomes current).</extracomment>
            <translation>Nummer {n} in {list}</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>The mask must be a PNG image, not {format}.</source>
            <extracomment>The sentences about a mask or a markup layer, whole (a translation declines the noun).</extracomment>
            <translation>Die Maske muss ein PNG-Bild sein, nicht {format}.</translation>
        </message>
        <message>
            <source>The markup must be a PNG image, not {format}.</source>
            <translation>Die Skizze muss ein PNG-Bild sein, nicht {format}.</translation>
        </message>
        <message>
            <source>The mask is {width}x{height} but the first image is {base_width}x{base_height}; they must be the same size.</source>
            <translation>Die Maske ist {width}x{height}, das erste Bild aber {base_width}x{base_height}; beide müssen gleich groß sein.</translation>
        </message>
        <message>
            <source>The markup is {width}x{height} but the first image is {base_width}x{base_height}; they must be the same size.</source>
            <translation>Die Skizze ist {width}x{height}, das erste Bild aber {base_width}x{base_height}; beide müssen gleich groß sein.</translation>
        </message>
        <message>
            <source>{some} or {last}</source>
            <translation>{some} oder {last}</translation>
        </message>
        <message>
            <source>Studio does not know the model {model}; the request is sent as set and the server decides what it accepts.</source>
            <translation>Studio kennt das Modell {model} nicht; die Anfrage wird wie eingestellt gesendet, und der Server entscheidet, was er akzeptiert.</translation>
        </message>
        <message>
            <source>Write a prompt: it says what the image should show.</source>
            <translation>Schreiben Sie einen Prompt: er beschreibt, was das Bild zeigen soll.</translation>
        </message>
        <message>
            <source>size {size}: write it as WIDTHxHEIGHT, e.g. 1024x1024.</source>
            <translation>Größe {size}: schreiben Sie sie als BREITExHÖHE, z. B. 1024x1024.</translation>
        </message>
        <message>
            <source>Use either a mask or a markup, not both.</source>
            <translation>Verwenden Sie entweder eine Maske oder eine Skizze, nicht beides.</translation>
        </message>
        <message>
            <source>A generation takes no input images; use an edit instead.</source>
            <translation>Eine Generierung nimmt keine Eingabebilder; verwenden Sie stattdessen eine Bearbeitung.</translation>
        </message>
        <message>
            <source>An edit needs at least one input image.</source>
            <translation>Eine Bearbeitung braucht mindestens ein Eingabebild.</translation>
        </message>
        <message>
            <source>A variation takes exactly one input image.</source>
            <translation>Eine Variante nimmt genau ein Eingabebild.</translation>
        </message>
        <message>
            <source>{model} cannot make {endpoint}; use {able}.</source>
            <translation>{model} unterstützt „{endpoint}“ nicht; verwenden Sie {able}.</translation>
        </message>
        <message>
            <source>The prompt has {length:,} characters; {model} takes at most {most:,}.</source>
            <translation>Der Prompt hat {length:,} Zeichen; {model} akzeptiert höchstens {most:,}.</translation>
        </message>
        <message>
            <source>A transparent background needs png or webp output, not {format}.</source>
            <translation>Ein transparenter Hintergrund braucht png- oder webp-Ausgabe, nicht {format}.</translation>
        </message>
        <message>
            <source>Transparent backgrounds are a preview on {model}: some deployments refuse them. If the server does, choose opaque, or a 2.5 or 2.6 model.</source>
            <translation>Transparente Hintergründe sind bei {model} eine Vorschaufunktion: manche Bereitstellungen lehnen sie ab. Wählen Sie in dem Fall „deckend“ oder ein 2.5- oder 2.6-Modell.</translation>
        </message>
        <message>
            <source>{param} {value}: {model} accepts {allowed}.</source>
            <translation>{param} {value}: {model} akzeptiert {allowed}.</translation>
        </message>
        <message>
            <source>{param} must be {low} for {model}.</source>
            <translation>{param} muss bei {model} {low} sein.</translation>
        </message>
        <message>
            <source>{param} must be {low}.</source>
            <translation>{param} muss {low} sein.</translation>
        </message>
        <message>
            <source>{param} must be between {low:,} and {high:,} for {model}.</source>
            <translation>{param} muss bei {model} zwischen {low:,} und {high:,} liegen.</translation>
        </message>
        <message>
            <source>{param} must be between {low:,} and {high:,}.</source>
            <translation>{param} muss zwischen {low:,} und {high:,} liegen.</translation>
        </message>
        <message>
            <source>size {size}: {model} makes {sizes}.</source>
            <translation>Größe {size}: {model} erstellt {sizes}.</translation>
        </message>
        <message>
            <source>size {size}: {problem} for {model}.</source>
            <translation>Größe {size}: {problem} bei {model}.</translation>
        </message>
        <message>
            <source>size {size} is above 2560x1440, which {model} makes only experimentally.</source>
            <translation>Größe {size} liegt über 2560x1440, was {model} nur experimentell erstellt.</translation>
        </message>
        <message>
            <source>{model} takes at most {most} input images; {given} were given.</source>
            <translation>{model} akzeptiert höchstens {most} Eingabebilder; angegeben wurden {given}.</translation>
        </message>
        <message>
            <source>{model} takes at most {most} input image; {given} were given.</source>
            <translation>{model} akzeptiert höchstens {most} Eingabebild; angegeben wurden {given}.</translation>
        </message>
        <message>
            <source>The mask must be smaller than 4 MB.</source>
            <translation>Die Maske muss kleiner als 4 MB sein.</translation>
        </message>
        <message>
            <source>{file} is {format}; {model} takes {formats} images.</source>
            <translation>{file} ist {format}; {model} akzeptiert Bilder im Format {formats}.</translation>
        </message>
        <message>
            <source>{file} is larger than {model}'s {limit} MB limit.</source>
            <translation>{file} ist größer als die Grenze von {limit} MB für {model}.</translation>
        </message>
        <message>
            <source>{file} is {width}x{height}; {model} needs a square.</source>
            <translation>{file} ist {width}x{height}; {model} braucht ein Quadrat.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Welcome to Studio</source>
            <translation>Willkommen bei Studio</translation>
        </message>
        <message>
            <source>Generate images from a prompt, edit them by painting over what should change, and keep everything you make in a searchable gallery.</source>
            <translation>Generieren Sie Bilder aus einem Prompt, bearbeiten Sie sie, indem Sie übermalen, was sich ändern soll, und bewahren Sie alles in einer durchsuchbaren Galerie auf.</translation>
        </message>
        <message>
            <source>Add an API key…</source>
            <translation>API-Schlüssel hinzufügen…</translation>
        </message>
        <message>
            <source>Add an API key</source>
            <translation>API-Schlüssel hinzufügen</translation>
        </message>
        <message>
            <source>Use the offline demo server</source>
            <translation>Offline-Demoserver verwenden</translation>
        </message>
        <message>
            <source>Try Studio with a local server that draws images itself; no key needed.</source>
            <translation>Studio mit einem lokalen Server ausprobieren, der Bilder selbst zeichnet; kein Schlüssel nötig.</translation>
        </message>
        <message>
            <source>Starting the demo server…</source>
            <translation>Demoserver wird gestartet…</translation>
        </message>
        <message>
            <source>Using the offline demo server at {url}. Its images are drawn locally; nothing leaves this computer.</source>
            <translation>Offline-Demoserver unter {url} wird verwendet. Seine Bilder werden lokal gezeichnet; nichts verlässt diesen Computer.</translation>
        </message>
        <message>
            <source>Ready to send requests to {name}.</source>
            <translation>Bereit, Anfragen an {name} zu senden.</translation>
        </message>
        <message>
            <source>a provider</source>
            <translation>einen Anbieter</translation>
        </message>
        <message>
            <source>To start, add an API key for {name}, or try Studio offline with the built-in demo server.</source>
            <translation>Fügen Sie zum Start einen API-Schlüssel für {name} hinzu oder testen Sie Studio offline mit dem eingebauten Demoserver.</translation>
        </message>
        <message>
            <source>Providers…</source>
            <translation>Anbieter…</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>The unmasked area was not put back: the result is not the base image's shape.</source>
            <translation>Die unmaskierte Fläche wurde nicht wiederhergestellt: das Ergebnis hat nicht die Form des Basisbilds.</translation>
        </message>
        <message>
            <source>The request was not sent: the gallery could not record it ({reason}).</source>
            <translation>Die Anfrage wurde nicht gesendet: die Galerie konnte sie nicht erfassen ({reason}).</translation>
        </message>
        <message>
            <source>The result could not be kept: {reason}</source>
            <translation>Das Ergebnis konnte nicht aufbewahrt werden: {reason}</translation>
        </message>
        <message>
            <source>{failure} {kept}</source>
            <translation>{failure} {kept}</translation>
        </message>
        <message>
            <source>{failure} It may have been billed, so Studio did not send it again.</source>
            <translation>{failure} Sie wurde möglicherweise berechnet, daher hat Studio sie nicht erneut gesendet.</translation>
        </message>
        <message>
            <source>The last preview was not kept (saving is off).</source>
            <translation>Die letzte Vorschau wurde nicht aufbewahrt (Speichern ist aus).</translation>
        </message>
        <message>
            <source>The last preview could not be kept ({reason}).</source>
            <translation>Die letzte Vorschau konnte nicht aufbewahrt werden ({reason}).</translation>
        </message>
        <message>
            <source>The last preview was kept in the gallery as image {id}.</source>
            <translation>Die letzte Vorschau wurde als Bild {id} in der Galerie aufbewahrt.</translation>
        </message>
        <message>
            <source>{refusal} Nothing was sent.</source>
            <translation>{refusal} Es wurde nichts gesendet.</translation>
        </message>
    </context>
    <context>
        <name>WorkerLink</name>
        <message>
            <source>The request service stopped unexpectedly (exit code {code}).</source>
            <translation>Der Anfragedienst wurde unerwartet beendet (Exit-Code {code}).</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Today's spending could not be read: {why}</source>
            <extracomment>The job whose kept-unmasked result is compared with the model's own (or None). Longest edge of the frames a run sends back: the view's size in device pixels.</extracomment>
            <translation>Die heutigen Ausgaben konnten nicht gelesen werden: {why}</translation>
        </message>
        <message>
            <source>The gallery could not be checked: {why}.</source>
            <translation>Die Galerie konnte nicht geprüft werden: {why}.</translation>
        </message>
        <message numerus="yes">
            <source>%n image file(s) are missing from the gallery folder; they are marked in the gallery.</source>
            <translation>
                <numerusform>%n Bilddatei fehlt im Galerieordner; sie ist in der Galerie markiert.</numerusform>
                <numerusform>%n Bilddateien fehlen im Galerieordner; sie sind in der Galerie markiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image file(s) in the gallery folder had no entry in the gallery (a save cut short); they were added back.</source>
            <translation>
                <numerusform>%n Bilddatei im Galerieordner hatte keinen Eintrag in der Galerie (ein abgebrochenes Speichern); sie wurde wieder aufgenommen.</numerusform>
                <numerusform>%n Bilddateien im Galerieordner hatten keinen Eintrag in der Galerie (ein abgebrochenes Speichern); sie wurden wieder aufgenommen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add an API key or start the offline demo server first.</source>
            <translation>Fügen Sie zuerst einen API-Schlüssel hinzu oder starten Sie den Offline-Demoserver.</translation>
        </message>
    </context>
    <context>
        <name>_RegionRow</name>
        <message>
            <source>pink</source>
            <extracomment>The region colours' names (core's REGION_COLOURS, English: they go into prompts too), as shown in the panel.</extracomment>
            <translation>Rosa</translation>
        </message>
        <message>
            <source>blue</source>
            <translation>Blau</translation>
        </message>
        <message>
            <source>green</source>
            <translation>Grün</translation>
        </message>
        <message>
            <source>orange</source>
            <translation>Orange</translation>
        </message>
        <message>
            <source>violet</source>
            <translation>Violett</translation>
        </message>
        <message>
            <source>cyan</source>
            <translation>Cyan</translation>
        </message>
        <message>
            <source>Paint region {n}</source>
            <translation>Bereich {n} malen</translation>
        </message>
        <message>
            <source>Paint region {n} ({colour})</source>
            <translation>Bereich {n} malen ({colour})</translation>
        </message>
        <message>
            <source>What should happen in the {colour} region</source>
            <translation>Was im Bereich mit der Farbe {colour} geschehen soll</translation>
        </message>
        <message>
            <source>Instruction for region {n}</source>
            <translation>Anweisung für Bereich {n}</translation>
        </message>
        <message>
            <source>Remove region {n}</source>
            <translation>Bereich {n} entfernen</translation>
        </message>
        <message>
            <source>Remove this region and what was painted in it</source>
            <translation>Diesen Bereich und das darin Gemalte entfernen</translation>
        </message>
    </context>
    <context>
        <name>accessibility</name>
        <message>
            <source>{name}: choices</source>
            <extracomment>The target and its ancestors: moving or resizing any of them moves the ring.</extracomment>
            <translation>{name}: Auswahl</translation>
        </message>
        <message>
            <source>More {toolbar} tools</source>
            <translation>Weitere Werkzeuge: {toolbar}</translation>
        </message>
        <message>
            <source>More tools</source>
            <translation>Weitere Werkzeuge</translation>
        </message>
        <message>
            <source>Shows the tools that do not fit</source>
            <translation>Zeigt die Werkzeuge, die keinen Platz haben</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Empties the field</source>
            <translation>Leert das Feld</translation>
        </message>
    </context>
</TS>
