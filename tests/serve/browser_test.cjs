// The draft page of `maillint serve` in real headless Chromium (Debian's,
// driven by playwright-core): paste a draft, see the findings marked in the
// text, apply a suggestion, add a word to the user's list; no console
// errors, no request leaves the server.
//
// usage: node browser_test.cjs URL WORDS_FILE
"use strict";
const fs = require("fs");
const path = require("path");
const { chromium } = require(path.join(__dirname, "../../tools/node_modules/playwright-core"));

const [url, wordsFile] = process.argv.slice(2);
let failures = 0;
function check(ok, what) {
  if (!ok) { console.log("FAIL: " + what); failures++; }
}
// Polls `condition` (async, evaluated here, not in the page: the page's
// Content-Security-Policy forbids eval) until it holds or 30 s pass.
async function until(condition, what) {
  for (let i = 0; i < 300; i++) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("timed out waiting for " + what);
}

(async () => {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    const problems = [];
    const foreign = [];
    page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") problems.push(m.text()); });
    page.on("pageerror", (e) => problems.push(String(e)));
    page.on("request", (r) => { if (!r.url().startsWith(url)) foreign.push(r.url()); });
    await page.goto(url);
    await page.fill("#to", "Ana Lopez <ana@example.org>");
    await page.fill("#draft", "Hi Ana,\n\nThank you for writing. We will recieve the forms on " +
                    "Monday. The club meets becuase at noon.\n\nBest,\nLee Park\nCounselor\n");
    await page.click("#check");
    const mark = page.locator('mark[data-rule="proofreading.spelling"]', { hasText: "recieve" });
    await mark.waitFor({ timeout: 30000 });
    check(await mark.count() === 1, "the misspelling is marked in the text");
    await mark.click();
    check(await page.locator("mark.current").count() === 1, "clicking a mark selects it");
    const item = page.locator('#findings li[data-rule="proofreading.spelling"]').first();
    check((await item.innerText()).includes("may be misspelt"), "the finding is explained");
    check(await item.locator('a[href="/rules/proofreading/spelling"]').count() === 1,
          "the finding links to its rule page");
    check((await item.innerText()).includes("standard S5"), "the finding names its standard");

    await item.locator("button.fix", { hasText: "receive" }).click();
    await until(async () => await page.locator("mark", { hasText: "recieve" }).count() === 0 &&
                await page.locator("mark").count() > 0, "the re-check after the fix");
    check((await page.inputValue("#draft")).includes("We will receive the forms"),
          "the suggestion was applied to the draft");

    const other = page.locator('#findings li[data-rule="proofreading.spelling"]', { hasText: "becuase" });
    if (await other.count() === 0) {
      check(false, "'becuase' should be flagged");
    } else {
      await other.locator("button.add-word").click();
      await until(async () => (await page.locator("#status").innerText()).includes("added"),
                  "the word to be added");
      await until(async () => await page.locator("#findings li", { hasText: "becuase" }).count() === 0,
                  "the re-check after adding the word");
      check(fs.readFileSync(wordsFile, "utf8").split("\n").includes("becuase"),
            "the word was written to the user's word list");
    }
    const rulePage = await browser.newPage();
    const response = await rulePage.goto(url + "rules/proofreading/spelling");
    check(response.status() === 200 && (await rulePage.title()).includes("proofreading.spelling"),
          "the rule page opens");
    check(problems.length === 0, "no console errors: " + problems.join(" | "));
    check(foreign.length === 0, "no request left the server: " + foreign.join(" "));
  } finally {
    await browser.close();
  }
  if (failures) { console.log(failures + " check(s) failed"); process.exit(1); }
  console.log("serve browser: all checks passed");
})().catch((e) => { console.log("FAIL: " + e); process.exit(1); });
