<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>BatchPage</name>
        <message>
            <source>Estimate: unknown ({model} has no known price)</source>
            <extracomment>Lines of the preview listed; the count and total always cover them all.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estimate: {money} plus the input images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estimate: {money}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt template</source>
            <extracomment>The page's state and actions (``core.batches``); the spending dialog reads it too.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a watercolour {subject} on a {red|green|blue} background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One value a line for the template's variable, or a CSV/TSV table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Values are a table (CSV or TSV with a header)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load values…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>size=1024x1024,1536x1024; quality=low,high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send through</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch API: half price, done within 24 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live: now, at the usual price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a template, then Preview.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expanded requests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batches sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estimate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interrupted requests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interrupted — may have been billed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an API key or start the offline demo server first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent live; the results are in the gallery.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch {id} sent; it is polled while this page is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Values for the template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lists and tables (*.txt *.csv *.tsv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} could not be read: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>through the Batch API</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>live</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n request(s) {via}; estimated total {total}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source> (the first {n} listed)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n result(s) of {id} kept in the gallery.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>up to {money}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spent: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send it again: it may be billed twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An edit's input images were not kept: make it again from the editor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchSession</name>
        <message>
            <source>This gallery has no batch {id}.</source>
            <extracomment>``values`` is a CSV or TSV table whose header names the variables.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is nothing to send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{failed} of %n request(s) failed; the first: {why}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>Canvas</source>
            <extracomment>Dragging the fitted image takes it out to other programs. An animated GIF plays (else its first frame stands still). Zoomed in past the pixels the frame has: a sharper copy of the image would show. A cell of a grid was clicked (not dragged): the image Edit, Export and Copy act on.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your images appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting…</source>
            <extracomment>None: fit to the view; otherwise screen pixels per image pixel. Drawn over a single image (e.g. where an edit changed what it should not). The cell marked as chosen in a grid.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompareBar</name>
        <message>
            <source>Show the model's own result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show changes outside the mask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The model changed {share} of the pixels outside the mask; the original pixels were put back there.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare</source>
            <extracomment>GIFs play, SVGs are drawn at the zoom shown. Where the split is, as a share of the widget's width.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Split</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One over the other: drag the line to move the split</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difference…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See which pixels changed, and how many</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wheel to zoom, drag to pan, double-click to fit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space plays or pauses.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Comparison</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DemoServer</name>
        <message>
            <source>The offline demo server did not start in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The offline demo server could not start; see the log.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <source>Select an image to see everything about it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revised prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Content credentials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tags, separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Made from&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Used for&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Prompt&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Revised prompt&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Content credentials&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Tags&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Notes&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No preview.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no prompt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A variation of image {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A variation (variations take no prompt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Animation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a partial image kept from a failed job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln token(s) ({input} in, {output} out)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Took</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Input ({role})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n frame(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>generation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>variation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image {n}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DifferenceDialog</name>
        <message>
            <source>What changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From {before} to {after}: changed pixels in colour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DifferenceView</name>
        <message>
            <source>Difference</source>
            <extracomment>Per channel, out of 255: the default line between noise and a change.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much a pixel may change (per channel, of 255) and still count as the same</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comparing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{share} of the pixels changed ({n} of {total})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; the second picture was scaled to the first one's size</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditChain</name>
        <message>
            <source>Region {n} could not be sent.</source>
            <extracomment>Queue ``request`` with these parents; returns the jobs made (the window's submit). The bytes of a gallery image, by id.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The regions stopped at {n} of {count}: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>All %n regions were edited, one after another.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>not an image Studio can read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The result of region {n} could not be read: {why}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditorPage</name>
        <message>
            <source>Brush</source>
            <extracomment>Longest edge of the base as painted over: enough for the largest image a model makes.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paint (left button); the right button erases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eraser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase what was painted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rectangle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag a rectangle; the right button clears it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lasso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw round an area to fill it; the right button clears it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag an arrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ellipse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag an ellipse outline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click a colour to select its area (Shift adds to the mask, Alt cuts from it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editor</source>
            <extracomment>Where it lies in the picture, in words ("top left"). Its own mask, when the regions are edited one after another. What was changed to make the model accept the inputs, as sentences. The size to ask for (an expanded canvas's); None to leave the request's as it is. Several painted regions: merged into ``mask``, or each with its own mask.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep unmasked area</source>
            <extracomment>The base's pixels as shown (the expand view paints them too).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Models also change pixels outside the mask. Put the original pixels back there (with a soft seam); the model's own result is kept in the gallery too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feather mask edges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soften the mask's edges by this many pixels when sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Painting</source>
            <extracomment>The input shown as the base (held, so a new one is told from it by identity).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paint where the image may change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw strokes, arrows and outlines that guide the edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brush size</source>
            <extracomment>A toolbar shows or hides a widget through the action that holds it.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brush size in image pixels ([ and ])</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Size </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hardness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How hard the brush's edge is ({ and })</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Hardness </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tolerance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How far a colour may be from the one clicked and still be selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contiguous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the area joined to the click; off: that colour everywhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selection mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mask opacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How strongly the mask is shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the mask over the image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mask the whole image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mask what is not masked, and unmask what is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expand canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extend the picture beyond its edges: choose a larger canvas and where the picture goes on it; the model paints the new area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take back the last stroke (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do it again (Ctrl+Shift+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paint another area in another colour, with its own instruction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Feather </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the inputs away and go back to generating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Edit an image&lt;/h3&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open an image, drop one here or paste it — or press Edit image (Ctrl+E) on a result. Then paint where it should change and describe the change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open image…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n 张图像</numerusform>
            </translation>
        </message>
        <message>
            <source>Expanding the picture to {w}x{h}: describe the new area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editing {images}, nothing painted (the whole image may change)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one after another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in one request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editing {images} in {n} regions, {how}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a mask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a markup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editing {images} with {layer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{model} takes no markup, so the mask is used; the markup is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the {kind} is sent: an edit takes a mask or a markup, not both. The {other} is kept; switch back to use it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag a rectangle; the right button clears it (R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag a rectangle outline (R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the mask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the markup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mask colour (how it is shown; the mask itself has none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markup colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a colour</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>This model takes at most %n input image(s); remove one first.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The earlier edit's mask could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new base image is {w}x{h}, another size than before, so the painting was cleared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The expanded canvas</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Studio ran into an unexpected problem, but your work is still here.

{summary}

The details were written to the log: {log}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExpandPanel</name>
        <message>
            <source>centre</source>
            <extracomment>Where the picture may sit on the canvas, in words (translated where shown).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>top</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bottom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>top left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>top right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bottom left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bottom right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Free</source>
            <extracomment>Widget pixels either side of a canvas edge that pick it up. The largest canvas side offered: a little beyond the largest size any model makes.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Canvas width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Canvas height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Canvas ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The smallest canvas of this shape that holds the picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture at {where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the picture at the {where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How far the edit may reach into the picture, blending into it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop expanding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to painting a mask on the picture as it is</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExpandView</name>
        <message>
            <source>Expanded canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Canvas {w}x{h}</source>
            <extracomment>While dragging: what ("picture" or an edge), where it started, the choice then, and the scale then (kept, so the canvas does not refit under the pointer).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sends {w}x{h}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (the nearest size the model accepts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, picture at {p}%</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GalleryPage</name>
        <message>
            <source>Gallery</source>
            <extracomment>A problem the user must read; ``status`` is a passing confirmation. Where its sentences go (the window's, which shows them).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search prompts, tags and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Between…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>★ Favourites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only favourites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oldest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show what was deleted, to restore it or empty it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thumbnail size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gallery state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Thumbnails </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the images back (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gallery actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reuse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take this image's prompt, or all its settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open in the editor (with its mask, if it was an edit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make variations of it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>★</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Favourite or not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the images as they came, their metadata in .json and .xmp files beside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the file in the file manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare two selected images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to the trash (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take out of the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete what is in the trash for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All providers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All sizes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No results for “{text}”. Try fewer or shorter words, or clear the filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No images match these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gallery is empty. Generate an image, or drop image files here to import them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show on the canvas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reuse prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reuse all settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make variations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Favourite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare with its base</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That image is no longer in the gallery.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt copied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The image could not be copied: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image copied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export with metadata inside (invalidates content credentials)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to folder</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Export failed: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {images} to {folder} with the metadata inside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {images} to {folder} with the metadata in sidecar files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{images} moved to the trash.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{images} restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty the trash?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The images in the trash will be deleted for good.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{images} deleted for good.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image {n} was not made from another image: it has no base.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The base of #{n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These images cannot be compared: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported {images}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n already in the gallery.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{name} was skipped: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Of {name}, {what}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImageActions</name>
        <message>
            <source>{name} could not be opened: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open images to edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.heic *.heif *.avif);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No image is shown: open one to edit (Ctrl+O).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shown image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing saved is shown yet to export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export image with metadata inside (invalidates content credentials)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The image could not be exported: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pasted image</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InputStrip</name>
        <message>
            <source>an SVG is made of vectors, and the Images API edits pictures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Input images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add image…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an input image (or drop files, or paste)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected inputs (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Base</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No input images yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{n} of at most %n input image(s). The first is the base the mask or markup applies to; drag to reorder.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>This model takes at most {limit}: remove some.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <source>queued</source>
            <extracomment>What an edit is told to do when it stands in for a variation. What a job's state reads as (Job is no QObject: its words are in the context "Job").</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>receiving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variation of image {n}</source>
            <extracomment>An edit standing in for a variation (the provider makes none). This job's place in its group's grid. Longest edge of its final frames and of its partial previews: the view's size when it was sent (a job queued behind others keeps it). What to paint now: the newest partial, then the final image. With keep-unmasked, per final image: the model's own result in the gallery, the share of pixels it changed outside the mask, and where (a heat overlay). When the model was shut down: the model that replaces it. How many jobs its run was split into (one per image when streaming n &gt; 1).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variation of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variation of an image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} of {count} · {subject}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>receiving partial {n} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed (last preview kept)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JobQueue</name>
        <message>
            <source>{old} has been shut down: the job was retried with {model}.</source>
            <extracomment>A result was saved to the gallery: (job, frame or None, image id). The worker stopped; its running jobs were marked failed. A sentence the user should read (a retry that changed the model, say). A finished job left the list (pruned); its record is in ``history``. Display pixels kept by finished jobs, in bytes (the newest jobs keep theirs). Finished jobs kept in the list; older ones are pruned to records. Set by the view to its size in device pixels: partial previews need no more. The model that replaces a shut-down one, or None while it is live (the session knows; set by whoever builds the queue).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The job can be retried.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JobRow</name>
        <message>
            <source>Job state</source>
            <extracomment>The user chose this model for what comes next (a shut-down model's replacement).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel this job (Esc cancels the newest)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy request id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use {model}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose {model} for what you make next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry with {model}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request id: {id}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JobsPanel</name>
        <message>
            <source>Jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No jobs yet. Write a prompt and press Generate.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>System language ({name})</source>
            <extracomment>Overrides the setting (tests and the screenshot script pick a language with it). The shipped catalogues, each named in its own language (how a language list should read).</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Prompt and parameters</source>
            <extracomment>Work this window started; cancelled when it closes, so none outlives its widgets.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider: {name} (no API key)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an API key or start the demo server first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the base image as described (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the image (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a prompt on the left and press Generate (Ctrl+Enter).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an API key or start the offline demo server first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a prompt first: it says what the image shows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling the newest job…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit Studio?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n job(s) are still running. Quit anyway? They will be cancelled; their last previews are kept in the gallery.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Generate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cancel newest job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export shown image…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the image as it came, its metadata in .json and .xmp files beside it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export shown image with metadata &amp;inside (invalidates content credentials)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open image to edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit shown image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make &amp;variations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo painting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;ditor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Gallery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Batches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fit to window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Image</source>
            <translation>图像(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Providers and API keys…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the offline &amp;demo server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spending &amp;caps…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Studio {version}&lt;/b&gt;&lt;p&gt;A desktop image studio for the OpenAI Images API.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MaskSelection</name>
        <message>
            <source>Selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grow, shrink or feather the mask; load or save it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grow…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Widen the mask by some pixels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shrink…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Narrow the mask by some pixels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feather…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soften the mask's edges now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load mask…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A mask file: transparent (or white) where the image may change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load from a picture's transparency…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mask what is opaque in a picture (a cut-out subject, say)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save mask…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this mask as a PNG to reuse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} could not be loaded as a mask: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is masked yet, so there is no mask to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mask could not be saved to {path}: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grow the mask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By how many pixels:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shrink the mask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feather the mask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over how many pixels:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load a mask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mask a picture's opaque part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images (*.png *.webp *.gif *.jpg *.jpeg);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the mask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG (*.png)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ModelPicker</name>
        <message>
            <source>Model</source>
            <extracomment>The item's data for "Other model (compatible server)…": the name is typed beside it.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{model}  (not listed by this provider)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other model (compatible server)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{model}  (until {day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{model}  (shut down {day})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Its replacement: {model}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{model} stops working on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{model} was shut down at OpenAI; this server still lists it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss notice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaintCanvas</name>
        <message>
            <source>Painting canvas</source>
            <extracomment>Click a colour: its area is selected (see the editor's selection options). Longest edge of a layer: the largest image a model makes, and 64 MB of layer at most. The colour tool was clicked at this layer point (QPointF), with these modifiers.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParamsPanel</name>
        <message>
            <source>Background</source>
            <extracomment>What the live check puts in place of the inputs of an edit or variation: the inputs themselves are checked when they are prepared and sent. The table's parameters with a control of their own (model and size have their own rows). The format decides what else applies (a GIF cannot stream), and streaming decides whether partial images do: their rows are settled first. A refusal's ``param`` → the row that explains it (svg errors are about its reasoning effort). The row labels of the ParamSpec table (plain Python, English), for lupdate: the panel shows them through self.tr. tests/ui/test_translations.py checks none is missing.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Complexity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compression %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fidelity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frame ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frames</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partial images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returned as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG effort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Streaming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Style</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>model name on your server</source>
            <extracomment>Per row: the note under the control saying why it does not apply, and the one saying what the model would refuse. The user's tick of each box shown unticked because it does not apply now. What the panel builds requests for; set by the window as the user edits or varies.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>model's default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom size…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PictureView</name>
        <message>
            <source>Click to play or pause</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlaybackBar</name>
        <message>
            <source>Play or pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frame {n} of {count}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PromptPanel</name>
        <message>
            <source>Prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Describe the image: subject, setting, style, light… (Ctrl+Enter to make it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent prompts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a prompt you used before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the image (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent prompts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent prompts yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} / {limit}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProvidersDialog</name>
        <message>
            <source>The key is stored in the system keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key comes from the environment variable {var}; Studio does not store it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No system keychain is available: the key is kept for this session only. Set {var} to keep it across sessions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No key yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Providers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Base URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deployment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (in use)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Endpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste the API key here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key will be saved when you press Save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} A key you enter here is kept for this session only; set OPENAI_API_KEY (or AZURE_OPENAI_API_KEY) in the environment to keep one across sessions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting to {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add at least one provider.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings could not be saved: {reason}. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecentStrip</name>
        <message>
            <source>Recent results</source>
            <extracomment>Whether "Make variations" is offered (the chosen model makes them).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished images appear here. Double-click one to show it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make variations</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegionsPanel</name>
        <message>
            <source>Together, in one request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One after another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run the regions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Together: one request, one prompt naming each region. One after another: an edit per region, each result the next one's base.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>The model's own result could not be read.</source>
            <extracomment>Longest edge of the copy shown when zoomed in (3840x2160 is the largest image made). The run the canvas's cells belong to.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sender</name>
        <message>
            <source>Preparing the images…</source>
            <extracomment>Jobs were sent: their run is on the results page. Groups of jobs whose shut-down model was already announced.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The images could not be prepared for {model}: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>image {n} is no longer in the gallery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editing region {step} of {total}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variations of the base or shown image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Variations of the base or shown image, made by an edit with {model}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{model} makes no variations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{model} makes no variations: choose another model under Model.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an API key or start the offline demo server first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open or pick an image first: variations are made from an image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} could not be prepared for {model}: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model: {model}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{old} {gone}: Studio now uses {new} in its place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is no longer offered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>was shut down on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use {model}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use {model} and retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace your prompt?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The prompt box holds what you were writing. Replace it with this image's prompt? Yours stays under Recent prompts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image {n} was made with {old}, which {gone}: its settings are taken with {new}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings of image {n} taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prompt of image {n} taken</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Offline demo server</source>
            <extracomment>A sentence the user should read, not an error (e.g. where a key was kept). ``model_choices`` changed (the new tuple of ``ModelInfo``). Shown once at start when the settings file could not be used as it was. What day it is for the models' lifecycle (tests set another). The active provider's ``/models`` list; None until it (or the cache) answered. The provider ``_provider_models`` belong to.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key for {name} is kept for this session only; set {variable} to keep it across sessions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to {name}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Connected to {name}: this key may use %n image model(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Connected to {name}: %n model(s) offered, {images} of them for images</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{model} on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>. Shutting down: {models}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpendingDialog</name>
        <message>
            <source>Spending caps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spent: reading the gallery…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before each request, what was spent (images kept, and requests that may have been billed) plus the request's estimate is checked against these caps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Per</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limit (USD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add cap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove cap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spent: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All providers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refuse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings could not be saved: {why}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>Estimated cost</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Last job: %Ln token(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>cost {cost}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cost unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today {money}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Welcome to Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generate images from a prompt, edit them by painting over what should change, and keep everything you make in a searchable gallery.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an API key…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the offline demo server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try Studio with a local server that draws images itself; no key needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting the demo server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Using the offline demo server at {url}. Its images are drawn locally; nothing leaves this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready to send requests to {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To start, add an API key for {name}, or try Studio offline with the built-in demo server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Providers…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkerLink</name>
        <message>
            <source>The request service stopped unexpectedly (exit code {code}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Today's spending could not be read: {why}</source>
            <extracomment>The job whose kept-unmasked result is compared with the model's own (or None). Longest edge of the frames a run sends back: the view's size in device pixels.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gallery could not be checked: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n image file(s) are missing from the gallery folder; they are marked in the gallery.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image file(s) in the gallery folder had no entry in the gallery (a save cut short); they were added back.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Add an API key or start the offline demo server first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_RegionRow</name>
        <message>
            <source>pink</source>
            <extracomment>The region colours' names (core's REGION_COLOURS, English: they go into prompts too), as shown in the panel.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>blue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>green</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>orange</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>violet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cyan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paint region {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paint region {n} ({colour})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What should happen in the {colour} region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instruction for region {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove region {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this region and what was painted in it</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
