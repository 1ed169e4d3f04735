"""The LanguageTool-compatible API of `maillint serve`: the requests
LanguageTool's clients send (form-encoded `text` or `data` with an
annotation, `language`, `mode`, their other fields) and answers in the shape
LanguageTool documents (JSON Schemas next to this file), with offsets and
lengths in UTF-16 code units of the text as sent.

usage: languagetool_test.py /path/to/maillint   (run from the repository root)
"""
import json
import os
import sys

import jsonschema

sys.path.insert(0, os.path.dirname(__file__))
from server import Checks, Server  # noqa: E402

binary = sys.argv[1]
here = os.path.dirname(__file__)
check_schema = json.load(open(os.path.join(here, "languagetool-check.schema.json")))
languages_schema = json.load(open(os.path.join(here, "languagetool-languages.schema.json")))
t = Checks()


def utf16_slice(text, offset, length):
    units = text.encode("utf-16-le")
    return units[2 * offset:2 * (offset + length)].decode("utf-16-le")


def valid(doc, schema, what):
    try:
        jsonschema.validate(doc, schema)
        return True
    except jsonschema.ValidationError as e:
        t.check(False, "%s: %s" % (what, e.message))
        return False


def spelling(doc):
    return [m for m in doc["matches"] if m["rule"]["id"] == "proofreading.spelling"]


# What the browser extensions send along with the text.
CLIENT_FIELDS = {"language": "auto", "enabledOnly": "false", "level": "default",
                 "motherTongue": "en", "preferredVariants": "en-US,es-ES",
                 "disabledRules": "WHITESPACE_RULE", "useragent": "webextension-chrome-ng"}

s = Server(binary)
try:
    # Astral and accented characters before the misspelling: UTF-16 counts
    # the emoji as 2, the accented letters as 1 (UTF-8 bytes would be 4, 2).
    text = "Hi Ana,\r\n\r\n\U0001F600 Caf\u00e9 \u00e9t\u00e9: we will recieve the forms.\n"
    status, headers, body = s.post_form("/v2/check", dict(CLIENT_FIELDS, text=text))
    doc = json.loads(body)
    t.check(status == 200 and headers["content-type"].startswith("application/json"),
            "POST /v2/check with text answers JSON")
    valid(doc, check_schema, "text answer")
    hits = spelling(doc)
    t.check(len(hits) == 1, "one spelling match (got %d)" % len(hits))
    if hits:
        m = hits[0]
        t.check(utf16_slice(text, m["offset"], m["length"]) == "recieve",
                "offset/length are UTF-16 units of the text as sent (%d, %d)"
                % (m["offset"], m["length"]))
        t.check({"value": "receive"} in m["replacements"], "replacements")
        t.check(m["rule"]["category"]["id"] == "TYPOS" and
                m["rule"]["issueType"] == "misspelling", "spelling category")
        ctx = m["context"]
        t.check(utf16_slice(ctx["text"], ctx["offset"], ctx["length"]) == "recieve",
                "context offset/length point at the word")
        t.check(m["rule"]["urls"][0]["value"].endswith("/rules/proofreading/spelling"),
                "the rule links to its page on this server")
        status, _, page = s.request("GET", m["rule"]["urls"][0]["value"].split(
            str(s.port), 1)[1])
        t.check(status == 200 and b"proofreading.spelling" in page,
                "the linked rule page exists")
    t.check(doc["language"]["detectedLanguage"]["code"] == "en-US",
            "the detected language is named")

    # data: markup is skipped, interpretAs stands in for it, and offsets
    # count the markup (positions in the document as the client holds it).
    data = {"annotation": [
        {"markup": "<p>"}, {"text": "Hi Ana,"}, {"markup": "</p><p>", "interpretAs": "\n\n"},
        {"text": "We will "}, {"markup": "<b>"}, {"text": "recieve"}, {"markup": "</b>"},
        {"text": " the forms."}, {"markup": "</p>", "interpretAs": "\n"}]}
    document = "".join(p.get("text", p.get("markup", "")) for p in data["annotation"])
    status, _, body = s.post_form("/v2/check", dict(CLIENT_FIELDS, data=json.dumps(data)))
    doc = json.loads(body)
    t.check(status == 200, "POST /v2/check with data answers 200")
    valid(doc, check_schema, "data answer")
    hits = spelling(doc)
    t.check(len(hits) == 1 and utf16_slice(document, hits[0]["offset"], hits[0]["length"])
            == "recieve", "data offsets point into the annotated document")

    # The extensions send one request per mode; together they give each
    # match once.
    text = "hello,\n\nWe will recieve the forms.\n"
    parts = {}
    for mode in ("", "allButTextLevelOnly", "textLevelOnly"):
        fields = dict(CLIENT_FIELDS, text=text)
        if mode:
            fields["mode"] = mode
        _, _, body = s.post_form("/v2/check", fields)
        parts[mode] = sorted((m["rule"]["id"], m["offset"]) for m in json.loads(body)["matches"])
    t.check(sorted(parts["allButTextLevelOnly"] + parts["textLevelOnly"]) == parts[""],
            "the two modes split the matches without loss or overlap")
    t.check(any(r == "proofreading.spelling" for r, _ in parts["allButTextLevelOnly"]) and
            any(r == "signature.incomplete" for r, _ in parts["textLevelOnly"]),
            "words at a place go with allButTextLevelOnly, the whole text with textLevelOnly")

    _, _, body = s.post_form("/v2/check", dict(CLIENT_FIELDS, text=text,
                                               disabledRules="proofreading.spelling"))
    t.check(not spelling(json.loads(body)), "disabledRules turns a rule off")
    _, _, body = s.post_form("/v2/check", {"text": text, "language": "en-US",
                                           "enabledOnly": "true", "enabledCategories": "TYPOS"})
    rules = {m["rule"]["id"] for m in json.loads(body)["matches"]}
    t.check(rules == {"proofreading.spelling"}, "enabledOnly with a category (got %s)" % rules)

    from urllib.parse import quote
    status, _, body = s.request("GET", "/v2/check?language=en-US&text=" + quote("We recieve it."))
    t.check(status == 200 and spelling(json.loads(body)), "GET /v2/check with a query")

    status, _, body = s.post_form("/v2/check", {"language": "en-US"})
    t.check(status == 400 and body.startswith(b"Error:"),
            "missing text and data is 400 with LanguageTool's message")
    status, _, _ = s.post_form("/v2/check", {"data": "{\"annotation\": 5}"})
    t.check(status == 400, "malformed data is 400")

    status, _, body = s.request("GET", "/v2/languages")
    langs = json.loads(body)
    t.check(status == 200, "GET /v2/languages answers 200")
    valid(langs, languages_schema, "languages answer")
    t.check({"en-US", "es-ES"} <= {l["longCode"] for l in langs},
            "the configured dictionaries are listed")
finally:
    s.stop()
t.done("serve languagetool")
