// Runs the npm reply parsers on the cases maillint exported and writes their
// answers (same order) for the C++ scorer: node run_others.mjs CASES OUT.
// planer gets HTML cases as HTML (with a jsdom document) and answers HTML;
// email-reply-parser only reads text, so it gets the rendered text.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = path.join(here, '..', 'node_modules_dir', 'node_modules');
const require = createRequire(path.join(modules, 'x.js'));
const planer = require('planer');
const { JSDOM } = require('jsdom');
const { default: EmailReplyParser } =
    await import(path.join(modules, 'email-reply-parser', 'dist', 'emailreplyparser.js'));

const [casesPath, outPath] = process.argv.slice(2);
const { cases } = JSON.parse(readFileSync(casesPath, 'utf8'));
const document = new JSDOM('<!doctype html><html><body></body></html>').window.document;

// One warm-up pass (JIT, lazy regex compilation), then the timed pass, as
// the maillint side does.
function timed(fn) {
  for (const c of cases) {
    try { fn(c); } catch (e) { /* scored in the timed pass */ }
  }
  const answers = [];
  const start = performance.now();
  for (const c of cases) {
    try {
      answers.push(fn(c));
    } catch (e) {
      answers.push({ visible: '', error: String(e) });
    }
  }
  return { answers, seconds: (performance.now() - start) / 1000 };
}

const planerRun = timed((c) => c.html
    ? { visible_html: planer.extractFrom(c.html, 'text/html', document) }
    : { visible: planer.extractFrom(c.text, 'text/plain') });
const erpRun = timed((c) => {
  const email = new EmailReplyParser().read(c.text);
  const fragments = email.getFragments();
  return {
    visible: email.getVisibleText(),
    first: fragments.length ? fragments[0].getContent() : '',
  };
});

const version = (name) => require(path.join(modules, name, 'package.json')).version;
writeFileSync(outPath, JSON.stringify({
  environment: `Node.js ${process.version}`,
  parsers: [
    { name: `planer ${version('planer')}`, seconds: planerRun.seconds, answers: planerRun.answers },
    { name: `email-reply-parser ${version('email-reply-parser')}`, seconds: erpRun.seconds,
      answers: erpRun.answers },
  ],
}));
