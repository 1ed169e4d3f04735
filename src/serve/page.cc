// The draft page served at "/": one self-contained HTML document (inline
// style and script, no external assets; the server's Content-Security-Policy
// forbids loading anything else).
//
// What it does: the draft (pasted or typed) and optionally To, Subject and
// the message being answered go to POST /api/v1/check; an .eml dropped on the
// page (or chosen) goes as a whole message. The answer's findings are marked
// in the text (Message body text, as the server returns it, sensitive values
// masked); each shows its explanation, the standard, a link to the rule's
// page, a one-click fix when the rule's suggestion is replacement text, and
// "add to my words" for spelling. Rule metadata comes from GET
// /api/v1/rules. A token given as ?token= is sent with every request.
#include "serve/page.h"

namespace maillint {

const std::string& DraftPageHtml() {
  static const std::string page = R"page(<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>maillint: check a draft</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#234;color:#fff;padding:.6em 1em}
main{display:flex;gap:1em;padding:1em;flex-wrap:wrap}
section{flex:1 1 28em;min-width:20em}
label{display:block;font-size:.85em;color:#555;margin-top:.5em}
input,textarea{width:100%;box-sizing:border-box;font:inherit;padding:.35em}
textarea#draft{height:16em}textarea#original{height:5em}
#drop{border:2px dashed #aab;padding:.6em;margin-top:.6em;text-align:center;color:#556}
#drop.over{background:#e8eefc}
#text{white-space:pre-wrap;background:#fff;border:1px solid #ccd;padding:.6em;min-height:6em}
mark{background:#fff1a8;border-bottom:2px solid #d90;cursor:pointer}
mark.error{background:#ffd6d6;border-color:#c00}mark.info{background:#e3efff;border-color:#48c}
mark.current{outline:2px solid #234}
#findings{list-style:none;padding:0}
#findings li{background:#fff;border:1px solid #ddd;border-left:4px solid #d90;margin:.4em 0;padding:.5em}
#findings li.error{border-left-color:#c00}#findings li.info{border-left-color:#48c}
.rule{font-size:.85em;color:#555}button{font:inherit;margin:.2em .3em 0 0}
#verdict{font-weight:bold}#status{color:#a00}
</style></head><body>
<header><strong>maillint</strong> &mdash; check a reply before you send it</header>
<main>
<section>
<label for="to">To (optional)</label><input id="to" placeholder="Ana Lopez &lt;ana@example.org&gt;">
<label for="subject">Subject (optional)</label><input id="subject">
<label for="draft">Your draft</label>
<textarea id="draft" placeholder="Paste or type your reply here"></textarea>
<label for="original">The message you are answering (optional)</label>
<textarea id="original"></textarea>
<div id="drop">Drop an .eml file here, or <input type="file" id="file" accept=".eml,message/rfc822"></div>
<button id="check">Check</button> <span id="status" role="status"></span>
</section>
<section>
<div id="verdict"></div>
<div id="text" aria-label="your text with findings marked"></div>
<ul id="findings"></ul>
</section>
</main>
<script>
"use strict";
const token = new URLSearchParams(location.search).get("token") || "";
const $ = (id) => document.getElementById(id);
let rules = {}, lastMessage = null, lastResult = null, timer = 0;

function api(path, body) {
  const headers = {"Content-Type": "application/json"};
  if (token) headers["Authorization"] = "Bearer " + token;
  return fetch(path, body === undefined ? {headers} :
               {method: "POST", headers, body: JSON.stringify(body)})
    .then((r) => r.ok ? r.json() : r.text().then((t) => { throw new Error(t); }));
}
function docLink(id) {
  const dot = id.indexOf(".");
  return "/rules/" + id.slice(0, dot) + "/" + id.slice(dot + 1);
}
// UTF-16 index in `text` of each UTF-8 byte offset (the server counts bytes).
function byteToIndex(text) {
  const map = [];
  let i = 0;
  for (const ch of text) {
    const n = new TextEncoder().encode(ch).length;
    for (let k = 0; k < n; k++) map.push(i);
    i += ch.length;
  }
  map.push(i);
  return (b) => map[Math.min(b, map.length - 1)];
}
function fixesOf(f) {
  const meta = rules[f.rule];
  if (!f.suggestion || !meta || !meta.fix || f.byte_begin === null) return [];
  return meta.fix === "list" ? f.suggestion.split(", ") : [f.suggestion];
}
function render(result) {
  lastResult = result;
  const m = result.messages[0];
  $("verdict").textContent = m.status === "error" ? "Could not check: " + m.error :
      m.findings.length ? m.findings.length + " finding(s) \u2014 " + m.status : "No findings \u2014 pass";
  const text = m.body_text || "", at = byteToIndex(text);
  const box = $("text"); box.textContent = "";
  const spans = m.findings.map((f, n) => ({f, n})).filter((x) => x.f.byte_begin !== null)
      .sort((a, b) => a.f.byte_begin - b.f.byte_begin);
  let pos = 0;
  for (const {f, n} of spans) {
    const b = at(f.byte_begin), e = Math.max(b, at(f.byte_end));
    if (b < pos) continue;
    box.append(text.slice(pos, b));
    const mark = document.createElement("mark");
    mark.className = f.severity; mark.dataset.finding = n; mark.dataset.rule = f.rule;
    mark.textContent = text.slice(b, e) || "\u2038";
    mark.title = f.message;
    mark.addEventListener("click", () => select(n));
    box.append(mark); pos = e;
  }
  box.append(text.slice(pos));
  const list = $("findings"); list.textContent = "";
  m.findings.forEach((f, n) => list.append(item(f, n, text, at)));
}
function item(f, n, text, at) {
  const li = document.createElement("li");
  li.className = f.severity; li.id = "finding-" + n; li.dataset.rule = f.rule;
  const meta = rules[f.rule] || {};
  const head = document.createElement("div");
  head.textContent = f.message;
  const rule = document.createElement("div"); rule.className = "rule";
  const a = document.createElement("a"); a.href = docLink(f.rule); a.textContent = f.rule;
  a.target = "_blank";
  rule.append(f.severity + " \u00b7 ", a,
              meta.standard ? " \u00b7 standard " + meta.standard : "",
              meta.summary ? " \u00b7 " + meta.summary : "");
  li.append(head, rule);
  if (f.suggestion && !fixesOf(f).length) {
    const s = document.createElement("div"); s.textContent = "Suggestion: " + f.suggestion;
    li.append(s);
  }
  for (const fix of fixesOf(f)) {
    const btn = document.createElement("button");
    btn.className = "fix"; btn.textContent = "Use \u201c" + fix + "\u201d";
    btn.disabled = lastMessage !== null;
    btn.addEventListener("click", () => applyFix(f, fix, text, at));
    li.append(btn);
  }
  if (f.rule === "proofreading.spelling" && f.byte_begin !== null) {
    const word = text.slice(at(f.byte_begin), at(f.byte_end));
    const btn = document.createElement("button");
    btn.className = "add-word"; btn.textContent = "Add \u201c" + word + "\u201d to my words";
    btn.addEventListener("click", () => addWord(word));
    li.append(btn);
  }
  return li;
}
function select(n) {
  document.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
  const mark = document.querySelector('mark[data-finding="' + n + '"]');
  if (mark) mark.classList.add("current");
  const li = $("finding-" + n);
  if (li) li.scrollIntoView({block: "nearest"});
}
function applyFix(f, fix, text, at) {
  const draft = $("draft");
  const b = at(f.byte_begin), e = at(f.byte_end);
  if (draft.value === text) {
    draft.value = text.slice(0, b) + fix + text.slice(e);
  } else {
    draft.value = draft.value.replace(text.slice(b, e), fix);
  }
  check();
}
function addWord(word) {
  api("/api/v1/words", {word}).then(() => {
    check();
    $("status").textContent = "\u201c" + word + "\u201d added to your words";
  }).catch((e) => { $("status").textContent = e.message; });
}
function check() {
  $("status").textContent = "";
  const body = lastMessage !== null ? {message: lastMessage} :
      {draft: $("draft").value, to: $("to").value, subject: $("subject").value,
       in_reply_to: $("original").value};
  if (lastMessage === null && !body.draft.trim()) return;
  ready.then(() => api("/api/v1/check?include=body", body)).then(render)
    .catch((e) => { $("status").textContent = e.message; });
}
function loadFile(file) {
  file.text().then((raw) => { lastMessage = raw; $("status").textContent = file.name; check(); });
}
$("check").addEventListener("click", check);
for (const id of ["draft", "to", "subject", "original"]) {
  $(id).addEventListener("input", () => {
    lastMessage = null; clearTimeout(timer); timer = setTimeout(check, 600);
  });
}
$("file").addEventListener("change", (e) => { if (e.target.files[0]) loadFile(e.target.files[0]); });
const drop = $("drop");
drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (e) => {
  e.preventDefault(); drop.classList.remove("over");
  if (e.dataTransfer.files[0]) loadFile(e.dataTransfer.files[0]);
});
const ready = api("/api/v1/rules").then((list) => { for (const r of list) rules[r.id] = r; })
  .catch((e) => { $("status").textContent = e.message; });
</script></body></html>
)page";
  return page;
}

}  // namespace maillint
