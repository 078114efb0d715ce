// The Readability side of scripts/bench-readability.sh: parses every page of a directory with jsdom and runs
// Mozilla Readability on it, timing the whole loop (jsdom's parse is part of what extraction costs).
// Usage: node scripts/bench-readability-extract.cjs MODULES_DIR PAGES_DIR
//   MODULES_DIR: the scratch directory where @mozilla/readability and jsdom are installed (never the repo).
// Prints one line of JSON: pages, extracted (parse() gave an article), failed (threw), loopMs, bytes, and the
// first few errors.
'use strict';
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const [modulesDir, pagesDir] = process.argv.slice(2);
if (!modulesDir || !pagesDir) {
  console.error('usage: node bench-readability-extract.cjs MODULES_DIR PAGES_DIR');
  process.exit(2);
}
const load = createRequire(path.join(path.resolve(modulesDir), 'package.json'));
const { JSDOM, VirtualConsole } = load('jsdom');
const { Readability } = load('@mozilla/readability');

const files = fs.readdirSync(pagesDir).filter((f) => fs.statSync(path.join(pagesDir, f)).isFile()).sort();
const quiet = new VirtualConsole(); // pages' CSS and script errors are not ours to print
let extracted = 0, failed = 0, bytes = 0;
const errors = [];
const start = process.hrtime.bigint();
for (const f of files) {
  const buf = fs.readFileSync(path.join(pagesDir, f));
  bytes += buf.length;
  try {
    // A Buffer lets jsdom sniff the charset as a browser would; scripts are not run (jsdom's default).
    const dom = new JSDOM(buf, { url: 'https://example.org/' + encodeURIComponent(f), contentType: 'text/html',
      virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    if (article && article.textContent) extracted++;
    dom.window.close();
  } catch (e) {
    failed++; // counted, not fatal: the loop's time is what is measured
    if (errors.length < 3) errors.push(f + ': ' + String(e && e.message || e).slice(0, 120));
  }
}
const loopMs = Number(process.hrtime.bigint() - start) / 1e6;
console.log(JSON.stringify({ pages: files.length, extracted, failed, loopMs: Math.round(loopMs), bytes, errors }));
