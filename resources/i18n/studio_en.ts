<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BatchPage</name>
        <message numerus="yes">
            <source>%n request(s) {via}; estimated total {total}</source>
            <translation>
                <numerusform>%n request {via}; estimated total {total}</numerusform>
                <numerusform>%n requests {via}; estimated total {total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; each edits %n image(s)</source>
            <translation>
                <numerusform>; each edits %n image</numerusform>
                <numerusform>; each edits %n images</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) of {id} kept in the gallery.</source>
            <translation>
                <numerusform>%n result of {id} kept in the gallery.</numerusform>
                <numerusform>%n results of {id} kept in the gallery.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BatchSession</name>
        <message numerus="yes">
            <source>{failed} of %n request(s) failed; the first: {why}</source>
            <translation>
                <numerusform>{failed} of %n request failed; the first: {why}</numerusform>
                <numerusform>{failed} of %n requests failed; the first: {why}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message numerus="yes">
            <source>%Ln token(s) ({input} in, {output} out)</source>
            <translation>
                <numerusform>%Ln token ({input} in, {output} out)</numerusform>
                <numerusform>%Ln tokens ({input} in, {output} out)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n frame(s)</source>
            <translation>
                <numerusform>%n frame</numerusform>
                <numerusform>%n frames</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditChain</name>
        <message numerus="yes">
            <source>All %n regions were edited, one after another.</source>
            <translation>
                <numerusform>All %n regions were edited, one after another.</numerusform>
                <numerusform>All %n regions were edited, one after another.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorPage</name>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n image</numerusform>
                <numerusform>%n images</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This model takes at most %n input image(s); remove one first.</source>
            <translation>
                <numerusform>This model takes at most %n input image; remove one first.</numerusform>
                <numerusform>This model takes at most %n input images; remove one first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GalleryPage</name>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n image</numerusform>
                <numerusform>%n images</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the gallery.</source>
            <translation>
                <numerusform>%n already in the gallery.</numerusform>
                <numerusform>%n already in the gallery.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InputStrip</name>
        <message numerus="yes">
            <source>{n} of at most %n input image(s). The first is the base the mask or markup applies to; drag to reorder.</source>
            <translation>
                <numerusform>{n} of at most %n input image. The first is the base the mask or markup applies to; drag to reorder.</numerusform>
                <numerusform>{n} of at most %n input images. The first is the base the mask or markup applies to; drag to reorder.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n job(s) are still running. Quit anyway? They will be cancelled; their last previews are kept in the gallery.</source>
            <translation>
                <numerusform>%n job is still running. Quit anyway? It will be cancelled; its last preview is kept in the gallery.</numerusform>
                <numerusform>%n jobs are still running. Quit anyway? They will be cancelled; their last previews are kept in the gallery.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message numerus="yes">
            <source>Connected to {name}: this key may use %n image model(s)</source>
            <translation>
                <numerusform>Connected to {name}: this key may use %n image model</numerusform>
                <numerusform>Connected to {name}: this key may use %n image models</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Connected to {name}: %n model(s) offered, {images} of them for images</source>
            <translation>
                <numerusform>Connected to {name}: %n model offered, {images} of them for images</numerusform>
                <numerusform>Connected to {name}: %n models offered, {images} of them for images</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message numerus="yes">
            <source>Last job: %Ln token(s)</source>
            <translation>
                <numerusform>Last job: %Ln token</numerusform>
                <numerusform>Last job: %Ln tokens</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message numerus="yes">
            <source>%n image file(s) are missing from the gallery folder; they are marked in the gallery.</source>
            <translation>
                <numerusform>%n image file is missing from the gallery folder; it is marked in the gallery.</numerusform>
                <numerusform>%n image files are missing from the gallery folder; they are marked in the gallery.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image file(s) in the gallery folder had no entry in the gallery (a save cut short); they were added back.</source>
            <translation>
                <numerusform>%n image file in the gallery folder had no entry in the gallery (a save cut short); it was added back.</numerusform>
                <numerusform>%n image files in the gallery folder had no entry in the gallery (a save cut short); they were added back.</numerusform>
            </translation>
        </message>
    </context>
</TS>
