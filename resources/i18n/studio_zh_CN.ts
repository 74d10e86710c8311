<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>ApiErrors</name>
        <message>
            <source>Variations cannot run in a batch.</source>
            <extracomment>Statuses after which a batch changes no more.</extracomment>
            <translation>变体无法在批处理中运行。</translation>
        </message>
        <message>
            <source>The server's batch was not in the expected form.</source>
            <extracomment>Why the server refused the whole batch (validation errors), when it did.</extracomment>
            <translation>服务器返回的批处理格式不符合预期。</translation>
        </message>
        <message>
            <source>The server's file was not in the expected form.</source>
            <translation>服务器返回的文件格式不符合预期。</translation>
        </message>
        <message>
            <source>The server's answer was not JSON.</source>
            <translation>服务器的响应不是 JSON。</translation>
        </message>
        <message>
            <source>The server's list of models was not in the expected form.</source>
            <extracomment>One event holds a whole base64 image: a 3840x2160 RGBA PNG of noise is about 44 MB. Set while ``run`` keeps the overall deadline, so the calls inside it keep no other. The most a ``response_format=url`` link may send: far above any real image. Seconds to wait for any one read (or write) of a request. Seconds one ``run`` may take in all, retries and streaming included. Seconds and bytes one image link may take. The day model lifecycles are judged on; None: the real date (tests fix it).</extracomment>
            <translation>服务器返回的模型列表格式不符合预期。</translation>
        </message>
        <message>
            <source>The server's answer held no images.</source>
            <translation>服务器的响应中没有图像。</translation>
        </message>
        <message>
            <source>The request was stopped after {seconds:g} s without its final image (the overall time limit).</source>
            <translation>请求在 {seconds:g} 秒后仍未收到最终图像，已停止（超出总时限）。</translation>
        </message>
        <message>
            <source>The connection broke before the final image arrived.</source>
            <translation>连接在收到最终图像之前中断。</translation>
        </message>
        <message>
            <source>The stream ended before the final image arrived.</source>
            <translation>数据流在收到最终图像之前结束。</translation>
        </message>
        <message>
            <source>The server's answer held a malformed image.</source>
            <translation>服务器的响应中含有格式错误的图像。</translation>
        </message>
        <message>
            <source>The server's answer held an empty image.</source>
            <translation>服务器的响应中含有空图像。</translation>
        </message>
        <message>
            <source>Studio did not download the image from {host}: {problem}</source>
            <translation>Studio 未从 {host} 下载图像：{problem}</translation>
        </message>
        <message>
            <source>The image link at {host} sent more than {limit} MB; Studio stopped the download.</source>
            <translation>{host} 上的图像链接发送的数据超过 {limit} MB；Studio 已停止下载。</translation>
        </message>
        <message>
            <source>The image link answered {status}; it may have expired.</source>
            <translation>图像链接返回 {status}；链接可能已过期。</translation>
        </message>
        <message>
            <source>The image from {host} did not arrive within {seconds:g} s.</source>
            <translation>来自 {host} 的图像未在 {seconds:g} 秒内到达。</translation>
        </message>
        <message>
            <source>The image could not be downloaded from {host}: {reason}</source>
            <translation>无法从 {host} 下载图像：{reason}</translation>
        </message>
        <message>
            <source>the link is not an https link.</source>
            <translation>链接不是 https 链接。</translation>
        </message>
        <message>
            <source>the link holds a user name or password.</source>
            <translation>链接中含有用户名或密码。</translation>
        </message>
        <message>
            <source>the link is not https (plain http is only followed to a provider on this network).</source>
            <translation>链接不是 https（仅对本网络中的服务商才会跟随普通 http 链接）。</translation>
        </message>
        <message>
            <source>the link leads to a private or local address ({address}).</source>
            <translation>链接指向私有或本地地址（{address}）。</translation>
        </message>
        <message>
            <source>{host} did not finish answering within {seconds:g} s.</source>
            <translation>{host} 未能在 {seconds:g} 秒内完成响应。</translation>
        </message>
        <message>
            <source>{host} did not answer in time.</source>
            <translation>{host} 未能及时响应。</translation>
        </message>
        <message>
            <source>Could not reach {host}: {reason}</source>
            <translation>无法连接 {host}：{reason}</translation>
        </message>
        <message>
            <source>The server sent an image that could not be decoded.</source>
            <translation>服务器发送的图像无法解码。</translation>
        </message>
        <message>
            <source>The server sent an unreadable event.</source>
            <translation>服务器发送了无法读取的事件。</translation>
        </message>
        <message>
            <source>The server stopped the stream with an error ({detail}).</source>
            <extracomment>The HTTP status an error's ``type`` stands for, when it arrives inside a stream (already 200).</extracomment>
            <translation>服务器因错误中止了数据流（{detail}）。</translation>
        </message>
        <message>
            <source>The server stopped the stream with an error.</source>
            <translation>服务器因错误中止了数据流。</translation>
        </message>
        <message>
            <source>the server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>Image {number} from the server is not a usable image ({reason}).</source>
            <translation>服务器返回的第 {number} 张图像不可用（{reason}）。</translation>
        </message>
        <message>
            <source>The server's answer held no usable image: {unusable}</source>
            <translation>服务器的响应中没有可用的图像：{unusable}</translation>
        </message>
        <message>
            <source>The image link's host {host} could not be found.</source>
            <translation>找不到图像链接的主机 {host}。</translation>
        </message>
        <message>
            <source>the connection was refused (is the server running?).</source>
            <translation>连接被拒绝（服务器是否在运行？）。</translation>
        </message>
        <message>
            <source>the host name could not be found.</source>
            <translation>找不到该主机名。</translation>
        </message>
        <message>
            <source>Transparent backgrounds are a preview on gpt-image-2 and some deployments refuse them: choose an opaque background, or a 2.5 or 2.6 model.</source>
            <extracomment>What a person can do when the server refuses one of these parameters.</extracomment>
            <translation>透明背景在 gpt-image-2 上仍为预览功能，部分部署会拒绝：请选择不透明背景，或使用 2.5 或 2.6 模型。</translation>
        </message>
        <message>
            <source>{sentence} The server said: {detail}</source>
            <extracomment>The server may have started the work (and billed it): never resend on its own. The server's own words, when the sentence above rephrased them. The last partial image received before the stream broke, if any. How much of a server's words a message quotes.</extracomment>
            <translation>{sentence}服务器返回：{detail}</translation>
        </message>
        <message>
            <source>The safety system refused this request. Rephrase the prompt or use another image.</source>
            <translation>安全系统拒绝了此请求。请改写提示词或换一张图像。</translation>
        </message>
        <message>
            <source>The server did not accept the API key. Check the key in Settings → Providers.</source>
            <translation>服务器不接受此 API 密钥。请在“设置 → 服务商”中检查密钥。</translation>
        </message>
        <message>
            <source>This API key is not allowed to do that.</source>
            <translation>此 API 密钥无权执行该操作。</translation>
        </message>
        <message>
            <source>The server no longer offers this model. Choose another model.</source>
            <translation>服务器已不再提供此模型。请选择其他模型。</translation>
        </message>
        <message>
            <source>The server does not know what was asked for.</source>
            <translation>服务器无法识别所请求的内容。</translation>
        </message>
        <message>
            <source>The account has run out of credit or quota; check its billing.</source>
            <translation>账户的余额或配额已用完；请检查账单。</translation>
        </message>
        <message>
            <source>The server is getting too many requests. Try again in {seconds:.0f} s.</source>
            <translation>服务器收到的请求过多。请在 {seconds:.0f} 秒后重试。</translation>
        </message>
        <message>
            <source>The server is getting too many requests. Try again shortly.</source>
            <translation>服务器收到的请求过多。请稍后重试。</translation>
        </message>
        <message>
            <source>The server had a problem ({status}). Try again in a moment.</source>
            <translation>服务器出现问题（{status}）。请稍后重试。</translation>
        </message>
        <message>
            <source>The server refused the parameter “{param}”.</source>
            <translation>服务器拒绝了参数“{param}”。</translation>
        </message>
        <message>
            <source>{sentence} {hint}</source>
            <translation>{sentence}{hint}</translation>
        </message>
        <message>
            <source>The server refused the request ({status}).</source>
            <translation>服务器拒绝了请求（{status}）。</translation>
        </message>
    </context>
    <context>
        <name>AppearanceDialog</name>
        <message>
            <source>Appearance</source>
            <translation>外观</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>System (follows the desktop)</source>
            <translation>跟随系统（与桌面一致）</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>主题(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>The language changes the next time Studio starts.</source>
            <translation>语言将在下次启动 Studio 时更改。</translation>
        </message>
        <message>
            <source>While {variable} is set ({value}), it wins.</source>
            <translation>当前设置了 {variable}（{value}），以它为准。</translation>
        </message>
        <message>
            <source>The settings could not be saved: {why}</source>
            <translation>无法保存设置：{why}</translation>
        </message>
    </context>
    <context>
        <name>Batch</name>
        <message>
            <source>no value for {{{name}}}</source>
            <extracomment>Parameters a matrix may vary, as their request fields.</extracomment>
            <translation>{{{name}}} 没有取值</translation>
        </message>
        <message>
            <source>the template names {count} variables ({names}): give a CSV or TSV file whose header names them</source>
            <translation>模板使用了 {count} 个变量（{names}）：请提供表头列出这些变量的 CSV 或 TSV 文件</translation>
        </message>
        <message>
            <source>the table has no header</source>
            <translation>表格没有表头</translation>
        </message>
        <message>
            <source>{part}: a matrix varies one of {known}, as NAME=A,B</source>
            <translation>{part}：参数矩阵只能改变 {known} 之一，格式为 NAME=A,B</translation>
        </message>
        <message>
            <source>{part}: no values</source>
            <translation>{part}：没有取值</translation>
        </message>
        <message>
            <source>the template names no {variable} for the values to fill; use {prompt} for one prompt per line</source>
            <translation>模板中没有供取值填入的 {variable}；如需每行一个提示词，请使用 {prompt}</translation>
        </message>
        <message>
            <source>row {number}: {reason}</source>
            <translation>第 {number} 行：{reason}</translation>
        </message>
        <message>
            <source>row {number} makes an empty prompt</source>
            <translation>第 {number} 行生成了空提示词</translation>
        </message>
    </context>
    <context>
        <name>BatchPage</name>
        <message>
            <source>Estimate: unknown ({model} has no known price)</source>
            <translation>预估：未知（{model} 没有已知价格）</translation>
        </message>
        <message>
            <source>Estimate: {money} plus the input images</source>
            <translation>预估：{money}，另加输入图像的费用</translation>
        </message>
        <message>
            <source>Estimate: {money}</source>
            <translation>预估：{money}</translation>
        </message>
        <message>
            <source>Batches</source>
            <extracomment>Lines of the preview listed; the count and total always cover them all. The gallery asked to show one batch's images (its id). A sentence of the page's own (its session's ``message`` goes to the window directly).</extracomment>
            <translation>批处理</translation>
        </message>
        <message>
            <source>Prompt template</source>
            <extracomment>The page's state and actions (``core.batches``); the spending dialog reads it too. The parameters of a batch loaded to run again; None: the window's panel's. An edit batch's input images and mask; none: a generation batch.</extracomment>
            <translation>提示词模板</translation>
        </message>
        <message>
            <source>a watercolour {subject} on a {red|green|blue} background</source>
            <translation>水彩风格的 {subject}，{红|绿|蓝}色背景</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>取值</translation>
        </message>
        <message>
            <source>One value a line for the template's variable, or a CSV/TSV table</source>
            <translation>每行一个模板变量的取值，或一个 CSV/TSV 表格</translation>
        </message>
        <message>
            <source>Values are a table (CSV or TSV with a header)</source>
            <translation>取值为表格（带表头的 CSV 或 TSV）</translation>
        </message>
        <message>
            <source>Load values…</source>
            <translation>载入取值…</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>参数矩阵</translation>
        </message>
        <message>
            <source>size=1024x1024,1536x1024; quality=low,high</source>
            <translation>size=1024x1024,1536x1024; quality=low,high</translation>
        </message>
        <message>
            <source>Send through</source>
            <translation>发送方式</translation>
        </message>
        <message>
            <source>Batch API: half price, done within 24 h</source>
            <translation>Batch API：半价，24 小时内完成</translation>
        </message>
        <message>
            <source>Live: now, at the usual price</source>
            <translation>实时：立即发送，按常规价格</translation>
        </message>
        <message>
            <source>None: new images</source>
            <translation>无：新图像</translation>
        </message>
        <message>
            <source>Input images</source>
            <translation>输入图像</translation>
        </message>
        <message>
            <source>Input images…</source>
            <translation>输入图像…</translation>
        </message>
        <message>
            <source>Make an edit batch: every line edits these images</source>
            <translation>创建编辑批处理：每一行都编辑这些图像</translation>
        </message>
        <message>
            <source>Mask…</source>
            <translation>蒙版…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Send with the parameters set in the window's panel</source>
            <translation>使用窗口面板中设置的参数发送</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Send batch</source>
            <translation>发送批处理</translation>
        </message>
        <message>
            <source>Write a template, then Preview.</source>
            <translation>先写好模板，再点击“预览”。</translation>
        </message>
        <message>
            <source>Batch summary</source>
            <translation>批处理摘要</translation>
        </message>
        <message>
            <source>Expanded requests</source>
            <translation>展开后的请求</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>模板</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Batches sent</source>
            <translation>已发送的批处理</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>批处理</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>预估</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>已保存</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Keep results</source>
            <translation>保存结果</translation>
        </message>
        <message>
            <source>Cancel batch</source>
            <translation>取消批处理</translation>
        </message>
        <message>
            <source>Show images</source>
            <translation>显示图像</translation>
        </message>
        <message>
            <source>This batch's images in the gallery</source>
            <translation>在图库中查看此批处理的图像</translation>
        </message>
        <message>
            <source>Run again…</source>
            <translation>再次运行…</translation>
        </message>
        <message>
            <source>Load this batch's template, values, matrix and parameters to change them</source>
            <translation>载入此批处理的模板、取值、参数矩阵和参数，以便修改</translation>
        </message>
        <message>
            <source>Interrupted requests</source>
            <translation>中断的请求</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>忽略</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>已花费</translation>
        </message>
        <message>
            <source>Interrupted — may have been billed</source>
            <translation>已中断——可能已计费</translation>
        </message>
        <message>
            <source>Changed since the preview: Preview again.</source>
            <translation>预览后已有改动：请重新预览。</translation>
        </message>
        <message>
            <source>{id} finished; see Batches for its results.</source>
            <translation>{id} 已完成；结果请在“批处理”中查看。</translation>
        </message>
        <message>
            <source>Add an API key or start the offline demo server first.</source>
            <translation>请先添加 API 密钥或启动离线演示服务器。</translation>
        </message>
        <message>
            <source>Running {id} live with the window's jobs; results go to the gallery.</source>
            <translation>正在与窗口中的任务一起实时运行 {id}；结果会保存到图库。</translation>
        </message>
        <message>
            <source>Batch {id} sent; it is polled while Studio is open, and you are told when it finishes.</source>
            <translation>批处理 {id} 已发送；Studio 打开期间会定时查询其进度，完成时会通知你。</translation>
        </message>
        <message>
            <source>This edit's input images were not kept (it was sent by an older Studio): make it again from the editor</source>
            <translation>此编辑的输入图像未保留（它由旧版 Studio 发送）：请在编辑器中重新制作</translation>
        </message>
        <message>
            <source>Values for the template</source>
            <translation>模板的取值</translation>
        </message>
        <message>
            <source>Use the panel's parameters</source>
            <translation>使用面板的参数</translation>
        </message>
        <message>
            <source>Lists and tables (*.txt *.csv *.tsv);;All files (*)</source>
            <translation>列表和表格 (*.txt *.csv *.tsv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>{name} could not be read: {why}</source>
            <translation>无法读取 {name}：{why}</translation>
        </message>
        <message>
            <source> · mask {name}</source>
            <translation> · 蒙版 {name}</translation>
        </message>
        <message>
            <source>Input images for every line</source>
            <translation>每一行的输入图像</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)</source>
            <translation>图像 (*.png *.jpg *.jpeg *.webp *.gif);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Mask (transparent where the edit goes)</source>
            <translation>蒙版（透明处为编辑区域）</translation>
        </message>
        <message>
            <source>PNG images (*.png);;All files (*)</source>
            <translation>PNG 图像 (*.png);;所有文件 (*)</translation>
        </message>
        <message>
            <source>{id} loaded: change what you like, then Preview and Send.</source>
            <translation>已载入 {id}：按需修改，然后预览并发送。</translation>
        </message>
        <message>
            <source>As set in the window's panel</source>
            <translation>与窗口面板中的设置相同</translation>
        </message>
        <message>
            <source>{values} (from {id})</source>
            <translation>{values}（来自 {id}）</translation>
        </message>
        <message>
            <source>through the Batch API</source>
            <translation>经 Batch API 发送</translation>
        </message>
        <message>
            <source>live</source>
            <translation>实时发送</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) {via}; estimated total {total}</source>
            <translation>
                <numerusform>%n 个请求，{via}；预估总计 {total}</numerusform>
            </translation>
        </message>
        <message>
            <source> (the first {n} listed)</source>
            <translation> (仅列出前 {n} 个)</translation>
        </message>
        <message numerus="yes">
            <source>; each edits %n image(s)</source>
            <translation>
                <numerusform>；每个请求编辑 %n 张图像</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) of {id} kept in the gallery.</source>
            <translation>
                <numerusform>批处理 {id} 的 %n 个结果已保存到图库。</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>up to {money}</source>
            <translation>最多 {money}</translation>
        </message>
        <message>
            <source>Spent: {text}</source>
            <translation>已花费：{text}</translation>
        </message>
        <message>
            <source>A live run's results were kept as they came</source>
            <translation>实时运行的结果已在生成时保存</translation>
        </message>
        <message>
            <source>Send it again: it may be billed twice</source>
            <translation>重新发送：可能会重复计费</translation>
        </message>
    </context>
    <context>
        <name>BatchSession</name>
        <message>
            <source>This gallery has no batch {id}.</source>
            <extracomment>How often unfinished batches are asked about, in ms. A batch finished (its id): told once, whether the Batch page is shown or not. The batches as last loaded; None until the first load. Live runs' jobs still out: job number → (batch id, custom_id). Asks about unfinished batches every ``POLL_MS`` while the window is open.</extracomment>
            <translation>此图库中没有批处理 {id}。</translation>
        </message>
        <message>
            <source>{name} could not be read: {why}.</source>
            <translation>无法读取 {name}：{why}。</translation>
        </message>
        <message>
            <source>A file</source>
            <translation>一个文件</translation>
        </message>
        <message>
            <source>there is nothing to send</source>
            <translation>没有可发送的内容</translation>
        </message>
        <message>
            <source>Nothing was sent.</source>
            <translation>未发送任何内容。</translation>
        </message>
        <message numerus="yes">
            <source>{failed} of %n request(s) failed; the first: {why}</source>
            <translation>
                <numerusform>%n 个请求中有 {failed} 个失败；第一个失败原因：{why}</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep its results from the Batch page.</source>
            <translation>请在“批处理”页面中保存其结果。</translation>
        </message>
        <message>
            <source>Batch {id} finished: {done} of {total} done, {failed} failed.</source>
            <translation>批处理 {id} 已结束：完成 {done}/{total} 个，失败 {failed} 个。</translation>
        </message>
        <message>
            <source>Batch {id} finished: {done} of {total} done.</source>
            <translation>批处理 {id} 已结束：完成 {done}/{total} 个。</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>+ or =</source>
            <extracomment>The longest name an image gets for a screen reader. How far the chosen cell's highlight reaches around its image (into the gap between cells). What the keys and the pointer do on a canvas with focus (shown in Help ▸ Keyboard shortcuts).</extracomment>
            <translation>+ 或 =</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>-</source>
            <translation>-</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>0</source>
            <translation>0</translation>
        </message>
        <message>
            <source>Fit to the view</source>
            <translation>适应视图</translation>
        </message>
        <message>
            <source>1</source>
            <translation>1</translation>
        </message>
        <message>
            <source>Actual size</source>
            <translation>实际大小</translation>
        </message>
        <message>
            <source>Arrows</source>
            <translation>方向键</translation>
        </message>
        <message>
            <source>Choose another image of the results (Edit, Export act on it)</source>
            <translation>在结果中选择另一张图像（“编辑”和“导出”作用于它）</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Play or pause an animation</source>
            <translation>播放或暂停动画</translation>
        </message>
        <message>
            <source>Wheel</source>
            <translation>滚轮</translation>
        </message>
        <message>
            <source>Zoom about the pointer</source>
            <translation>以指针为中心缩放</translation>
        </message>
        <message>
            <source>Drag</source>
            <translation>拖动</translation>
        </message>
        <message>
            <source>Pan when zoomed; fitted, take the image to another program</source>
            <translation>放大时平移；适应窗口时，可将图像拖到其他程序</translation>
        </message>
        <message>
            <source>Canvas</source>
            <extracomment>Dragging the fitted image takes it out to other programs. An animated GIF plays (else its first frame stands still). Zoomed in past the pixels the frame has: a sharper copy of the image would show. A cell of a grid was clicked (not dragged): the image Edit, Export and Copy act on. What a screen reader calls the canvas while no image has a name.</extracomment>
            <translation>画布</translation>
        </message>
        <message>
            <source>Image</source>
            <extracomment>... and while it shows an image without a name.</extracomment>
            <translation>图像</translation>
        </message>
        <message>
            <source>Plus and minus zoom, 0 fits the image to the view, 1 shows it at actual size; among several images the arrows choose one</source>
            <extracomment>What it says after the name: the keys.</extracomment>
            <translation>加号和减号缩放，0 使图像适应视图，1 按实际大小显示；有多张图像时，用方向键选择其中一张</translation>
        </message>
        <message>
            <source>Your images appear here.</source>
            <extracomment>The file each cell's image came from (a drag takes it whole); None unknown. What each cell's image shows, in words (its revised prompt or prompt; "" unknown).</extracomment>
            <translation>图像会显示在这里。</translation>
        </message>
        <message>
            <source>Image {n} of {count} chosen.</source>
            <extracomment>What an empty cell says once no image will come ("Waiting…" until then).</extracomment>
            <translation>已选择第 {n}/{count} 张图像。</translation>
        </message>
        <message>
            <source>Waiting…</source>
            <extracomment>None: fit to the view; otherwise screen pixels per image pixel. Drawn over a single image (e.g. where an edit changed what it should not). The cell marked as chosen in a grid.</extracomment>
            <translation>等待中…</translation>
        </message>
    </context>
    <context>
        <name>CompareBar</name>
        <message>
            <source>Show the model's own result</source>
            <translation>显示模型的原始结果</translation>
        </message>
        <message>
            <source>Show changes outside the mask</source>
            <translation>显示蒙版外的改动</translation>
        </message>
        <message>
            <source>changed outside the mask</source>
            <translation>蒙版外的改动</translation>
        </message>
        <message>
            <source>Hide changes outside the mask</source>
            <translation>隐藏蒙版外的改动</translation>
        </message>
        <message>
            <source>Show the kept result</source>
            <translation>显示保留原像素的结果</translation>
        </message>
        <message>
            <source>Shown: the model's own result, which changed {share} of the pixels outside the mask. The kept result has the original pixels there.</source>
            <translation>当前显示：模型的原始结果，它改动了蒙版外 {share} 的像素。保留的结果在这些位置使用原始像素。</translation>
        </message>
        <message>
            <source>The model changed {share} of the pixels outside the mask; the original pixels were put back there.</source>
            <translation>模型改动了蒙版外 {share} 的像素；这些位置已恢复为原始像素。</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare</source>
            <extracomment>GIFs play, SVGs are drawn at the zoom shown. Where the split is, as a share of the widget's width.</extracomment>
            <translation>对比</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>并排</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>分割</translation>
        </message>
        <message>
            <source>One over the other: drag the line to move the split</source>
            <translation>叠放对比：拖动分割线调整分界位置</translation>
        </message>
        <message>
            <source>Difference…</source>
            <translation>差异…</translation>
        </message>
        <message>
            <source>See which pixels changed, and how many</source>
            <translation>查看哪些像素有变化，以及变化了多少</translation>
        </message>
        <message>
            <source>Wheel (or + and -) to zoom, drag to pan, double-click (or 0) to fit.</source>
            <translation>滚轮（或 + 和 -）缩放，拖动平移，双击（或 0）适应窗口。</translation>
        </message>
        <message>
            <source>Space plays or pauses.</source>
            <translation>按空格键播放或暂停。</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>+ or =</source>
            <extracomment>What the keys and the pointer do in Compare (shown in Help ▸ Keyboard shortcuts).</extracomment>
            <translation>+ 或 =</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>-</source>
            <translation>-</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>0, double-click</source>
            <translation>0，双击</translation>
        </message>
        <message>
            <source>Fit both images</source>
            <translation>两张图像都适应视图</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Play or pause animations</source>
            <translation>播放或暂停动画</translation>
        </message>
        <message>
            <source>Wheel</source>
            <translation>滚轮</translation>
        </message>
        <message>
            <source>Zoom both images about the pointer</source>
            <translation>以指针为中心同时缩放两张图像</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>对比视图</translation>
        </message>
        <message>
            <source>Two images at one zoom: plus and minus zoom, 0 fits, dragging pans</source>
            <translation>两张图像同步缩放：加号和减号缩放，0 适应视图，拖动平移</translation>
        </message>
    </context>
    <context>
        <name>CostWords</name>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>{money} + {count} unknown</source>
            <translation>{money} + {count} 项未知</translation>
        </message>
        <message>
            <source>{today} today, {month} this month</source>
            <translation>今日 {today}，本月 {month}</translation>
        </message>
    </context>
    <context>
        <name>DemoServer</name>
        <message>
            <source>The offline demo server did not start in time.</source>
            <translation>离线演示服务器未能及时启动。</translation>
        </message>
        <message>
            <source>The offline demo server could not start; see the log.</source>
            <translation>离线演示服务器无法启动；请查看日志。</translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <source>Image details</source>
            <translation>图像详情</translation>
        </message>
        <message>
            <source>Select an image to see everything about it.</source>
            <translation>选择一张图像以查看其全部信息。</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>提示词</translation>
        </message>
        <message>
            <source>Revised prompt</source>
            <translation>修订后的提示词</translation>
        </message>
        <message>
            <source>Content credentials</source>
            <translation>内容凭证</translation>
        </message>
        <message>
            <source>tags, separated by commas</source>
            <translation>标签，用逗号分隔</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>&lt;b&gt;Made from&lt;/b&gt;</source>
            <translation>&lt;b&gt;来源图像&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Used for&lt;/b&gt;</source>
            <translation>&lt;b&gt;衍生图像&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Prompt&lt;/b&gt;</source>
            <translation>&lt;b&gt;提示词&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Revised prompt&lt;/b&gt;</source>
            <translation>&lt;b&gt;修订后的提示词&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Content credentials&lt;/b&gt;</source>
            <translation>&lt;b&gt;内容凭证&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tags&lt;/b&gt;</source>
            <translation>&lt;b&gt;标签&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Notes&lt;/b&gt;</source>
            <translation>&lt;b&gt;备注&lt;/b&gt;</translation>
        </message>
        <message>
            <source>The file is missing.</source>
            <translation>文件已丢失。</translation>
        </message>
        <message>
            <source>No preview.</source>
            <translation>无预览。</translation>
        </message>
        <message>
            <source>(no prompt)</source>
            <translation>（无提示词）</translation>
        </message>
        <message>
            <source>A variation of image {n}</source>
            <translation>图像 {n} 的变体</translation>
        </message>
        <message>
            <source>A variation (variations take no prompt)</source>
            <translation>变体（变体不使用提示词）</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>服务商</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Animation</source>
            <translation>动画</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>a partial image, kept when its job stopped early</source>
            <translation>任务提前结束时保留下来的中间预览图</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>用量</translation>
        </message>
        <message numerus="yes">
            <source>%Ln token(s) ({input} in, {output} out)</source>
            <translation>
                <numerusform>%Ln 个 token（输入 {input}，输出 {output}）</numerusform>
            </translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>费用</translation>
        </message>
        <message>
            <source>Took</source>
            <translation>耗时</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} 秒</translation>
        </message>
        <message>
            <source>Request id</source>
            <translation>请求 ID</translation>
        </message>
        <message>
            <source>Input ({role})</source>
            <translation>输入（{role}）</translation>
        </message>
        <message numerus="yes">
            <source>%n frame(s)</source>
            <translation>
                <numerusform>%n 帧</numerusform>
            </translation>
        </message>
        <message>
            <source>generation</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>variation</source>
            <translation>变体</translation>
        </message>
        <message>
            <source>import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>签名者</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>签名时间</translation>
        </message>
        <message>
            <source>Generator</source>
            <translation>生成工具</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Image {n}</source>
            <translation>图像 {n}</translation>
        </message>
    </context>
    <context>
        <name>DifferenceDialog</name>
        <message>
            <source>What changed</source>
            <translation>变化之处</translation>
        </message>
        <message>
            <source>From {before} to {after}: changed pixels in colour</source>
            <translation>从 {before} 到 {after}：有变化的像素以彩色显示</translation>
        </message>
    </context>
    <context>
        <name>DifferenceView</name>
        <message>
            <source>Difference</source>
            <extracomment>Per channel, out of 255: the default line between noise and a change.</extracomment>
            <translation>差异</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>阈值</translation>
        </message>
        <message>
            <source>How much a pixel may change (per channel, of 255) and still count as the same</source>
            <translation>像素变化不超过此值（每通道，满值 255）时仍视为相同</translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>正在比较…</translation>
        </message>
        <message>
            <source>Share changed</source>
            <translation>变化比例</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>有变化</translation>
        </message>
        <message>
            <source>unchanged (dimmed)</source>
            <translation>无变化（调暗显示）</translation>
        </message>
        <message>
            <source>{share} of the pixels changed ({n} of {total})</source>
            <translation>{share} 的像素有变化（{total} 个中的 {n} 个）</translation>
        </message>
        <message>
            <source>; the second picture was scaled to the first one's size</source>
            <translation>；第二张图已缩放到第一张的尺寸</translation>
        </message>
    </context>
    <context>
        <name>EditChain</name>
        <message>
            <source>Region {n} could not be sent.</source>
            <extracomment>Queue ``request`` with these parents; returns the jobs made (the window's submit). The bytes of a gallery image, by id.</extracomment>
            <translation>区域 {n} 无法发送。</translation>
        </message>
        <message>
            <source>The regions stopped at {n} of {count}: {why}.</source>
            <translation>区域编辑在第 {n}/{count} 个处停止：{why}。</translation>
        </message>
        <message numerus="yes">
            <source>All %n regions were edited, one after another.</source>
            <translation>
                <numerusform>全部 %n 个区域已逐个编辑完成。</numerusform>
            </translation>
        </message>
        <message>
            <source>not an image Studio can read</source>
            <translation>不是 Studio 能读取的图像</translation>
        </message>
        <message>
            <source>The result of region {n} could not be read: {why}.</source>
            <translation>无法读取区域 {n} 的结果：{why}。</translation>
        </message>
    </context>
    <context>
        <name>EditorPage</name>
        <message>
            <source>Brush</source>
            <extracomment>Longest edge of the base as painted over: enough for the largest image a model makes.</extracomment>
            <translation>画笔</translation>
        </message>
        <message>
            <source>Paint (left button); the right button erases</source>
            <translation>绘制（左键）；右键擦除</translation>
        </message>
        <message>
            <source>Eraser</source>
            <translation>橡皮擦</translation>
        </message>
        <message>
            <source>Erase what was painted</source>
            <translation>擦除已绘制的内容</translation>
        </message>
        <message>
            <source>Rectangle</source>
            <translation>矩形</translation>
        </message>
        <message>
            <source>Drag a rectangle; the right button clears it</source>
            <translation>拖出一个矩形；右键清除</translation>
        </message>
        <message>
            <source>Lasso</source>
            <translation>套索</translation>
        </message>
        <message>
            <source>Draw round an area to fill it; the right button clears it</source>
            <translation>圈出一个区域并填充；右键清除</translation>
        </message>
        <message>
            <source>Arrow</source>
            <translation>箭头</translation>
        </message>
        <message>
            <source>Drag an arrow</source>
            <translation>拖出一个箭头</translation>
        </message>
        <message>
            <source>Ellipse</source>
            <translation>椭圆</translation>
        </message>
        <message>
            <source>Drag an ellipse outline</source>
            <translation>拖出一个椭圆轮廓</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>Click a colour to select its area (Shift adds to the mask, Alt cuts from it)</source>
            <translation>点击一种颜色以选中其区域（按住 Shift 添加到蒙版，按住 Alt 从蒙版中减去）</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>替换</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>减去</translation>
        </message>
        <message>
            <source>Editor</source>
            <extracomment>Where it lies in the picture, in words ("top left"). Its own mask, when the regions are edited one after another. What was changed to make the model accept the inputs, as sentences. The size to ask for (an expanded canvas's); None to leave the request's as it is. Several painted regions: merged into ``mask``, or each with its own mask.</extracomment>
            <translation>编辑器</translation>
        </message>
        <message>
            <source>Keep unmasked area</source>
            <extracomment>The base's pixels as shown (the expand view paints them too).</extracomment>
            <translation>保留蒙版外区域</translation>
        </message>
        <message>
            <source>Models also change pixels outside the mask. Put the original pixels back there (with a soft seam); the model's own result is kept in the gallery too.</source>
            <translation>模型也会改动蒙版外的像素。在那里放回原始像素（接缝柔和过渡）；模型的原始结果也会保存在图库中。</translation>
        </message>
        <message>
            <source>Feather mask edges</source>
            <translation>羽化蒙版边缘</translation>
        </message>
        <message>
            <source>Soften the mask's edges by this many pixels when sent</source>
            <translation>发送时按此像素数柔化蒙版边缘</translation>
        </message>
        <message>
            <source>Painting</source>
            <extracomment>The input shown as the base (held, so a new one is told from it by identity).</extracomment>
            <translation>绘制</translation>
        </message>
        <message>
            <source>Mask</source>
            <translation>蒙版</translation>
        </message>
        <message>
            <source>Paint where the image may change</source>
            <translation>涂抹允许图像变化的区域</translation>
        </message>
        <message>
            <source>Markup</source>
            <translation>标注</translation>
        </message>
        <message>
            <source>Draw strokes, arrows and outlines that guide the edit</source>
            <translation>绘制笔画、箭头和轮廓来引导编辑</translation>
        </message>
        <message>
            <source>Brush size</source>
            <extracomment>A toolbar shows or hides a widget through the action that holds it.</extracomment>
            <translation>画笔大小</translation>
        </message>
        <message>
            <source>Brush size in image pixels ([ and ])</source>
            <translation>画笔大小，以图像像素计（[ 和 ]）</translation>
        </message>
        <message>
            <source>Hardness</source>
            <translation>硬度</translation>
        </message>
        <message>
            <source>How hard the brush's edge is ({ and })</source>
            <translation>画笔边缘的硬度（{ 和 }）</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>容差</translation>
        </message>
        <message>
            <source>How far a colour may be from the one clicked and still be selected</source>
            <translation>与所点颜色相差多少以内仍会被选中</translation>
        </message>
        <message>
            <source>Contiguous</source>
            <translation>连续</translation>
        </message>
        <message>
            <source>Only the area joined to the click; off: that colour everywhere</source>
            <translation>仅选择与点击处相连的区域；关闭时选择所有该颜色的区域</translation>
        </message>
        <message>
            <source>Selection mode</source>
            <translation>选择模式</translation>
        </message>
        <message>
            <source>Mask opacity</source>
            <translation>蒙版不透明度</translation>
        </message>
        <message>
            <source>How strongly the mask is shown</source>
            <translation>蒙版显示的浓淡程度</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Show or hide the mask over the image</source>
            <translation>在图像上显示或隐藏蒙版</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>图层</translation>
        </message>
        <message>
            <source>Fill</source>
            <translation>填充</translation>
        </message>
        <message>
            <source>Mask the whole image</source>
            <translation>将整张图像加入蒙版</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Clear the layer</source>
            <translation>清空图层</translation>
        </message>
        <message>
            <source>Invert</source>
            <translation>反转</translation>
        </message>
        <message>
            <source>Mask what is not masked, and unmask what is</source>
            <translation>将蒙版内外互换</translation>
        </message>
        <message>
            <source>Expand canvas</source>
            <translation>扩展画布</translation>
        </message>
        <message>
            <source>Extend the picture beyond its edges: choose a larger canvas and where the picture goes on it; the model paints the new area</source>
            <translation>将画面扩展到原边缘之外：选择更大的画布以及画面在其中的位置，由模型绘制新增区域</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Take back the last stroke (Ctrl+Z)</source>
            <translation>撤销上一笔（Ctrl+Z）</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Do it again (Ctrl+Shift+Z)</source>
            <translation>重做（Ctrl+Shift+Z）</translation>
        </message>
        <message>
            <source>Add region</source>
            <translation>添加区域</translation>
        </message>
        <message>
            <source>Paint another area in another colour, with its own instruction</source>
            <translation>用另一种颜色绘制另一个区域，并为它单独写指令</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Feather</source>
            <translation>羽化</translation>
        </message>
        <message>
            <source>Stop editing</source>
            <translation>结束编辑</translation>
        </message>
        <message>
            <source>Put the inputs away and go back to generating</source>
            <translation>收起输入图像，返回生成模式</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Edit an image&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;编辑图像&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>Open an image, drop one here or paste it — or press Edit image (Ctrl+E) on a result. Then paint where it should change and describe the change.</source>
            <translation>打开一张图像、拖放到这里或直接粘贴——也可以在结果上点击“编辑图像”（Ctrl+E）。然后涂抹需要改动的地方，并描述要做的改动。</translation>
        </message>
        <message>
            <source>Open image…</source>
            <translation>打开图像…</translation>
        </message>
        <message>
            <source>Choose image files to edit (Ctrl+O)</source>
            <translation>选择要编辑的图像文件（Ctrl+O）</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>粘贴</translation>
        </message>
        <message>
            <source>Edit the image on the clipboard (Ctrl+V)</source>
            <translation>编辑剪贴板中的图像（Ctrl+V）</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n 张图像</numerusform>
            </translation>
        </message>
        <message>
            <source>Expanding the picture to {w}x{h}: describe the new area</source>
            <translation>将画面扩展到 {w}x{h}：请描述新增区域</translation>
        </message>
        <message>
            <source>Editing {images}, nothing painted (the whole image may change)</source>
            <translation>正在编辑 {images}，未涂抹（整张图像都可能改变）</translation>
        </message>
        <message>
            <source>one after another</source>
            <translation>逐个进行</translation>
        </message>
        <message>
            <source>in one request</source>
            <translation>在一次请求中完成</translation>
        </message>
        <message>
            <source>Editing {images} in {n} regions, {how}</source>
            <translation>正在编辑 {images}，共 {n} 个区域，{how}</translation>
        </message>
        <message>
            <source>a mask</source>
            <translation>蒙版</translation>
        </message>
        <message>
            <source>a markup</source>
            <translation>标注</translation>
        </message>
        <message>
            <source>Editing {images} with {layer}</source>
            <translation>正在使用{layer}编辑 {images}</translation>
        </message>
        <message>
            <source>{model} takes no markup, so the mask is used; the markup is kept.</source>
            <translation>{model} 不支持标注，因此改用蒙版；标注已保留。</translation>
        </message>
        <message>
            <source>Only the {kind} is sent: an edit takes a mask or a markup, not both. The {other} is kept; switch back to use it.</source>
            <translation>仅发送 {kind}：一次编辑只能使用蒙版或标注，不能同时使用。{other} 已保留；切换回去即可使用。</translation>
        </message>
        <message>
            <source>mask</source>
            <translation>蒙版</translation>
        </message>
        <message>
            <source>markup</source>
            <translation>标注</translation>
        </message>
        <message>
            <source>Pen</source>
            <translation>笔</translation>
        </message>
        <message>
            <source>Drag a rectangle; the right button clears it (R)</source>
            <translation>拖出一个矩形；右键清除（R）</translation>
        </message>
        <message>
            <source>Drag a rectangle outline (R)</source>
            <translation>拖出一个矩形轮廓（R）</translation>
        </message>
        <message>
            <source>Show or hide the mask</source>
            <translation>显示或隐藏蒙版</translation>
        </message>
        <message>
            <source>Show or hide the markup</source>
            <translation>显示或隐藏标注</translation>
        </message>
        <message>
            <source>Mask colour (how it is shown; the mask itself has none)</source>
            <translation>蒙版颜色（仅用于显示；蒙版本身没有颜色）</translation>
        </message>
        <message>
            <source>Markup colour</source>
            <translation>标注颜色</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>选择颜色</translation>
        </message>
        <message numerus="yes">
            <source>This model takes at most %n input image(s); remove one first.</source>
            <translation>
                <numerusform>此模型最多接受 %n 张输入图像；请先移除一张。</numerusform>
            </translation>
        </message>
        <message>
            <source>The earlier edit's mask could not be read.</source>
            <translation>无法读取先前编辑的蒙版。</translation>
        </message>
        <message>
            <source>The new base image is {w}x{h}, another size than before, so the painting was cleared.</source>
            <translation>新底图为 {w}x{h}，与之前尺寸不同，因此已清除绘制内容。</translation>
        </message>
        <message>
            <source>The expanded canvas</source>
            <translation>扩展后的画布</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Something went wrong</source>
            <translation>出现问题</translation>
        </message>
        <message>
            <source>Studio ran into an unexpected problem, but your work is still here.

{summary}

The details were written to the log: {log}</source>
            <translation>Studio 遇到了意外问题，但你的工作内容仍在。

{summary}

详细信息已写入日志：{log}</translation>
        </message>
    </context>
    <context>
        <name>ExpandPanel</name>
        <message>
            <source>centre</source>
            <extracomment>Where the picture may sit on the canvas, in words (translated where shown).</extracomment>
            <translation>中央</translation>
        </message>
        <message>
            <source>left</source>
            <translation>左侧</translation>
        </message>
        <message>
            <source>right</source>
            <translation>右侧</translation>
        </message>
        <message>
            <source>top</source>
            <translation>顶部</translation>
        </message>
        <message>
            <source>bottom</source>
            <translation>底部</translation>
        </message>
        <message>
            <source>top left</source>
            <translation>左上角</translation>
        </message>
        <message>
            <source>top right</source>
            <translation>右上角</translation>
        </message>
        <message>
            <source>bottom left</source>
            <translation>左下角</translation>
        </message>
        <message>
            <source>bottom right</source>
            <translation>右下角</translation>
        </message>
        <message>
            <source>Free</source>
            <extracomment>Widget pixels either side of a canvas edge that pick it up. The largest canvas side offered: a little beyond the largest size any model makes.</extracomment>
            <translation>自由</translation>
        </message>
        <message>
            <source>Canvas width</source>
            <translation>画布宽度</translation>
        </message>
        <message>
            <source>Canvas height</source>
            <translation>画布高度</translation>
        </message>
        <message>
            <source>Canvas ratio</source>
            <translation>画布比例</translation>
        </message>
        <message>
            <source>The smallest canvas of this shape that holds the picture</source>
            <translation>此比例下能容纳画面的最小画布</translation>
        </message>
        <message>
            <source>Picture at {where}</source>
            <translation>画面位于{where}</translation>
        </message>
        <message>
            <source>Keep the picture at the {where}</source>
            <translation>将画面放在{where}</translation>
        </message>
        <message>
            <source>Seam</source>
            <translation>接缝</translation>
        </message>
        <message>
            <source>How far the edit may reach into the picture, blending into it</source>
            <translation>编辑可深入原画面多远，以便自然融合</translation>
        </message>
        <message>
            <source>Size sent</source>
            <translation>发送尺寸</translation>
        </message>
        <message>
            <source>Canvas</source>
            <translation>画布</translation>
        </message>
        <message>
            <source>Stop expanding</source>
            <translation>结束扩展</translation>
        </message>
        <message>
            <source>Back to painting a mask on the picture as it is</source>
            <translation>返回在原画面上绘制蒙版</translation>
        </message>
    </context>
    <context>
        <name>ExpandView</name>
        <message>
            <source>Expanded canvas</source>
            <translation>扩展后的画布</translation>
        </message>
        <message>
            <source>Canvas {w}x{h}</source>
            <extracomment>While dragging: what ("picture" or an edge), where it started, the choice then, and the scale then (kept, so the canvas does not refit under the pointer).</extracomment>
            <translation>画布 {w}x{h}</translation>
        </message>
        <message>
            <source>sends {w}x{h}</source>
            <translation>发送 {w}x{h}</translation>
        </message>
        <message>
            <source> (the nearest size the model accepts)</source>
            <translation> (模型接受的最接近尺寸)</translation>
        </message>
        <message>
            <source>, picture at {p}%</source>
            <translation>，画面缩放为 {p}%</translation>
        </message>
    </context>
    <context>
        <name>Gallery</name>
        <message>
            <source>The disk is full, so the image could not be saved in {folder}. Free some space and try again; nothing half-written was left behind.</source>
            <extracomment>Temp files are named after the session writing them (see ``_sessions``).</extracomment>
            <translation>磁盘已满，无法将图像保存到 {folder}。请释放一些空间后重试；没有留下写了一半的文件。</translation>
        </message>
        <message>
            <source>The image could not be saved in {folder}: {reason}.</source>
            <translation>无法将图像保存到 {folder}：{reason}。</translation>
        </message>
        <message>
            <source>The gallery is busy in another Studio window; try again.</source>
            <extracomment>What a store says while another window holds the database longer than it waits.</extracomment>
            <translation>图库正被另一个 Studio 窗口占用；请重试。</translation>
        </message>
        <message>
            <source>The gallery's database cannot be opened: {error}.</source>
            <extracomment>What a record is read from, in the order ``_record`` takes it. Stored values to members: a dict lookup, where calling the enum costs a few microseconds. Tries at opening a database another store is opening at the same moment. Files read and decoded between two commits when rows are made for files (a rebuild): small enough that the write lock is held briefly and few files are in memory at once. The batch filter offers this many of the newest batches. The size filter offers the sizes of this many of the newest images. A sentence for the user when the database had to be replaced or repaired. How many images the last rebuild got back without their prompt and settings. The file this store's connection opened, to notice it being set aside by another. False once files were placed that neither a row nor a pending record holds. The request journal and batch records (``_journal``). What the quick reconciliation on open found: it looks only at what sessions that crashed can have touched (and at images a full disk kept out), which keeps it fast.</extracomment>
            <translation>无法打开图库数据库：{error}。</translation>
        </message>
        <message>
            <source>The gallery in {folder} cannot be opened: another Studio has been rebuilding it for too long, or its folder cannot be used ({error}).</source>
            <translation>无法打开 {folder} 中的图库：另一个 Studio 重建它的时间过长，或其文件夹无法使用（{error}）。</translation>
        </message>
        <message>
            <source>The disk holding the gallery ({folder}) is full, so this change could not be saved. Free some space and try again.</source>
            <translation>图库所在的磁盘（{folder}）已满，无法保存此更改。请释放一些空间后重试。</translation>
        </message>
        <message>
            <source>The gallery's database could not be used: {error}.</source>
            <translation>无法使用图库数据库：{error}。</translation>
        </message>
        <message>
            <source>The gallery's database reported a problem ({error}); try again, and run “studio gallery check” if it persists.</source>
            <translation>图库数据库报告了问题（{error}）；请重试，如果问题仍然存在，请运行“studio gallery check”。</translation>
        </message>
        <message>
            <source>The gallery's database was damaged; another Studio window has set it aside and rebuilt the gallery from the image files.</source>
            <translation>图库数据库已损坏；另一个 Studio 窗口已将其移到一旁，并根据图像文件重建了图库。</translation>
        </message>
        <message>
            <source>The gallery's database is damaged and could not be rebuilt: {error}. Your image files are untouched in {folder}.</source>
            <translation>图库数据库已损坏且无法重建：{error}。你的图像文件仍完好地保存在 {folder} 中。</translation>
        </message>
        <message>
            <source>The gallery's database was damaged ({error}), so it was set aside as {aside} and the gallery rebuilt from the image files: {recovered} image(s) recovered, {described} of them with their prompt and settings (and favourites, tags, notes and lineage where the old database still held them). The other {others} keep only their format, size and time.</source>
            <translation>图库数据库已损坏（{error}），因此已将其另存为 {aside}，并根据图像文件重建了图库：恢复了 {recovered} 张图像，其中 {described} 张带有提示词和设置（旧数据库中仍保留的收藏、标签、备注和来源关系也一并恢复）。其余 {others} 张仅保留格式、尺寸和时间。</translation>
        </message>
        <message>
            <source>The gallery's database was damaged ({error}), so it was set aside as {aside} and the gallery rebuilt from the image files: {recovered} image(s) recovered, {described} of them with their prompt and settings (and favourites, tags, notes and lineage where the old database still held them).</source>
            <translation>图库数据库已损坏（{error}），因此已将其另存为 {aside}，并根据图像文件重建了图库：恢复了 {recovered} 张图像，其中 {described} 张带有提示词和设置（旧数据库中仍保留的收藏、标签、备注和来源关系也一并恢复）。</translation>
        </message>
        <message>
            <source>The gallery's database was damaged ({error}), so it was set aside as {aside} and the gallery rebuilt from the image files: {recovered} image(s) recovered. The other {others} keep only their format, size and time.</source>
            <translation>图库数据库已损坏（{error}），因此已将其另存为 {aside}，并根据图像文件重建了图库：恢复了 {recovered} 张图像。其余 {others} 张仅保留格式、尺寸和时间。</translation>
        </message>
        <message>
            <source>The gallery's database was damaged ({error}), so it was set aside as {aside} and the gallery rebuilt from the image files: {recovered} image(s) recovered.</source>
            <translation>图库数据库已损坏（{error}），因此已将其另存为 {aside}，并根据图像文件重建了图库：恢复了 {recovered} 张图像。</translation>
        </message>
        <message>
            <source>The server's image could not be read: {reason}.</source>
            <translation>无法读取服务器返回的图像：{reason}。</translation>
        </message>
        <message>
            <source>{failure} The image itself was kept in {folder} and is added to the gallery the next time the gallery opens.</source>
            <translation>{failure}图像本身已保存在 {folder} 中，会在下次打开图库时加入图库。</translation>
        </message>
        <message>
            <source>There is no image {id} in the gallery.</source>
            <translation>图库中没有图像 {id}。</translation>
        </message>
        <message>
            <source>Image {id} could not be read from {path}: {reason}.</source>
            <translation>无法从 {path} 读取图像 {id}：{reason}。</translation>
        </message>
    </context>
    <context>
        <name>GalleryModel</name>
        <message>
            <source>Image {id}, without a prompt</source>
            <extracomment>Decoded thumbnails kept, in bytes: enough for a few screens at any size. Bumped by every reset: answers for an older query or thumbnail size are dropped. Asked for and not come yet: a cell painted meanwhile must not ask again (scrolling repaints while they are read, and a sixth of them were read twice).</extracomment>
            <translation>图像 {id}，无提示词</translation>
        </message>
        <message>
            <source>{width} by {height} pixels</source>
            <translation>{width} × {height} 像素</translation>
        </message>
        <message>
            <source>favourite</source>
            <translation>已收藏</translation>
        </message>
        <message>
            <source>file missing</source>
            <translation>文件丢失</translation>
        </message>
    </context>
    <context>
        <name>GalleryPage</name>
        <message>
            <source>Gallery</source>
            <extracomment>A problem the user must read; ``status`` is a passing confirmation. Where its sentences go (the window's, which shows them).</extracomment>
            <translation>图库</translation>
        </message>
        <message>
            <source>Search prompts, tags and notes</source>
            <translation>搜索提示词、标签和备注</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Model filter</source>
            <translation>模型筛选</translation>
        </message>
        <message>
            <source>Kind filter</source>
            <translation>类型筛选</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>所有类型</translation>
        </message>
        <message>
            <source>Generations</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>Edits</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Variations</source>
            <translation>变体</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Provider filter</source>
            <translation>服务商筛选</translation>
        </message>
        <message>
            <source>Tag filter</source>
            <translation>标签筛选</translation>
        </message>
        <message>
            <source>Size filter</source>
            <translation>尺寸筛选</translation>
        </message>
        <message>
            <source>Batch filter</source>
            <translation>批处理筛选</translation>
        </message>
        <message>
            <source>Only the images a batch made</source>
            <translation>仅显示某个批处理生成的图像</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>任何时间</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>最近 7 天</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>最近 12 个月</translation>
        </message>
        <message>
            <source>Between…</source>
            <translation>指定日期范围…</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <source>★ Favourites</source>
            <translation>★ 收藏</translation>
        </message>
        <message>
            <source>Only favourites</source>
            <translation>仅显示收藏</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>排序</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>最新优先</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>最早优先</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>回收站</translation>
        </message>
        <message>
            <source>Show what was deleted, to restore it or empty it</source>
            <translation>显示已删除的内容，以便恢复或清空</translation>
        </message>
        <message>
            <source>Thumbnail size</source>
            <translation>缩略图大小</translation>
        </message>
        <message>
            <source>Gallery images</source>
            <translation>图库图像</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Gallery state</source>
            <translation>图库状态</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>筛选</translation>
        </message>
        <message>
            <source>Thumbnails</source>
            <translation>缩略图</translation>
        </message>
        <message>
            <source>Undo</source>
            <extracomment>The filters' choices wait for the first screen's thumbnails (``open``).</extracomment>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Put the images back (Ctrl+Z)</source>
            <translation>恢复这些图像（Ctrl+Z）</translation>
        </message>
        <message>
            <source>Gallery actions</source>
            <translation>图库操作</translation>
        </message>
        <message>
            <source>Prompt only</source>
            <translation>仅提示词</translation>
        </message>
        <message>
            <source>All settings</source>
            <translation>全部设置</translation>
        </message>
        <message>
            <source>Reuse</source>
            <translation>复用</translation>
        </message>
        <message>
            <source>Take this image's prompt, or all its settings</source>
            <translation>沿用此图像的提示词或全部设置</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Open in the editor (with its mask, if it was an edit)</source>
            <translation>在编辑器中打开（若为编辑结果，则连同其蒙版）</translation>
        </message>
        <message>
            <source>Make variations of it</source>
            <translation>生成它的变体</translation>
        </message>
        <message>
            <source>★</source>
            <translation>★</translation>
        </message>
        <message>
            <source>Favourite or not</source>
            <translation>收藏或取消收藏</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy the image</source>
            <translation>复制图像</translation>
        </message>
        <message>
            <source>Copy prompt</source>
            <translation>复制提示词</translation>
        </message>
        <message>
            <source>Copy the prompt</source>
            <translation>复制提示词</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Save the images as they came, their metadata in .json and .xmp files beside</source>
            <translation>按原样保存图像，元数据另存为旁边的 .json 和 .xmp 文件</translation>
        </message>
        <message>
            <source>Show file</source>
            <translation>显示文件</translation>
        </message>
        <message>
            <source>Show the file in the file manager</source>
            <translation>在文件管理器中显示文件</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>对比</translation>
        </message>
        <message>
            <source>Compare two selected images</source>
            <translation>对比所选的两张图像</translation>
        </message>
        <message>
            <source>Move to the trash (Delete)</source>
            <translation>移到回收站（Delete）</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Take out of the trash</source>
            <translation>从回收站中恢复</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>清空回收站</translation>
        </message>
        <message>
            <source>Delete what is in the trash for good</source>
            <translation>永久删除回收站中的内容</translation>
        </message>
        <message>
            <source>All models</source>
            <translation>所有模型</translation>
        </message>
        <message>
            <source>All providers</source>
            <translation>所有服务商</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>所有标签</translation>
        </message>
        <message>
            <source>All sizes</source>
            <translation>所有尺寸</translation>
        </message>
        <message>
            <source>All batches</source>
            <translation>所有批处理</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>回收站是空的。</translation>
        </message>
        <message>
            <source>No results for “{text}”. Try fewer or shorter words, or clear the filters.</source>
            <translation>没有找到“{text}”的结果。请尝试更少或更短的词，或清除筛选条件。</translation>
        </message>
        <message>
            <source>No images match these filters.</source>
            <translation>没有符合这些筛选条件的图像。</translation>
        </message>
        <message>
            <source>The gallery is empty. Generate an image, or drop image files here to import them.</source>
            <translation>图库是空的。生成一张图像，或将图像文件拖放到这里导入。</translation>
        </message>
        <message>
            <source>Show on the canvas</source>
            <translation>在画布上显示</translation>
        </message>
        <message>
            <source>Reuse prompt</source>
            <translation>复用提示词</translation>
        </message>
        <message>
            <source>Reuse all settings</source>
            <translation>复用全部设置</translation>
        </message>
        <message>
            <source>Make variations</source>
            <translation>生成变体</translation>
        </message>
        <message>
            <source>Favourite</source>
            <translation>收藏</translation>
        </message>
        <message>
            <source>Copy image</source>
            <translation>复制图像</translation>
        </message>
        <message>
            <source>Compare with its base</source>
            <translation>与底图对比</translation>
        </message>
        <message>
            <source>That image is no longer in the gallery.</source>
            <translation>该图像已不在图库中。</translation>
        </message>
        <message>
            <source>Prompt copied.</source>
            <translation>已复制提示词。</translation>
        </message>
        <message>
            <source>The image could not be copied: {why}.</source>
            <translation>无法复制图像：{why}。</translation>
        </message>
        <message>
            <source>Image copied.</source>
            <translation>已复制图像。</translation>
        </message>
        <message>
            <source>Export with metadata inside (invalidates content credentials)…</source>
            <translation>导出并内嵌元数据（会使内容凭证失效）…</translation>
        </message>
        <message>
            <source>Export to folder</source>
            <translation>导出到文件夹</translation>
        </message>
        <message numerus="yes">
            <source>%n image(s)</source>
            <translation>
                <numerusform>%n 张图像</numerusform>
            </translation>
        </message>
        <message>
            <source>Export failed: {why}</source>
            <translation>导出失败：{why}</translation>
        </message>
        <message>
            <source>Exported {images} to {folder} with the metadata inside.</source>
            <translation>已将 {images} 导出到 {folder}，元数据内嵌在文件中。</translation>
        </message>
        <message>
            <source>Exported {images} to {folder} with the metadata in sidecar files.</source>
            <translation>已将 {images} 导出到 {folder}，元数据保存在附属文件中。</translation>
        </message>
        <message>
            <source>{images} moved to the trash.</source>
            <translation>{images} 已移到回收站。</translation>
        </message>
        <message>
            <source>{images} restored.</source>
            <translation>{images} 已恢复。</translation>
        </message>
        <message>
            <source>Empty the trash?</source>
            <translation>清空回收站？</translation>
        </message>
        <message>
            <source>The images in the trash will be deleted for good.</source>
            <translation>回收站中的图像将被永久删除。</translation>
        </message>
        <message>
            <source>{images} deleted for good.</source>
            <translation>{images} 已永久删除。</translation>
        </message>
        <message>
            <source>Image {n} was not made from another image: it has no base.</source>
            <translation>图像 {n} 不是由其他图像制作的：它没有底图。</translation>
        </message>
        <message>
            <source>The base of #{n}</source>
            <translation>#{n} 的底图</translation>
        </message>
        <message>
            <source>These images cannot be compared: {why}.</source>
            <translation>无法对比这些图像：{why}。</translation>
        </message>
        <message>
            <source>Imported {images}.</source>
            <translation>已导入 {images}。</translation>
        </message>
        <message numerus="yes">
            <source>%n already in the gallery.</source>
            <translation>
                <numerusform>%n 张已在图库中。</numerusform>
            </translation>
        </message>
        <message>
            <source>{name} was skipped: {why}.</source>
            <translation>已跳过 {name}：{why}。</translation>
        </message>
        <message>
            <source>Of {name}, {what}.</source>
            <translation>{name}：{what}。</translation>
        </message>
    </context>
    <context>
        <name>ImageActions</name>
        <message>
            <source>{name} could not be opened: {why}.</source>
            <translation>无法打开 {name}：{why}。</translation>
        </message>
        <message>
            <source>Open images to edit</source>
            <translation>打开要编辑的图像</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.heic *.heif *.avif);;All files (*)</source>
            <translation>图像 (*.png *.jpg *.jpeg *.webp *.gif *.heic *.heif *.avif);;所有文件 (*)</translation>
        </message>
        <message>
            <source>No image is shown: open one to edit (Ctrl+O).</source>
            <translation>当前没有显示图像：请打开一张图像进行编辑（Ctrl+O）。</translation>
        </message>
        <message>
            <source>The shown image</source>
            <translation>当前显示的图像</translation>
        </message>
        <message>
            <source>Image {n}</source>
            <translation>图像 {n}</translation>
        </message>
        <message>
            <source>Nothing saved is shown yet to export.</source>
            <translation>当前没有显示可导出的已保存图像。</translation>
        </message>
        <message>
            <source>Export image with metadata inside (invalidates content credentials)</source>
            <translation>导出图像并内嵌元数据（会使内容凭证失效）</translation>
        </message>
        <message>
            <source>Export image</source>
            <translation>导出图像</translation>
        </message>
        <message>
            <source>The image could not be exported: {why}.</source>
            <translation>无法导出图像：{why}。</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>已导出到 {path}</translation>
        </message>
        <message>
            <source>Image copied</source>
            <translation>已复制图像</translation>
        </message>
        <message>
            <source>The image could not be copied: {why}.</source>
            <translation>无法复制图像：{why}。</translation>
        </message>
        <message>
            <source>The pasted image</source>
            <translation>粘贴的图像</translation>
        </message>
    </context>
    <context>
        <name>Imaging</name>
        <message>
            <source>the image is empty</source>
            <extracomment>An SVG's pixels are only a stand-in (the views draw its vectors at the size they show), so they are kept small: rasterising holds the GIL (see ``vector``).</extracomment>
            <translation>图像为空</translation>
        </message>
        <message>
            <source>The image</source>
            <extracomment>Phone photos no Images API model takes: sent as JPEG. Who a sentence about an input names when the caller gives no file name.</extracomment>
            <translation>该图像</translation>
        </message>
        <message>
            <source>{name} was converted from {source} to {target}.</source>
            <translation>{name} 已从 {source} 转换为 {target}。</translation>
        </message>
        <message>
            <source>{name} is larger than the {limit} MB Studio reads</source>
            <extracomment>Raw pixel rows, as a canvas hands them over without copying. What was changed to make the model accept it, as sentences for the user. Where the upright original lies in these pixels (left, top, width, height): a layer painted over the original is placed here to match.</extracomment>
            <translation>{name} 超过了 Studio 可读取的 {limit} MB 上限</translation>
        </message>
        <message>
            <source>{name} was turned upright, as its camera orientation says.</source>
            <translation>已按相机方向信息将 {name} 转正。</translation>
        </message>
        <message>
            <source>{name} was {width}x{height}; it was padded with transparency to a {edge}x{edge} square, as dall-e-2 needs.</source>
            <translation>{name} 原为 {width}x{height}；已按 dall-e-2 的要求用透明像素填充为 {edge}x{edge} 的正方形。</translation>
        </message>
        <message>
            <source>{name} cannot be made smaller than the model's size limit</source>
            <translation>{name} 无法缩小到模型的大小限制以内</translation>
        </message>
        <message>
            <source>{name} was scaled down to {width}x{height} to fit the model's {limit} MB limit.</source>
            <translation>{name} 已缩小到 {width}x{height}，以符合模型 {limit} MB 的限制。</translation>
        </message>
        <message>
            <source>its format</source>
            <translation>其格式</translation>
        </message>
        <message>
            <source>a {width}x{height} canvas would cut the {picture_width}x{picture_height} picture; an expanded canvas is at least as large as the picture</source>
            <extracomment>How far from the wanted size a free-size search looks, in 1% steps (down or up). Steps of the aspect ratio towards square, in 1% steps, when the wanted shape is refused. How far (as a log ratio, about 1%) a free size's shape may stray from the one searched for: at tiny sizes rounding to the multiple lands on allowed shapes far from the one wanted. An accepted canvas this much larger than the one wanted scales the picture up with it. The canvas sent: a size the model accepts. Where the picture lies on it: left, top, width, height (scaled when the accepted canvas is much smaller or larger than the one wanted). How far (in canvas pixels) the mask reaches into the picture, softening towards it. The canvas asked for, before the model's rule was applied.</extracomment>
            <translation>{width}x{height} 的画布会裁掉 {picture_width}x{picture_height} 的画面；扩展后的画布至少要与画面一样大</translation>
        </message>
        <message>
            <source>this model names no size it accepts</source>
            <translation>此模型未列出可接受的尺寸</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <extracomment>Far above any photo or generated image, far below what would strain memory.</extracomment>
            <translation>它是一个文件夹</translation>
        </message>
        <message>
            <source>it is a named pipe, not a file</source>
            <translation>它是命名管道，不是文件</translation>
        </message>
        <message>
            <source>it is a device, not a file</source>
            <translation>它是设备，不是文件</translation>
        </message>
        <message>
            <source>it is a socket, not a file</source>
            <translation>它是套接字，不是文件</translation>
        </message>
        <message>
            <source>it is not a regular file</source>
            <translation>它不是普通文件</translation>
        </message>
        <message>
            <source>it is {size:.0f} MB, more than the {limit:.0f} MB Studio reads for an image</source>
            <translation>它有 {size:.0f} MB，超过了 Studio 读取图像的 {limit:.0f} MB 上限</translation>
        </message>
        <message>
            <source>it cannot be read ({reason})</source>
            <translation>无法读取（{reason}）</translation>
        </message>
        <message>
            <source>it is more than the {limit:.0f} MB Studio reads for an image</source>
            <translation>它超过了 Studio 读取图像的 {limit:.0f} MB 上限</translation>
        </message>
        <message>
            <source>not an image Studio can read</source>
            <extracomment>Longest edge of a gallery thumbnail, in pixels.</extracomment>
            <translation>不是 Studio 能读取的图像</translation>
        </message>
        <message>
            <source>too many pixels to be a real image</source>
            <translation>像素过多，不像是真实的图像</translation>
        </message>
        <message>
            <source>{format} images are not supported</source>
            <translation>不支持 {format} 图像</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>the SVG is larger than {limit} MB</source>
            <extracomment>Larger SVGs are not rendered (an illustration from a model is tens of kilobytes). Elements that run code or pull in other documents: dropped with everything inside them. References that stay inside the file: a fragment, or an embedded raster picture. Which size a percentage of each geometry attribute is taken of.</extracomment>
            <translation>SVG 大于 {limit} MB</translation>
        </message>
        <message>
            <source>the SVG is not UTF-8 text</source>
            <translation>SVG 不是 UTF-8 文本</translation>
        </message>
        <message>
            <source>the SVG declares XML entities, which Studio does not render</source>
            <translation>SVG 声明了 XML 实体，Studio 不渲染此类内容</translation>
        </message>
        <message>
            <source>the SVG is not well-formed ({error})</source>
            <translation>SVG 格式不正确（{error}）</translation>
        </message>
        <message>
            <source>the file is XML but not an SVG</source>
            <translation>文件是 XML，但不是 SVG</translation>
        </message>
        <message>
            <source>the SVG has too many elements to render</source>
            <translation>SVG 元素过多，无法渲染</translation>
        </message>
        <message>
            <source>the SVG could not be drawn ({error})</source>
            <translation>无法绘制 SVG（{error}）</translation>
        </message>
    </context>
    <context>
        <name>InputStrip</name>
        <message>
            <source>an SVG is made of vectors, and the Images API edits pictures</source>
            <translation>SVG 由矢量构成，而 Images API 只能编辑位图</translation>
        </message>
        <message>
            <source>Input images</source>
            <translation>输入图像</translation>
        </message>
        <message>
            <source>The first is the base the mask applies to; Delete removes the chosen one</source>
            <translation>第一张是蒙版所作用的底图；按 Delete 移除所选图像</translation>
        </message>
        <message>
            <source>Add image…</source>
            <translation>添加图像…</translation>
        </message>
        <message>
            <source>Add an input image (or drop files, or paste)</source>
            <translation>添加输入图像（也可拖放文件或粘贴）</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove the selected inputs (Delete)</source>
            <translation>移除所选输入图像（Delete）</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>底图</translation>
        </message>
        <message>
            <source>No input images yet.</source>
            <translation>还没有输入图像。</translation>
        </message>
        <message numerus="yes">
            <source>{n} of at most %n input image(s). The first is the base the mask or markup applies to; drag to reorder.</source>
            <translation>
                <numerusform>{n} 张输入图像（最多 %n 张）。第一张是蒙版或标注所作用的底图；拖动可调整顺序。</numerusform>
            </translation>
        </message>
        <message>
            <source>This model takes at most {limit}: remove some.</source>
            <translation>此模型最多接受 {limit}：请移除一些。</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <source>queued</source>
            <extracomment>What an edit is told to do when it stands in for a variation. What a job's state reads as (Job is no QObject: its words are in the context "Job").</extracomment>
            <translation>排队中</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>发送中</translation>
        </message>
        <message>
            <source>receiving</source>
            <translation>接收中</translation>
        </message>
        <message>
            <source>saving</source>
            <translation>保存中</translation>
        </message>
        <message>
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Variation of image {n}</source>
            <extracomment>An edit standing in for a variation (the provider makes none). This job's place in its group's grid. Longest edge of its final frames and of its partial previews: the view's size when it was sent (a job queued behind others keeps it). What to paint now: the newest partial, then the final image. With keep-unmasked, per final image: the model's own result in the gallery, the share of pixels it changed outside the mask, and where (a heat overlay). When the model was shut down: the model that replaces it. How many jobs its run was split into (one per image when streaming n &gt; 1).</extracomment>
            <translation>图像 {n} 的变体</translation>
        </message>
        <message>
            <source>Variation of {name}</source>
            <translation>{name} 的变体</translation>
        </message>
        <message>
            <source>Variation of an image</source>
            <translation>图像的变体</translation>
        </message>
        <message>
            <source>{n} of {count} · {subject}</source>
            <translation>{n}/{count} · {subject}</translation>
        </message>
        <message>
            <source>receiving partial {n} of {count}</source>
            <translation>正在接收预览图 {n}/{count}</translation>
        </message>
        <message>
            <source>failed (last preview kept)</source>
            <translation>失败（已保留最后的预览图）</translation>
        </message>
    </context>
    <context>
        <name>JobQueue</name>
        <message>
            <source>{old} has been shut down: the job was retried with {model}.</source>
            <extracomment>A result was saved to the gallery: (job, frame or None, image id). Rows the gallery gained from one result, oldest first (a kept-unmasked edit's model's own result, then the kept image; or a stopped job's last preview): what the gallery and the recent strip add. The worker stopped; its running jobs were marked failed. A sentence the user should read (a retry that changed the model, say). A finished job left the list (pruned); its record is in ``history``. Display pixels kept by finished jobs, in bytes (the newest jobs keep theirs). Finished jobs kept in the list; older ones are pruned to records. Set by the view to its size in device pixels: partial previews need no more. The model that replaces a shut-down one, or None while it is live (the session knows; set by whoever builds the queue).</extracomment>
            <translation>{old} 已停用：已改用 {model} 重试该任务。</translation>
        </message>
        <message>
            <source>The job can be retried.</source>
            <translation>可以重试该任务。</translation>
        </message>
    </context>
    <context>
        <name>JobRow</name>
        <message>
            <source>Job state</source>
            <extracomment>The user chose this model for what comes next (a shut-down model's replacement).</extracomment>
            <translation>任务状态</translation>
        </message>
        <message>
            <source>Time taken</source>
            <translation>用时</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} 秒</translation>
        </message>
        <message>
            <source>Job problem</source>
            <translation>任务问题</translation>
        </message>
        <message>
            <source>Request id</source>
            <translation>请求 ID</translation>
        </message>
        <message>
            <source>Cancel this job (Esc cancels the newest)</source>
            <translation>取消此任务（按 Esc 取消最新的任务）</translation>
        </message>
        <message>
            <source>Cancel job</source>
            <translation>取消任务</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Copy request id</source>
            <translation>复制请求 ID</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>使用 {model}</translation>
        </message>
        <message>
            <source>Choose {model} for what you make next</source>
            <translation>之后的生成改用 {model}</translation>
        </message>
        <message>
            <source>Retry with {model}</source>
            <translation>用 {model} 重试</translation>
        </message>
        <message>
            <source>Request id: {id}</source>
            <translation>请求 ID：{id}</translation>
        </message>
    </context>
    <context>
        <name>JobsPanel</name>
        <message>
            <source>Jobs</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>No jobs yet. Write a prompt and press Generate.</source>
            <translation>还没有任务。写下提示词，然后点击“生成”。</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>System language ({name})</source>
            <extracomment>Overrides the setting (tests and the screenshot script pick a language with it). The shipped catalogues, each named in its own language (how a language list should read).</extracomment>
            <translation>系统语言（{name}）</translation>
        </message>
    </context>
    <context>
        <name>Lifecycle</name>
        <message>
            <source>{one} or {other}</source>
            <extracomment>Names OpenAI gives its image models; a provider's list also holds chat, audio … models. Words in the names compatible servers give their own image models. A shutdown date is announced and still ahead. None: the provider was not asked; True/False: whether its ``/models`` list holds it. Whether Studio's table knows the model (a compatible server's own names are not). What sets it apart from its sibling ("fast", "detailed"); empty when nothing does. Unix time the provider gives as the model's creation.</extracomment>
            <translation>{one} 或 {other}</translation>
        </message>
        <message>
            <source>{model} shuts down at OpenAI on {day}.</source>
            <translation>{model} 将于 {day} 在 OpenAI 停用。</translation>
        </message>
        <message>
            <source>{model} was shut down at OpenAI on {day}; some compatible servers still serve it.</source>
            <translation>{model} 已于 {day} 在 OpenAI 停用；部分兼容服务器仍提供该模型。</translation>
        </message>
        <message>
            <source>{model} was shut down at OpenAI on {day}. Use {instead} there; some compatible servers still serve it.</source>
            <translation>{model} 已于 {day} 在 OpenAI 停用。在 OpenAI 上请改用 {instead}；部分兼容服务器仍提供该模型。</translation>
        </message>
        <message>
            <source>{model} was shut down on {day}.</source>
            <translation>{model} 已于 {day} 停用。</translation>
        </message>
        <message>
            <source>The server does not offer {model} (or not to this key).</source>
            <translation>服务器不提供 {model}（或不向此密钥提供）。</translation>
        </message>
        <message>
            <source>Use {names} instead.</source>
            <translation>请改用 {names}。</translation>
        </message>
        <message>
            <source>Choose another model.</source>
            <translation>请选择其他模型。</translation>
        </message>
        <message>
            <source>{what} {advice}</source>
            <translation>{what}{advice}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Parameters</source>
            <extracomment>Below these window sizes (in device-independent pixels, so at 200 % scale they count twice the screen pixels) a dock turns into a tab beside the prompt. The smallest window: the docks tabbed, each page still usable. Set outright, or Qt would hold the window to the roomy arrangement's minimum before the docks could turn into tabs.</extracomment>
            <translation>参数</translation>
        </message>
        <message>
            <source>Prompt and parameters</source>
            <translation>提示词和参数</translation>
        </message>
        <message>
            <source>Jobs</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Recent results</source>
            <translation>最近结果</translation>
        </message>
        <message>
            <source>No provider</source>
            <extracomment>The batches' session is made this long after the window shows: the first screen is drawn by then, and its first poll of unfinished batches is ``POLL_MS`` later anyway. Work this window started; cancelled when it closes, so none outlives its widgets.</extracomment>
            <translation>无服务商</translation>
        </message>
        <message>
            <source>Provider: {name}</source>
            <translation>服务商：{name}</translation>
        </message>
        <message>
            <source>Provider: {name} (no API key)</source>
            <translation>服务商：{name}（无 API 密钥）</translation>
        </message>
        <message>
            <source>Edit image</source>
            <translation>编辑图像</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>add an API key or start the demo server first</source>
            <translation>需先添加 API 密钥或启动演示服务器</translation>
        </message>
        <message>
            <source>no saved image shown</source>
            <translation>未显示已保存的图像</translation>
        </message>
        <message>
            <source>Add an API key or start the demo server first</source>
            <translation>请先添加 API 密钥或启动演示服务器</translation>
        </message>
        <message>
            <source>Edit the base image as described (Ctrl+Enter)</source>
            <translation>按描述编辑底图（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Make the image (Ctrl+Enter)</source>
            <translation>生成图像（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Write a prompt on the left and press Generate (Ctrl+Enter).</source>
            <translation>在左侧写下提示词，然后点击“生成”（Ctrl+Enter）。</translation>
        </message>
        <message>
            <source>Add an API key or start the offline demo server first.</source>
            <translation>请先添加 API 密钥或启动离线演示服务器。</translation>
        </message>
        <message>
            <source>Write a prompt first: it says what the image shows.</source>
            <translation>请先写提示词：它描述图像的内容。</translation>
        </message>
        <message>
            <source>Cancelling the newest job…</source>
            <translation>正在取消最新的任务…</translation>
        </message>
        <message>
            <source>Quit Studio?</source>
            <translation>退出 Studio？</translation>
        </message>
        <message numerus="yes">
            <source>%n job(s) are still running. Quit anyway? They will be cancelled; their last previews are kept in the gallery.</source>
            <translation>
                <numerusform>仍有 %n 个任务在运行。确定要退出吗？这些任务将被取消；它们最后的预览图会保存在图库中。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Generate</source>
            <translation>生成(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Cancel newest job</source>
            <translation>取消最新任务(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Export shown image…</source>
            <translation>导出当前图像(&amp;E)…</translation>
        </message>
        <message>
            <source>Save the image as it came, its metadata in .json and .xmp files beside it</source>
            <translation>按原样保存图像，元数据另存为旁边的 .json 和 .xmp 文件</translation>
        </message>
        <message>
            <source>Export shown image with metadata &amp;inside (invalidates content credentials)…</source>
            <translation>导出当前图像并内嵌元数据(&amp;I)（会使内容凭证失效）…</translation>
        </message>
        <message>
            <source>&amp;Copy image</source>
            <translation>复制图像(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Open image to edit…</source>
            <translation>打开图像进行编辑(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Edit shown image</source>
            <translation>编辑当前图像(&amp;E)</translation>
        </message>
        <message>
            <source>Make &amp;variations</source>
            <translation>生成变体(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>Take back the last stroke in the editor or deletion in the gallery</source>
            <translation>撤销编辑器中的上一笔，或图库中的上一次删除</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>Do again the stroke taken back in the editor</source>
            <translation>重做编辑器中撤销的笔画</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>结果(&amp;R)</translation>
        </message>
        <message>
            <source>E&amp;ditor</source>
            <translation>编辑器(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Gallery</source>
            <translation>图库(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Batches</source>
            <translation>批处理(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Paste image</source>
            <translation>粘贴图像(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Fit to window</source>
            <translation>适应窗口(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>实际大小(&amp;A)</translation>
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
            <translation>服务商和 API 密钥(&amp;P)…</translation>
        </message>
        <message>
            <source>Use the offline &amp;demo server</source>
            <translation>使用离线演示服务器(&amp;D)</translation>
        </message>
        <message>
            <source>Spending &amp;caps…</source>
            <translation>支出上限(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Appearance…</source>
            <translation>外观(&amp;A)…</translation>
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
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Studio</source>
            <translation>关于 Studio(&amp;A)</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>工具</translation>
        </message>
        <message>
            <source>About Studio</source>
            <translation>关于 Studio</translation>
        </message>
        <message>
            <source>&lt;b&gt;Studio {version}&lt;/b&gt;&lt;p&gt;A desktop image studio for the OpenAI Images API.&lt;/p&gt;</source>
            <translation>&lt;b&gt;Studio {version}&lt;/b&gt;&lt;p&gt;一款面向 OpenAI Images API 的桌面图像工作室。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MaskSelection</name>
        <message>
            <source>Selection</source>
            <translation>选区</translation>
        </message>
        <message>
            <source>Grow, shrink or feather the mask; load or save it</source>
            <translation>扩展、收缩或羽化蒙版；载入或保存蒙版</translation>
        </message>
        <message>
            <source>Grow…</source>
            <translation>扩展…</translation>
        </message>
        <message>
            <source>Widen the mask by some pixels</source>
            <translation>将蒙版向外扩展若干像素</translation>
        </message>
        <message>
            <source>Shrink…</source>
            <translation>收缩…</translation>
        </message>
        <message>
            <source>Narrow the mask by some pixels</source>
            <translation>将蒙版向内收缩若干像素</translation>
        </message>
        <message>
            <source>Feather…</source>
            <translation>羽化…</translation>
        </message>
        <message>
            <source>Soften the mask's edges now</source>
            <translation>立即柔化蒙版边缘</translation>
        </message>
        <message>
            <source>Load mask…</source>
            <translation>载入蒙版…</translation>
        </message>
        <message>
            <source>A mask file: transparent (or white) where the image may change</source>
            <translation>蒙版文件：透明（或白色）处为允许图像变化的区域</translation>
        </message>
        <message>
            <source>Load from a picture's transparency…</source>
            <translation>从图片的透明度载入…</translation>
        </message>
        <message>
            <source>Mask what is opaque in a picture (a cut-out subject, say)</source>
            <translation>将图片中不透明的部分设为蒙版（例如抠出的主体）</translation>
        </message>
        <message>
            <source>Save mask…</source>
            <translation>保存蒙版…</translation>
        </message>
        <message>
            <source>Keep this mask as a PNG to reuse</source>
            <translation>将此蒙版保存为 PNG 以便复用</translation>
        </message>
        <message>
            <source>{name} could not be loaded as a mask: {why}.</source>
            <translation>无法将 {name} 载入为蒙版：{why}。</translation>
        </message>
        <message>
            <source>Nothing is masked yet, so there is no mask to save.</source>
            <translation>尚未绘制蒙版，没有可保存的蒙版。</translation>
        </message>
        <message>
            <source>The mask could not be saved to {path}: {why}.</source>
            <translation>无法将蒙版保存到 {path}：{why}。</translation>
        </message>
        <message>
            <source>Grow the mask</source>
            <translation>扩展蒙版</translation>
        </message>
        <message>
            <source>By how many pixels:</source>
            <translation>像素数：</translation>
        </message>
        <message>
            <source>Shrink the mask</source>
            <translation>收缩蒙版</translation>
        </message>
        <message>
            <source>Feather the mask</source>
            <translation>羽化蒙版</translation>
        </message>
        <message>
            <source>Over how many pixels:</source>
            <translation>羽化范围（像素）：</translation>
        </message>
        <message>
            <source>Load a mask</source>
            <translation>载入蒙版</translation>
        </message>
        <message>
            <source>Mask a picture's opaque part</source>
            <translation>将图片的不透明部分设为蒙版</translation>
        </message>
        <message>
            <source>Images (*.png *.webp *.gif *.jpg *.jpeg);;All files (*)</source>
            <translation>图像 (*.png *.webp *.gif *.jpg *.jpeg);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Save the mask</source>
            <translation>保存蒙版</translation>
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
            <translation>模型</translation>
        </message>
        <message>
            <source>{model}  (not listed by this provider)</source>
            <translation>{model}  (此服务商未列出)</translation>
        </message>
        <message>
            <source>Other model (compatible server)…</source>
            <translation>其他模型（兼容服务器）…</translation>
        </message>
        <message>
            <source>Separator</source>
            <translation>分隔线</translation>
        </message>
        <message>
            <source>{model}  (until {day})</source>
            <translation>{model}  (可用至 {day})</translation>
        </message>
        <message>
            <source>{model}  (shut down {day})</source>
            <translation>{model}  ({day} 已停用)</translation>
        </message>
        <message>
            <source> Its replacement: {model}.</source>
            <translation> 替代模型：{model}。</translation>
        </message>
        <message>
            <source>{model} stops working on {day}.</source>
            <translation>{model} 将于 {day} 停用。</translation>
        </message>
        <message>
            <source>{model} was shut down at OpenAI; this server still lists it.</source>
            <translation>{model} 已在 OpenAI 停用；此服务器仍列出该模型。</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} 至 {high}</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Dismiss notice</source>
            <translation>关闭通知</translation>
        </message>
    </context>
    <context>
        <name>PaintCanvas</name>
        <message>
            <source>Arrows</source>
            <extracomment>Click a colour: its area is selected (see the editor's selection options). Shapes made corner to corner (or point by point, the lasso), from the keyboard with Enter. How far an arrow moves the brush cursor, in brush diameters (with no modifier, Shift, Ctrl). What the keys do on the painting canvas (shown in Help ▸ Keyboard shortcuts).</extracomment>
            <translation>方向键</translation>
        </message>
        <message>
            <source>Move the brush cursor (a quarter of the brush)</source>
            <translation>移动画笔光标（每次四分之一笔刷）</translation>
        </message>
        <message>
            <source>Shift+Arrows</source>
            <translation>Shift+方向键</translation>
        </message>
        <message>
            <source>Move the brush cursor a whole brush</source>
            <translation>将画笔光标移动一个笔刷的距离</translation>
        </message>
        <message>
            <source>Ctrl+Arrows</source>
            <translation>Ctrl+方向键</translation>
        </message>
        <message>
            <source>Move the brush cursor four brushes</source>
            <translation>将画笔光标移动四个笔刷的距离</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Paint a dab at the brush cursor (held, the arrows paint)</source>
            <translation>在画笔光标处点画一笔（按住时用方向键绘制）</translation>
        </message>
        <message>
            <source>Shift+Space</source>
            <translation>Shift+Space</translation>
        </message>
        <message>
            <source>Erase a dab at the brush cursor</source>
            <translation>在画笔光标处擦除一笔</translation>
        </message>
        <message>
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <source>Swap brush and eraser</source>
            <translation>切换画笔和橡皮擦</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Start a shape at the brush cursor; again to finish it</source>
            <translation>在画笔光标处开始绘制形状；再按一次完成</translation>
        </message>
        <message>
            <source>Shift+Enter</source>
            <translation>Shift+Enter</translation>
        </message>
        <message>
            <source>Start a shape that clears</source>
            <translation>开始绘制用于清除的形状</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Drop the shape being made</source>
            <translation>放弃正在绘制的形状</translation>
        </message>
        <message>
            <source>B, E, R, L, W</source>
            <translation>B, E, R, L, W</translation>
        </message>
        <message>
            <source>Brush, eraser, rectangle, lasso, select colour (mask)</source>
            <translation>画笔、橡皮擦、矩形、套索、按颜色选择（蒙版）</translation>
        </message>
        <message>
            <source>B, E, A, R, O</source>
            <translation>B, E, A, R, O</translation>
        </message>
        <message>
            <source>Brush, eraser, arrow, rectangle, ellipse (markup)</source>
            <translation>画笔、橡皮擦、箭头、矩形、椭圆（标注）</translation>
        </message>
        <message>
            <source>[ and ]</source>
            <translation>[ 和 ]</translation>
        </message>
        <message>
            <source>Smaller or larger brush</source>
            <translation>缩小或放大画笔</translation>
        </message>
        <message>
            <source>{ and }</source>
            <translation>{ 和 }</translation>
        </message>
        <message>
            <source>Softer or harder brush</source>
            <translation>画笔变软或变硬</translation>
        </message>
        <message>
            <source>Space+drag, middle drag</source>
            <translation>Space+拖动，中键拖动</translation>
        </message>
        <message>
            <source>Pan</source>
            <translation>平移</translation>
        </message>
        <message>
            <source>Painting canvas</source>
            <extracomment>Longest edge of a layer: the largest image a model makes, and 64 MB of layer at most. The colour tool was clicked at this layer point (QPointF), with these modifiers.</extracomment>
            <translation>绘制画布</translation>
        </message>
        <message>
            <source>The image to paint the mask or markup on. Arrow keys move a brush cursor, Space paints a dab, Shift+Space erases, Enter starts and finishes a shape; Help, Keyboard shortcuts lists every key.</source>
            <translation>用于绘制蒙版或标注的图像。方向键移动画笔光标，Space 点画一笔，Shift+Space 擦除，Enter 开始和完成形状；“帮助”中的“键盘快捷键”列出了所有按键。</translation>
        </message>
    </context>
    <context>
        <name>Params</name>
        <message>
            <source>auto</source>
            <extracomment>The choices a person reads as words; the others (sizes, formats, ``url``, ``hd``) are names.</extracomment>
            <translation>自动</translation>
        </message>
        <message>
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <source>max</source>
            <translation>最高</translation>
        </message>
        <message>
            <source>standard</source>
            <translation>标准</translation>
        </message>
        <message>
            <source>opaque</source>
            <translation>不透明</translation>
        </message>
        <message>
            <source>transparent</source>
            <translation>透明</translation>
        </message>
        <message>
            <source>natural</source>
            <translation>自然</translation>
        </message>
        <message>
            <source>vivid</source>
            <translation>生动</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>minimal</source>
            <translation>极低</translation>
        </message>
        <message>
            <source>Only for edits.</source>
            <extracomment>Unique key: the API's name, or ``svg_model``/``svg_effort`` for the parts of ``svg``. The ``ImageRequest`` field it fills; ``part`` for a field of the nested svg object. Where the server's errors point (``param`` in an error). The allowed choices, from the model's capabilities. (lowest, highest) for an integer, from the model's capabilities. Why it does not apply beyond the endpoint, or None. Values that change nothing, so they are accepted even where the parameter does not apply. What the panel shows first; None: the first allowed choice. Unset means the model's own default, which no choice names: the panel offers it. The panel's remembered setting (``params/KEY``); empty: not a panel control. Command-line flags, the first the canonical spelling; empty: not a flag.</extracomment>
            <translation>仅用于编辑。</translation>
        </message>
        <message>
            <source>Only for generations.</source>
            <translation>仅用于生成。</translation>
        </message>
        <message>
            <source>Only for edits and variations.</source>
            <translation>仅用于编辑和变体。</translation>
        </message>
        <message>
            <source>A variation takes no {what}.</source>
            <translation>变体不使用{what}。</translation>
        </message>
        <message>
            <source>Not for {endpoint}.</source>
            <translation>不适用于 {endpoint}。</translation>
        </message>
        <message>
            <source>{model} chooses its own size.</source>
            <translation>{model} 会自行选择尺寸。</translation>
        </message>
        <message>
            <source>SVG output makes one image per request (n must be 1).</source>
            <translation>SVG 输出每次只生成一张（n 须为 1）。</translation>
        </message>
        <message>
            <source>{model} has no compression setting.</source>
            <translation>{model} 没有压缩设置。</translation>
        </message>
        <message>
            <source>{format} output takes no compression; only JPEG and WebP do.</source>
            <translation>{format} 不支持压缩（仅 JPEG、WebP 支持）。</translation>
        </message>
        <message>
            <source>{model} cannot stream partial images.</source>
            <translation>{model} 无法以流式传输中间预览图。</translation>
        </message>
        <message>
            <source>{format} images cannot stream.</source>
            <translation>{format} 不能流式传输。</translation>
        </message>
        <message>
            <source>Partial images come only while streaming.</source>
            <translation>只有流式传输时才会有中间预览图。</translation>
        </message>
        <message>
            <source>{model} matches its inputs at high fidelity by itself.</source>
            <translation>{model} 本身就会以高保真度还原输入图像。</translation>
        </message>
        <message>
            <source>{model} has no input fidelity.</source>
            <translation>{model} 没有输入保真度设置。</translation>
        </message>
        <message>
            <source>{model} makes no GIFs (the 2.6 models do).</source>
            <translation>{model} 不能生成 GIF（2.6 模型可以）。</translation>
        </message>
        <message>
            <source>Only for GIF output.</source>
            <translation>仅用于 GIF 输出。</translation>
        </message>
        <message>
            <source>{model} makes no SVGs (the 2.6 models do).</source>
            <translation>{model} 不能生成 SVG（2.6 模型可以）。</translation>
        </message>
        <message>
            <source>Only for SVG output.</source>
            <translation>仅用于 SVG 输出。</translation>
        </message>
        <message>
            <source>{model} has no SVG reasoning setting.</source>
            <translation>{model} 没有 SVG 推理设置。</translation>
        </message>
        <message>
            <source>{model} takes no mask.</source>
            <translation>{model} 不支持蒙版。</translation>
        </message>
        <message>
            <source>GIF output cannot be combined with a mask.</source>
            <translation>GIF 输出不能与蒙版同时使用。</translation>
        </message>
        <message>
            <source>{model} takes no markup; use a mask instead.</source>
            <translation>{model} 不支持标注；请改用蒙版。</translation>
        </message>
        <message>
            <source>{model} takes no safety identifier; use the user field.</source>
            <translation>{model} 不支持安全标识；请使用“用户”字段。</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>提示词</translation>
        </message>
        <message>
            <source>what the image should show, or how to change the input images</source>
            <translation>图像应呈现的内容，或如何修改输入图像</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>model name (the table's or a compatible server's own)</source>
            <translation>模型名称（表中的或兼容服务器自己的）</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>图像数</translation>
        </message>
        <message>
            <source>an input image (repeatable)</source>
            <translation>一张输入图像（可重复）</translation>
        </message>
        <message>
            <source>Mask</source>
            <translation>蒙版</translation>
        </message>
        <message>
            <source>PNG, transparent where to change</source>
            <translation>PNG，透明处为要修改的区域</translation>
        </message>
        <message>
            <source>Markup</source>
            <translation>标注</translation>
        </message>
        <message>
            <source>PNG of strokes drawn over the first image to guide the edit (2.6 models)</source>
            <translation>在第一张图像上绘制笔画以引导编辑的 PNG（2.6 模型）</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>尺寸</translation>
        </message>
        <message>
            <source>WIDTHxHEIGHT or auto (gpt-image-2 and later: any multiple of 16, 1:3 to 3:1)</source>
            <translation>宽x高 或 auto（gpt-image-2 及更新版本：16 的任意倍数，比例 1:3 至 3:1）</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>质量</translation>
        </message>
        <message>
            <source>low, medium, high, auto; xhigh and max on 2.5 and 2.6; standard or hd on DALL·E</source>
            <translation>低、中、高、自动；2.5 和 2.6 另有 xhigh 和最高；DALL·E 为标准或 hd</translation>
        </message>
        <message>
            <source>{model} has no quality setting.</source>
            <translation>{model} 没有质量设置。</translation>
        </message>
        <message>
            <source>how many images (1-10)</source>
            <translation>图像数量（1-10）</translation>
        </message>
        <message>
            <source>Streaming</source>
            <translation>流式传输</translation>
        </message>
        <message>
            <source>show partial images</source>
            <translation>显示中间预览图</translation>
        </message>
        <message>
            <source>Partial images</source>
            <translation>中间预览图</translation>
        </message>
        <message>
            <source>partial images while streaming (0-3)</source>
            <translation>流式传输时的中间预览图数量（0-3）</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>png, jpeg, webp; gif and svg on 2.6</source>
            <translation>png、jpeg、webp；2.6 另有 gif 和 svg</translation>
        </message>
        <message>
            <source>{model} returns PNG only; it has no format choice.</source>
            <translation>{model} 只返回 PNG；无法选择格式。</translation>
        </message>
        <message>
            <source>Compression %</source>
            <translation>压缩率 %</translation>
        </message>
        <message>
            <source>0-100, for jpeg and webp</source>
            <translation>0-100，用于 jpeg 和 webp</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>背景</translation>
        </message>
        <message>
            <source>auto, opaque or transparent (transparent needs png or webp)</source>
            <translation>自动、不透明或透明（透明需要 png 或 webp）</translation>
        </message>
        <message>
            <source>{model} has no background setting.</source>
            <translation>{model} 没有背景设置。</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>帧数</translation>
        </message>
        <message>
            <source>frames of a GIF (2-16, 9 when unset)</source>
            <translation>GIF 的帧数（2-16，未设置时为 9）</translation>
        </message>
        <message>
            <source>Frame ms</source>
            <translation>每帧毫秒</translation>
        </message>
        <message>
            <source>how long each GIF frame shows, in ms (20 or more, 200 when unset)</source>
            <translation>GIF 每帧显示的时长，单位毫秒（至少 20，未设置时为 200）</translation>
        </message>
        <message>
            <source>SVG model</source>
            <translation>SVG 模型</translation>
        </message>
        <message>
            <source>the model that writes the SVG (when your account chooses it)</source>
            <translation>编写 SVG 的模型（在你的账户可选择时）</translation>
        </message>
        <message>
            <source>SVG effort</source>
            <translation>SVG 推理强度</translation>
        </message>
        <message>
            <source>how hard the SVG author reasons: none, minimal, low, medium, high, xhigh, max</source>
            <translation>SVG 作者的推理强度：无、极低、低、中、高、xhigh、最高</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translation>复杂度</translation>
        </message>
        <message>
            <source>planning effort, apart from quality: low, medium, high (2.6 models; high when unset)</source>
            <translation>规划强度（独立于质量）：低、中、高（2.6 模型；未设置时为高）</translation>
        </message>
        <message>
            <source>{model} has no complexity setting (the 2.6 models do).</source>
            <translation>{model} 没有复杂度设置（2.6 模型有）。</translation>
        </message>
        <message>
            <source>Style</source>
            <translation>风格</translation>
        </message>
        <message>
            <source>vivid or natural (dall-e-3)</source>
            <translation>生动或自然（dall-e-3）</translation>
        </message>
        <message>
            <source>{model} has no style setting; describe it in the prompt.</source>
            <translation>{model} 没有风格设置；请在提示词中描述。</translation>
        </message>
        <message>
            <source>Returned as</source>
            <translation>返回格式</translation>
        </message>
        <message>
            <source>url or b64_json (DALL·E)</source>
            <translation>url 或 b64_json（DALL·E）</translation>
        </message>
        <message>
            <source>{model} always returns the image itself.</source>
            <translation>{model} 总是直接返回图像本身。</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>内容审核</translation>
        </message>
        <message>
            <source>auto or low (less strict filtering)</source>
            <translation>自动或低（过滤较宽松）</translation>
        </message>
        <message>
            <source>{model} has no moderation setting.</source>
            <translation>{model} 没有内容审核设置。</translation>
        </message>
        <message>
            <source>Fidelity</source>
            <translation>保真度</translation>
        </message>
        <message>
            <source>high keeps faces and details of the inputs closer, at a higher cost</source>
            <translation>高：更好地保留输入图像中的面部和细节，费用更高</translation>
        </message>
        <message>
            <source>Safety id</source>
            <translation>安全标识</translation>
        </message>
        <message>
            <source>a stable hashed id of the end user, for the provider's abuse checks</source>
            <translation>终端用户的稳定哈希标识，供服务商进行滥用检查</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>an end-user id (deprecated: the safety identifier replaces it)</source>
            <translation>终端用户标识（已弃用：由安全标识取代）</translation>
        </message>
    </context>
    <context>
        <name>ParamsPanel</name>
        <message>
            <source>Background</source>
            <extracomment>What the live check puts in place of the inputs of an edit or variation: the inputs themselves are checked when they are prepared and sent. The table's parameters with a control of their own (model and size have their own rows). The format decides what else applies (a GIF cannot stream), and streaming decides whether partial images do: their rows are settled first. A refusal's ``param`` → the row that explains it (svg errors are about its reasoning effort). The row labels of the ParamSpec table (plain Python, English), for lupdate: the panel shows them through self.tr. tests/ui/test_translations.py checks none is missing.</extracomment>
            <translation>背景</translation>
        </message>
        <message>
            <source>Complexity</source>
            <translation>复杂度</translation>
        </message>
        <message>
            <source>Compression %</source>
            <translation>压缩率 %</translation>
        </message>
        <message>
            <source>Fidelity</source>
            <translation>保真度</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Frame ms</source>
            <translation>每帧毫秒</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>帧数</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>图像数</translation>
        </message>
        <message>
            <source>Partial images</source>
            <translation>中间预览图</translation>
        </message>
        <message>
            <source>Moderation</source>
            <translation>内容审核</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>质量</translation>
        </message>
        <message>
            <source>Returned as</source>
            <translation>返回格式</translation>
        </message>
        <message>
            <source>SVG effort</source>
            <translation>SVG 推理强度</translation>
        </message>
        <message>
            <source>SVG model</source>
            <translation>SVG 模型</translation>
        </message>
        <message>
            <source>Safety id</source>
            <translation>安全标识</translation>
        </message>
        <message>
            <source>Streaming</source>
            <translation>流式传输</translation>
        </message>
        <message>
            <source>Style</source>
            <translation>风格</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>model name on your server</source>
            <extracomment>Per row: the note under the control saying why it does not apply, and the one saying what the model would refuse. The user's tick of each box shown unticked because it does not apply now. What the panel builds requests for; set by the window as the user edits or varies.</extracomment>
            <translation>你的服务器上的模型名称</translation>
        </message>
        <message>
            <source>Custom model</source>
            <translation>自定义模型</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>尺寸</translation>
        </message>
        <message>
            <source>The image's width and height in pixels</source>
            <translation>图像的宽度和高度（像素）</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>宽度</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>高度</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>模型</translation>
        </message>
        <message>
            <source>Why not</source>
            <translation>不可用原因</translation>
        </message>
        <message>
            <source>model's default</source>
            <translation>模型默认值</translation>
        </message>
        <message>
            <source>Custom size…</source>
            <translation>自定义尺寸…</translation>
        </message>
    </context>
    <context>
        <name>PictureView</name>
        <message>
            <source>Click to play or pause</source>
            <extracomment>The image last drawn, made ready for the screen: (its key, device size, the copy).</extracomment>
            <translation>点击播放或暂停</translation>
        </message>
    </context>
    <context>
        <name>PlaybackBar</name>
        <message>
            <source>Play or pause</source>
            <translation>播放或暂停</translation>
        </message>
        <message>
            <source>Frame</source>
            <translation>帧</translation>
        </message>
        <message>
            <source>Pause (Space)</source>
            <translation>暂停（空格键）</translation>
        </message>
        <message>
            <source>Play (Space)</source>
            <translation>播放（空格键）</translation>
        </message>
        <message>
            <source>Frame {n} of {count}</source>
            <translation>第 {n}/{count} 帧</translation>
        </message>
    </context>
    <context>
        <name>PromptPanel</name>
        <message>
            <source>Prompt</source>
            <translation>提示词</translation>
        </message>
        <message>
            <source>What the image should show, or how to change it; Ctrl+Enter sends it</source>
            <translation>图像应呈现的内容，或如何修改图像；按 Ctrl+Enter 发送</translation>
        </message>
        <message>
            <source>Describe the image: subject, setting, style, light… (Ctrl+Enter to make it)</source>
            <translation>描述图像：主体、场景、风格、光线…（按 Ctrl+Enter 生成）</translation>
        </message>
        <message>
            <source>Recent prompts</source>
            <translation>最近的提示词</translation>
        </message>
        <message>
            <source>Pick a prompt you used before</source>
            <translation>选择以前用过的提示词</translation>
        </message>
        <message>
            <source>Characters</source>
            <translation>字符数</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>Make the image (Ctrl+Enter)</source>
            <translation>生成图像（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>模式</translation>
        </message>
        <message>
            <source>Recent prompts…</source>
            <translation>最近的提示词…</translation>
        </message>
        <message>
            <source>No recent prompts yet</source>
            <translation>还没有最近的提示词</translation>
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
            <translation>{name} 需要端点。</translation>
        </message>
        <message>
            <source>{name} needs a base URL.</source>
            <translation>{name} 需要基础 URL。</translation>
        </message>
        <message>
            <source>The endpoint of {name} {problem}</source>
            <translation>{name} 的端点{problem}</translation>
        </message>
        <message>
            <source>The base URL of {name} {problem}</source>
            <translation>{name} 的基础 URL {problem}</translation>
        </message>
        <message>
            <source>{name} needs the name of an image deployment.</source>
            <translation>{name} 需要图像部署的名称。</translation>
        </message>
        <message>
            <source>must start with https:// (or http:// for a server on this computer).</source>
            <translation>必须以 https:// 开头（本机上的服务器可用 http://）。</translation>
        </message>
        <message>
            <source>must not hold a user name or password (user:password@); credentials belong in the key field.</source>
            <translation>不能包含用户名或密码（user:password@）；凭据应填写在密钥字段中。</translation>
        </message>
        <message>
            <source>has no host name.</source>
            <translation>没有主机名。</translation>
        </message>
        <message>
            <source>must not contain spaces.</source>
            <translation>不能包含空格。</translation>
        </message>
        <message>
            <source>has a port that is not a number between 0 and 65535.</source>
            <translation>的端口不是 0 到 65535 之间的数字。</translation>
        </message>
        <message>
            <source>must not have a query (?…) or fragment (#…).</source>
            <translation>不能包含查询（?…）或片段（#…）。</translation>
        </message>
    </context>
    <context>
        <name>ProvidersDialog</name>
        <message>
            <source>The key is stored in the system keychain.</source>
            <translation>密钥保存在系统钥匙串中。</translation>
        </message>
        <message>
            <source>The key comes from the environment variable {var}; Studio does not store it.</source>
            <translation>密钥来自环境变量 {var}；Studio 不会保存它。</translation>
        </message>
        <message>
            <source>No system keychain is available: the key is kept for this session only. Set {var} to keep it across sessions.</source>
            <translation>没有可用的系统钥匙串：密钥仅在本次会话中保留。设置 {var} 可跨会话保留。</translation>
        </message>
        <message>
            <source>No key yet.</source>
            <translation>尚无密钥。</translation>
        </message>
        <message>
            <source>Providers</source>
            <translation>服务商</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API 密钥</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Show or hide the key</source>
            <translation>显示或隐藏密钥</translation>
        </message>
        <message>
            <source>Use this provider</source>
            <translation>使用此服务商</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>测试连接</translation>
        </message>
        <message>
            <source>Name</source>
            <extracomment>Counts edits: a test's answer about values since edited is not shown.</extracomment>
            <translation>名称</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Base URL</source>
            <translation>基础 URL</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>组织</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Deployment</source>
            <translation>部署</translation>
        </message>
        <message>
            <source>API version</source>
            <translation>API 版本</translation>
        </message>
        <message>
            <source> (in use)</source>
            <translation> (使用中)</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>端点</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Paste the API key here</source>
            <translation>在此粘贴 API 密钥</translation>
        </message>
        <message>
            <source>The key will be saved when you press Save.</source>
            <translation>点击“保存”后将保存密钥。</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>隐藏</translation>
        </message>
        <message>
            <source>{problem} A key you enter here is kept for this session only; set OPENAI_API_KEY (or AZURE_OPENAI_API_KEY) in the environment to keep one across sessions.</source>
            <translation>{problem} 在此输入的密钥仅在本次会话中保留；在环境变量中设置 OPENAI_API_KEY（或 AZURE_OPENAI_API_KEY）可跨会话保留。</translation>
        </message>
        <message>
            <source>Connecting to {name}…</source>
            <translation>正在连接 {name}…</translation>
        </message>
        <message>
            <source>Add at least one provider.</source>
            <translation>请至少添加一个服务商。</translation>
        </message>
        <message>
            <source>The settings could not be saved: {reason}. Nothing was changed.</source>
            <translation>无法保存设置：{reason}。未做任何更改。</translation>
        </message>
    </context>
    <context>
        <name>RecentStrip</name>
        <message>
            <source>Recent results</source>
            <extracomment>Why "Make variations" is not offered now (None: it is).</extracomment>
            <translation>最近结果</translation>
        </message>
        <message>
            <source>Finished images appear here. Double-click one to show it again.</source>
            <translation>完成的图像会显示在这里。双击可再次显示。</translation>
        </message>
        <message>
            <source>Show</source>
            <extracomment>The image the window shows: the one highlighted, once it is listed.</extracomment>
            <translation>显示</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Make variations</source>
            <translation>生成变体</translation>
        </message>
    </context>
    <context>
        <name>RegionsPanel</name>
        <message>
            <source>Together, in one request</source>
            <translation>合并为一次请求</translation>
        </message>
        <message>
            <source>One after another</source>
            <translation>逐个进行</translation>
        </message>
        <message>
            <source>Run the regions</source>
            <translation>区域的执行方式</translation>
        </message>
        <message>
            <source>Together: one request, one prompt naming each region. One after another: an edit per region, each result the next one's base.</source>
            <translation>合并：一次请求，用一条提示词分别说明每个区域。逐个进行：每个区域各编辑一次，每次的结果作为下一次的底图。</translation>
        </message>
    </context>
    <context>
        <name>Requests</name>
        <message>
            <source>{file} is not a PNG, JPEG, WebP or GIF image.</source>
            <extracomment>What Studio asks for when nothing else is chosen; always sent explicitly to GPT endpoints, since the API's own default (gpt-image-1.5 for edits) may be a model it has shut down. Flare rather than Sunburst: the 2.6 pair costs the same, and a studio's everyday work is drafting and iterating, which the fast one is for; Sunburst is one click away for finals.</extracomment>
            <translation>{file} 不是 PNG、JPEG、WebP 或 GIF 图像。</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>无法读取 {path}：{reason}。</translation>
        </message>
        <message>
            <source>{file} is not a PNG, JPEG, WebP or GIF image, nor one Studio can convert ({reason}).</source>
            <translation>{file} 不是 PNG、JPEG、WebP 或 GIF 图像，Studio 也无法转换它（{reason}）。</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>Image {id}, without a prompt</source>
            <extracomment>Longest edge of the copy shown when zoomed in (3840x2160 is the largest image made). The run the canvas's cells belong to.</extracomment>
            <translation>图像 {id}，无提示词</translation>
        </message>
        <message>
            <source>Cancelled before any image arrived.</source>
            <translation>在收到任何图像之前已取消。</translation>
        </message>
        <message>
            <source>No image: {reason}</source>
            <translation>没有图像：{reason}</translation>
        </message>
        <message>
            <source>Saved in the gallery, but not shown here.</source>
            <translation>已保存到图库，但无法在此显示。</translation>
        </message>
        <message>
            <source>The model's own result could not be read.</source>
            <translation>无法读取模型的原始结果。</translation>
        </message>
    </context>
    <context>
        <name>Sender</name>
        <message>
            <source>Preparing the images…</source>
            <extracomment>Jobs were sent: their run is on the results page. Groups of jobs whose shut-down model was already announced.</extracomment>
            <translation>正在准备图像…</translation>
        </message>
        <message>
            <source>The images could not be prepared for {model}: {why}.</source>
            <translation>无法为 {model} 准备图像：{why}。</translation>
        </message>
        <message>
            <source>image {n} is no longer in the gallery</source>
            <translation>图像 {n} 已不在图库中</translation>
        </message>
        <message>
            <source>Editing region {step} of {total}…</source>
            <translation>正在编辑第 {step}/{total} 个区域…</translation>
        </message>
        <message>
            <source>Variations of the base or shown image</source>
            <translation>基于底图或当前图像生成变体</translation>
        </message>
        <message>
            <source>Variations of the base or shown image, made by an edit with {model}</source>
            <translation>基于底图或当前图像生成变体，通过 {model} 编辑实现</translation>
        </message>
        <message>
            <source>{model} makes no variations</source>
            <translation>{model} 不支持生成变体</translation>
        </message>
        <message>
            <source>{model} makes no variations: choose another model under Model.</source>
            <translation>{model} 不支持生成变体：请在“模型”中选择其他模型。</translation>
        </message>
        <message>
            <source>Add an API key or start the offline demo server first.</source>
            <translation>请先添加 API 密钥或启动离线演示服务器。</translation>
        </message>
        <message>
            <source>Open or pick an image first: variations are made from an image.</source>
            <translation>请先打开或选择一张图像：变体需要基于图像生成。</translation>
        </message>
        <message>
            <source>{name} could not be prepared for {model}: {why}.</source>
            <translation>无法为 {model} 准备 {name}：{why}。</translation>
        </message>
        <message>
            <source>Model: {model}</source>
            <translation>模型：{model}</translation>
        </message>
        <message>
            <source>{old} {gone}: Studio now uses {new} in its place.</source>
            <translation>{old} {gone}：Studio 现改用 {new}。</translation>
        </message>
        <message>
            <source>is no longer offered</source>
            <translation>已不再提供</translation>
        </message>
        <message>
            <source>was shut down on {day}</source>
            <translation>已于 {day} 停用</translation>
        </message>
        <message>
            <source>Use {model}</source>
            <translation>使用 {model}</translation>
        </message>
        <message>
            <source>Use {model} and retry</source>
            <translation>使用 {model} 并重试</translation>
        </message>
        <message>
            <source>Replace your prompt?</source>
            <translation>替换你的提示词？</translation>
        </message>
        <message>
            <source>The prompt box holds what you were writing. Replace it with this image's prompt? Yours stays under Recent prompts.</source>
            <translation>提示词框中有你正在编写的内容。要用此图像的提示词替换它吗？你的内容会保留在“最近的提示词”中。</translation>
        </message>
        <message>
            <source>Image {n} was made with {old}, which {gone}: its settings are taken with {new}.</source>
            <translation>图像 {n} 由 {old} 生成，该模型{gone}：已改用 {new} 沿用其设置。</translation>
        </message>
        <message>
            <source>Settings of image {n} taken</source>
            <translation>已沿用图像 {n} 的设置</translation>
        </message>
        <message>
            <source>Prompt of image {n} taken</source>
            <translation>已沿用图像 {n} 的提示词</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>Offline demo server</source>
            <extracomment>A sentence the user should read, not an error (e.g. where a key was kept). ``model_choices`` changed (the new tuple of ``ModelInfo``). Shown once at start when the settings file could not be used as it was. What day it is for the models' lifecycle (tests set another). The active provider's ``/models`` list; None until it (or the cache) answered. The provider ``_provider_models`` belong to.</extracomment>
            <translation>离线演示服务器</translation>
        </message>
        <message>
            <source>The key for {name} is kept for this session only; set {variable} to keep it across sessions.</source>
            <translation>{name} 的密钥仅在本次会话中保留；设置 {variable} 可跨会话保留。</translation>
        </message>
        <message>
            <source>Connected to {name}.</source>
            <translation>已连接到 {name}。</translation>
        </message>
        <message numerus="yes">
            <source>Connected to {name}: this key may use %n image model(s)</source>
            <translation>
                <numerusform>已连接到 {name}：此密钥可使用 %n 个图像模型</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Connected to {name}: %n model(s) offered, {images} of them for images</source>
            <translation>
                <numerusform>已连接到 {name}：提供 %n 个模型，其中 {images} 个用于图像</numerusform>
            </translation>
        </message>
        <message>
            <source>{model} on {day}</source>
            <translation>{model}（{day}）</translation>
        </message>
        <message>
            <source>. Shutting down: {models}</source>
            <translation>。即将停用：{models}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Studio could not read its settings file ({reason}); it is using default settings for now. The file is at {path}.</source>
            <extracomment>Seconds one request may take in all, from sending to its last image (streams included). "system" follows the desktop's colour scheme, live when it changes. "system" follows the system locale; the others are the shipped catalogues. ``_MIGRATIONS[n]`` turns a version-``n`` document into a version-``n + 1`` one. Per model, USD per 1M tokens: {"text_input": …, "image_input": …, "image_output": …}; replaces the shipped price list for that model. The overall deadline of one request, in seconds (a server that drips forever ends). Per day or month, per provider or overall, each warning or refusing (config/spending). One of THEMES. One of LANGUAGES. A sentence for the user when the file could not be used as it was, else None.</extracomment>
            <translation>Studio 无法读取设置文件（{reason}）；目前正在使用默认设置。该文件位于 {path}。</translation>
        </message>
        <message>
            <source>Studio's settings file was damaged, so default settings are in use. It was kept as {path}.</source>
            <translation>Studio 的设置文件已损坏，因此正在使用默认设置。原文件已保留为 {path}。</translation>
        </message>
        <message>
            <source>Studio's settings file was damaged, so default settings are in use.</source>
            <translation>Studio 的设置文件已损坏，因此正在使用默认设置。</translation>
        </message>
        <message>
            <source>The base URL of {names} held a user name and password; Studio removed them. Credentials belong in the key field (Settings → Providers).</source>
            <translation>{names} 的基础 URL 中含有用户名和密码；Studio 已将其移除。凭据应填写在密钥字段中（设置 → 服务商）。</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <extracomment>The property an action with a narrower shortcut context carries to name where its keys act (a fixed name: the widget's accessible name follows what is selected in it).</extracomment>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Search actions and keys</source>
            <translation>搜索操作和按键</translation>
        </message>
        <message>
            <source>Search shortcuts</source>
            <translation>搜索快捷键</translation>
        </message>
        <message>
            <source>Only the shortcuts whose action or keys contain this text are listed</source>
            <translation>仅列出操作或按键包含此文本的快捷键</translation>
        </message>
        <message>
            <source>Shortcuts</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>窗口</translation>
        </message>
        <message>
            <source>Results canvas and editor</source>
            <translation>结果画布和编辑器</translation>
        </message>
        <message>
            <source>Editor: painting the mask or markup</source>
            <translation>编辑器：绘制蒙版或标注</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>对比</translation>
        </message>
        <message>
            <source>No shortcut matches “{text}”.</source>
            <translation>没有与“{text}”匹配的快捷键。</translation>
        </message>
    </context>
    <context>
        <name>Spending</name>
        <message>
            <source>{provider}'s daily cap of ${limit:.2f}</source>
            <extracomment>USD. A provider's name; empty for all providers together.</extracomment>
            <translation>{provider} 的每日上限 ${limit:.2f}</translation>
        </message>
        <message>
            <source>{provider}'s monthly cap of ${limit:.2f}</source>
            <translation>{provider} 的每月上限 ${limit:.2f}</translation>
        </message>
        <message>
            <source>the overall daily cap of ${limit:.2f}</source>
            <translation>总每日上限 ${limit:.2f}</translation>
        </message>
        <message>
            <source>the overall monthly cap of ${limit:.2f}</source>
            <translation>总每月上限 ${limit:.2f}</translation>
        </message>
        <message>
            <source>${today:.2f} today, ${month:.2f} this month</source>
            <translation>今日 ${today:.2f}，本月 ${month:.2f}</translation>
        </message>
        <message>
            <source>This would pass {cap}: ${spent:.2f} spent, this request up to ${extra:.2f}.</source>
            <translation>这将超出 {cap}：已花费 ${spent:.2f}，此请求最多 ${extra:.2f}。</translation>
        </message>
    </context>
    <context>
        <name>SpendingDialog</name>
        <message>
            <source>Spending caps</source>
            <translation>支出上限</translation>
        </message>
        <message>
            <source>Spent: reading the gallery…</source>
            <translation>已花费：正在读取图库…</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>已花费</translation>
        </message>
        <message>
            <source>Before each request, what was spent (images kept, and requests that may have been billed) plus the request's estimate is checked against these caps.</source>
            <translation>每次请求前，会将已花费的金额（已保存的图像，以及可能已计费的请求）加上该请求的预估费用，与这些上限进行比较。</translation>
        </message>
        <message>
            <source>Caps</source>
            <translation>上限</translation>
        </message>
        <message>
            <source>Per</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>Limit (USD)</source>
            <translation>限额（美元）</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>服务商</translation>
        </message>
        <message>
            <source>When passed</source>
            <translation>超出时</translation>
        </message>
        <message>
            <source>Add cap</source>
            <translation>添加上限</translation>
        </message>
        <message>
            <source>Remove cap</source>
            <translation>移除上限</translation>
        </message>
        <message>
            <source>Spent: {text}</source>
            <translation>已花费：{text}</translation>
        </message>
        <message>
            <source>day</source>
            <translation>每天</translation>
        </message>
        <message>
            <source>month</source>
            <translation>每月</translation>
        </message>
        <message>
            <source>All providers</source>
            <translation>所有服务商</translation>
        </message>
        <message>
            <source>warn</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>refuse</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>The settings could not be saved: {why}</source>
            <translation>无法保存设置：{why}</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>Estimated cost</source>
            <translation>预估费用</translation>
        </message>
        <message numerus="yes">
            <source>Last job: %Ln token(s)</source>
            <translation>
                <numerusform>上个任务：%Ln 个 token</numerusform>
            </translation>
        </message>
        <message>
            <source>cost {cost}</source>
            <translation>费用 {cost}</translation>
        </message>
        <message>
            <source>cost unknown</source>
            <translation>费用未知</translation>
        </message>
        <message>
            <source>today {money}</source>
            <translation>今日 {money}</translation>
        </message>
    </context>
    <context>
        <name>ThumbnailGrid</name>
        <message>
            <source>number {n} in {list}</source>
            <extracomment>Ask for the next page when the view is this many screens from the end of what is loaded. The grid's own accessible name (taken when a cell first becomes current).</extracomment>
            <translation>{list} 中的第 {n} 项</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>The mask must be a PNG image, not {format}.</source>
            <extracomment>The sentences about a mask or a markup layer, whole (a translation declines the noun).</extracomment>
            <translation>蒙版必须是 PNG 图像，而不是 {format}。</translation>
        </message>
        <message>
            <source>The markup must be a PNG image, not {format}.</source>
            <translation>标注必须是 PNG 图像，而不是 {format}。</translation>
        </message>
        <message>
            <source>The mask is {width}x{height} but the first image is {base_width}x{base_height}; they must be the same size.</source>
            <translation>蒙版为 {width}x{height}，但第一张图像为 {base_width}x{base_height}；两者尺寸必须相同。</translation>
        </message>
        <message>
            <source>The markup is {width}x{height} but the first image is {base_width}x{base_height}; they must be the same size.</source>
            <translation>标注为 {width}x{height}，但第一张图像为 {base_width}x{base_height}；两者尺寸必须相同。</translation>
        </message>
        <message>
            <source>{some} or {last}</source>
            <translation>{some} 或 {last}</translation>
        </message>
        <message>
            <source>Studio does not know the model {model}; the request is sent as set and the server decides what it accepts.</source>
            <translation>Studio 不认识模型 {model}；请求将按当前设置发送，由服务器决定接受哪些参数。</translation>
        </message>
        <message>
            <source>Write a prompt: it says what the image should show.</source>
            <translation>请写提示词：它描述图像应呈现的内容。</translation>
        </message>
        <message>
            <source>size {size}: write it as WIDTHxHEIGHT, e.g. 1024x1024.</source>
            <translation>尺寸 {size}：请写成“宽x高”的形式，例如 1024x1024。</translation>
        </message>
        <message>
            <source>Use either a mask or a markup, not both.</source>
            <translation>请只使用蒙版或标注之一，不能同时使用。</translation>
        </message>
        <message>
            <source>A generation takes no input images; use an edit instead.</source>
            <translation>生成不使用输入图像；请改用编辑。</translation>
        </message>
        <message>
            <source>An edit needs at least one input image.</source>
            <translation>编辑至少需要一张输入图像。</translation>
        </message>
        <message>
            <source>A variation takes exactly one input image.</source>
            <translation>变体只能使用一张输入图像。</translation>
        </message>
        <message>
            <source>{model} cannot make {endpoint}; use {able}.</source>
            <translation>{model} 无法进行 {endpoint}；请使用 {able}。</translation>
        </message>
        <message>
            <source>The prompt has {length:,} characters; {model} takes at most {most:,}.</source>
            <translation>提示词有 {length:,} 个字符；{model} 最多接受 {most:,} 个。</translation>
        </message>
        <message>
            <source>A transparent background needs png or webp output, not {format}.</source>
            <translation>透明背景需要 png 或 webp 输出，而不是 {format}。</translation>
        </message>
        <message>
            <source>Transparent backgrounds are a preview on {model}: some deployments refuse them. If the server does, choose opaque, or a 2.5 or 2.6 model.</source>
            <translation>透明背景在 {model} 上仍为预览功能：部分部署会拒绝。如果服务器拒绝，请选择不透明，或使用 2.5 或 2.6 模型。</translation>
        </message>
        <message>
            <source>{param} {value}: {model} accepts {allowed}.</source>
            <translation>{param} {value}：{model} 接受 {allowed}。</translation>
        </message>
        <message>
            <source>{param} must be {low} for {model}.</source>
            <translation>对于 {model}，{param} 必须为 {low}。</translation>
        </message>
        <message>
            <source>{param} must be {low}.</source>
            <translation>{param} 必须为 {low}。</translation>
        </message>
        <message>
            <source>{param} must be between {low:,} and {high:,} for {model}.</source>
            <translation>对于 {model}，{param} 必须介于 {low:,} 和 {high:,} 之间。</translation>
        </message>
        <message>
            <source>{param} must be between {low:,} and {high:,}.</source>
            <translation>{param} 必须介于 {low:,} 和 {high:,} 之间。</translation>
        </message>
        <message>
            <source>size {size}: {model} makes {sizes}.</source>
            <translation>尺寸 {size}：{model} 只生成 {sizes}。</translation>
        </message>
        <message>
            <source>size {size}: {problem} for {model}.</source>
            <translation>尺寸 {size}：对于 {model}，{problem}。</translation>
        </message>
        <message>
            <source>size {size} is above 2560x1440, which {model} makes only experimentally.</source>
            <translation>尺寸 {size} 超过 2560x1440，{model} 仅以实验方式支持。</translation>
        </message>
        <message>
            <source>{model} takes at most {most} input images; {given} were given.</source>
            <translation>{model} 最多接受 {most} 张输入图像；实际提供了 {given} 张。</translation>
        </message>
        <message>
            <source>{model} takes at most {most} input image; {given} were given.</source>
            <translation>{model} 最多接受 {most} 张输入图像；实际提供了 {given} 张。</translation>
        </message>
        <message>
            <source>The mask must be smaller than 4 MB.</source>
            <translation>蒙版必须小于 4 MB。</translation>
        </message>
        <message>
            <source>{file} is {format}; {model} takes {formats} images.</source>
            <translation>{file} 是 {format}；{model} 只接受 {formats} 图像。</translation>
        </message>
        <message>
            <source>{file} is larger than {model}'s {limit} MB limit.</source>
            <translation>{file} 超过了 {model} 的 {limit} MB 限制。</translation>
        </message>
        <message>
            <source>{file} is {width}x{height}; {model} needs a square.</source>
            <translation>{file} 为 {width}x{height}；{model} 需要正方形图像。</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Welcome to Studio</source>
            <translation>欢迎使用 Studio</translation>
        </message>
        <message>
            <source>Generate images from a prompt, edit them by painting over what should change, and keep everything you make in a searchable gallery.</source>
            <translation>用提示词生成图像，涂抹要改动的地方来编辑，所有作品都保存在可搜索的图库中。</translation>
        </message>
        <message>
            <source>Add an API key…</source>
            <translation>添加 API 密钥…</translation>
        </message>
        <message>
            <source>Add an API key</source>
            <translation>添加 API 密钥</translation>
        </message>
        <message>
            <source>Use the offline demo server</source>
            <translation>使用离线演示服务器</translation>
        </message>
        <message>
            <source>Try Studio with a local server that draws images itself; no key needed.</source>
            <translation>使用能自行绘制图像的本地服务器试用 Studio；无需密钥。</translation>
        </message>
        <message>
            <source>Starting the demo server…</source>
            <translation>正在启动演示服务器…</translation>
        </message>
        <message>
            <source>Using the offline demo server at {url}. Its images are drawn locally; nothing leaves this computer.</source>
            <translation>正在使用位于 {url} 的离线演示服务器。图像在本地绘制；任何数据都不会离开这台电脑。</translation>
        </message>
        <message>
            <source>Ready to send requests to {name}.</source>
            <translation>已准备好向 {name} 发送请求。</translation>
        </message>
        <message>
            <source>a provider</source>
            <translation>服务商</translation>
        </message>
        <message>
            <source>To start, add an API key for {name}, or try Studio offline with the built-in demo server.</source>
            <translation>请添加 {name} 的 API 密钥，或离线试用。</translation>
        </message>
        <message>
            <source>Providers…</source>
            <translation>服务商…</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>The unmasked area was not put back: the result is not the base image's shape.</source>
            <translation>未恢复蒙版外区域：结果与底图的形状不一致。</translation>
        </message>
        <message>
            <source>The request was not sent: the gallery could not record it ({reason}).</source>
            <translation>请求未发送：图库无法记录它（{reason}）。</translation>
        </message>
        <message>
            <source>The result could not be kept: {reason}</source>
            <translation>无法保存结果：{reason}</translation>
        </message>
        <message>
            <source>{failure} {kept}</source>
            <translation>{failure}{kept}</translation>
        </message>
        <message>
            <source>{failure} It may have been billed, so Studio did not send it again.</source>
            <translation>{failure}它可能已被计费，因此 Studio 没有重新发送。</translation>
        </message>
        <message>
            <source>The last preview was not kept (saving is off).</source>
            <translation>最后的预览图未保存（保存已关闭）。</translation>
        </message>
        <message>
            <source>The last preview could not be kept ({reason}).</source>
            <translation>无法保存最后的预览图（{reason}）。</translation>
        </message>
        <message>
            <source>The last preview was kept in the gallery as image {id}.</source>
            <translation>最后的预览图已作为图像 {id} 保存到图库。</translation>
        </message>
        <message>
            <source>{refusal} Nothing was sent.</source>
            <translation>{refusal}未发送任何内容。</translation>
        </message>
    </context>
    <context>
        <name>WorkerLink</name>
        <message>
            <source>The request service stopped unexpectedly (exit code {code}).</source>
            <translation>请求服务意外停止（退出代码 {code}）。</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Today's spending could not be read: {why}</source>
            <extracomment>The job whose kept-unmasked result is compared with the model's own (or None). Longest edge of the frames a run sends back: the view's size in device pixels.</extracomment>
            <translation>无法读取今日支出：{why}</translation>
        </message>
        <message>
            <source>The gallery could not be checked: {why}.</source>
            <translation>无法检查图库：{why}。</translation>
        </message>
        <message numerus="yes">
            <source>%n image file(s) are missing from the gallery folder; they are marked in the gallery.</source>
            <translation>
                <numerusform>图库文件夹中缺少 %n 个图像文件；已在图库中标记。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n image file(s) in the gallery folder had no entry in the gallery (a save cut short); they were added back.</source>
            <translation>
                <numerusform>图库文件夹中有 %n 个图像文件在图库中没有记录（保存曾被中断）；已重新添加。</numerusform>
            </translation>
        </message>
        <message>
            <source>Add an API key or start the offline demo server first.</source>
            <translation>请先添加 API 密钥或启动离线演示服务器。</translation>
        </message>
    </context>
    <context>
        <name>_RegionRow</name>
        <message>
            <source>pink</source>
            <extracomment>The region colours' names (core's REGION_COLOURS, English: they go into prompts too), as shown in the panel.</extracomment>
            <translation>粉色</translation>
        </message>
        <message>
            <source>blue</source>
            <translation>蓝色</translation>
        </message>
        <message>
            <source>green</source>
            <translation>绿色</translation>
        </message>
        <message>
            <source>orange</source>
            <translation>橙色</translation>
        </message>
        <message>
            <source>violet</source>
            <translation>紫色</translation>
        </message>
        <message>
            <source>cyan</source>
            <translation>青色</translation>
        </message>
        <message>
            <source>Paint region {n}</source>
            <translation>绘制区域 {n}</translation>
        </message>
        <message>
            <source>Paint region {n} ({colour})</source>
            <translation>绘制区域 {n}（{colour}）</translation>
        </message>
        <message>
            <source>What should happen in the {colour} region</source>
            <translation>{colour}区域中要做的改动</translation>
        </message>
        <message>
            <source>Instruction for region {n}</source>
            <translation>区域 {n} 的指令</translation>
        </message>
        <message>
            <source>Remove region {n}</source>
            <translation>移除区域 {n}</translation>
        </message>
        <message>
            <source>Remove this region and what was painted in it</source>
            <translation>移除此区域及其中绘制的内容</translation>
        </message>
    </context>
    <context>
        <name>accessibility</name>
        <message>
            <source>{name}: choices</source>
            <extracomment>The target and its ancestors: moving or resizing any of them moves the ring.</extracomment>
            <translation>{name}：选项</translation>
        </message>
        <message>
            <source>More {toolbar} tools</source>
            <translation>更多{toolbar}工具</translation>
        </message>
        <message>
            <source>More tools</source>
            <translation>更多工具</translation>
        </message>
        <message>
            <source>Shows the tools that do not fit</source>
            <translation>显示放不下的工具</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Empties the field</source>
            <translation>清空此字段</translation>
        </message>
    </context>
</TS>
