// The dashboard (/ui) in a real browser: Debian's Chromium driven by playwright-core (no browser download), against a
// freshly started `mnemo serve` holding real memories (ONNX embeddings, SQLite) written through the REST API, with a
// scripted OpenAI-compatible LLM on 127.0.0.1 so that an add can supersede a fact. Run by test.sh with MNEMO_CLI_DLL set;
// eng/test-setup/chromium.sh installs Chromium when missing (CHROMIUM_PATH overrides /usr/bin/chromium).
// Screenshots go to MNEMO_SCREENSHOTS_DIR when set (docs/img is made that way), else to a temporary folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { sleep, startServe } from './serve.mjs';

const timeout = 120_000;
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const shots = process.env.MNEMO_SCREENSHOTS_DIR || mkdtempSync(join(tmpdir(), 'mnemo-ui-shots-'));
mkdirSync(shots, { recursive: true });
const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> likes tea';

let llm;
let serve;
let host;
let browser;
let page;
const ids = {};
let failOnce = true;
const pageErrors = [];

/** A scripted OpenAI-compatible chat endpoint: ADD the new fact, SUPERSEDE Paris on a move, fail one add once. */
function startFakeLlm() {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const request = JSON.parse(body || '{}');
      const text = (request.messages ?? []).map((m) => (typeof m.content === 'string' ? m.content : (m.content ?? []).map((p) => p.text ?? '').join(''))).join('\n');
      const existing = JSON.parse(text.match(/Existing memories:\n(\[.*?\])\n/s)?.[1] ?? '[]');
      const said = text.split('New messages:\n')[1] ?? '';
      if (said.includes('bees') && failOnce) {
        failOnce = false;
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'scripted outage', type: 'server_error' } }));
        return;
      }
      let operations;
      if (said.includes('moved to Berlin')) {
        const paris = existing.find((m) => m.text.includes('Paris'));
        operations = [{ event: 'SUPERSEDE', id: paris.id, text: 'Lives in Berlin' }];
      } else if (said.includes('Paris')) {
        operations = [{ event: 'ADD', text: 'Lives in Paris' }];
      } else {
        operations = [{ event: 'ADD', text: 'Keeps bees on the roof' }];
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({
        id: 'chatcmpl-test', object: 'chat.completion', created: Math.floor(Date.now() / 1000), model: request.model,
        choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify({ operations }) }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 120, completion_tokens: 30, total_tokens: 150 },
      }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function rest(path, { method = 'GET', body, key = serve.keys.acme } = {}) {
  const res = await fetch(`${host}${path}`, {
    method,
    headers: { Authorization: `Token ${key}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  assert.ok(res.ok, `${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function add(userId, content, options = {}) {
  return rest('/v1/memories/', { method: 'POST', body: { messages: [{ role: 'user', content }], user_id: userId, infer: false, async_mode: false, ...options } });
}

async function signIn(key) {
  await page.goto(`${host}/ui/`);
  await page.fill('#key', key);
  await page.press('#key', 'Enter');
}

async function shot(name) {
  const file = join(shots, `dashboard-${name}.png`);
  if (!(await page.$('dialog[open]'))) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: file, fullPage: false });
  assert.ok(statSync(file).size > 5_000, `${file} looks empty`);
}

before(async () => {
  llm = await startFakeLlm();
  serve = await startServe('mnemo-ui-', ['acme', 'globex'], {
    MNEMO_LLM_BASE_URL: `http://127.0.0.1:${llm.address().port}/v1`,
    MNEMO_LLM_API_KEY: 'local-test-key',
    MNEMO_LLM_MODEL: 'fake-model',
    MNEMO_LLM_MAX_RETRIES: '0',
  });
  ({ host } = serve);

  ids.lyon = (await add('alice', 'Works as a backend engineer in Lyon', { metadata: { source: 'seed' } }))[0].id;
  await add('alice', 'Plays the cello on weekends');
  await add('alice', 'Allergic to peanuts');
  ids.xss = (await add('alice', XSS))[0].id;
  ids.paris = (await add('alice', 'I live in Paris', { infer: true }))[0].id;
  const moved = await add('alice', 'I moved to Berlin last month', { infer: true });
  ids.berlin = moved.find((e) => e.memory === 'Lives in Berlin' && e.id !== ids.paris)?.id ?? moved[0].id;
  await add('bob', 'Bob likes chess');
  await rest('/v1/memories/', { method: 'POST', body: { messages: [{ role: 'user', content: 'Escalate refunds above 200 EUR to a human' }], agent_id: 'support-bot', infer: false, async_mode: false } });
  await rest('/v1/memories/', { method: 'POST', key: serve.keys.globex, body: { messages: [{ role: 'user', content: 'Carol collects stamps' }], user_id: 'carol', infer: false, async_mode: false } });

  assert.ok(existsSync(chromiumPath), `Chromium not found at ${chromiumPath}: run eng/test-setup/chromium.sh`);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !/status of (401|404)/.test(m.text())) pageErrors.push(m.text()); });
});

after(async () => {
  await browser?.close();
  await serve?.stop();
  await new Promise((r) => (llm ? llm.close(r) : r()));
});

test('the dashboard is served with a strict Content-Security-Policy and no key in any URL', { timeout }, async () => {
  const res = await fetch(`${host}/ui/`);
  assert.equal(res.status, 200);
  const csp = res.headers.get('content-security-policy');
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  assert.match(await res.text(), /<script type="module" src="app.js">/);
  assert.equal((await fetch(`${host}/ui/app.js`)).headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal((await fetch(`${host}/ui/nope.js`)).status, 404);
});

test('a wrong key is refused with a message and stays on the sign-in form', { timeout }, async () => {
  await signIn('m0-not-a-key');
  await page.waitForSelector('#signin-status.error');
  assert.match(await page.textContent('#signin-status'), /not valid/);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('mnemo.apiKey')), null);
  await shot('signin-light');
});

test('sign in shows the project and its subjects with counts; the filter finds a user', { timeout }, async () => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await signIn(serve.keys.acme);
  await page.waitForSelector('#subjects');
  assert.equal(await page.textContent('#project'), 'Project: acme');
  const rows = await page.$$eval('#subjects tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
  const alice = rows.find((r) => r[1] === 'alice');
  assert.equal(alice[0], 'user');
  assert.equal(Number(alice[2]), 5, 'alice has five memories in force (Paris was superseded)');
  assert.ok(rows.some((r) => r[1] === 'bob'));
  assert.deepEqual(rows.find((r) => r[1] === 'support-bot').slice(0, 3), ['agent', 'support-bot', '1']);
  await page.fill('#subject-filter', 'ali');
  assert.deepEqual(await page.$$eval('#subjects tbody tr:not([hidden]) td:nth-child(2)', (tds) => tds.map((t) => t.textContent)), ['alice']);
  await page.fill('#subject-filter', '');
  await shot('subjects-light');
  assert.ok(requests.every((u) => !u.includes(serve.keys.acme)), 'the key never appears in a URL');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing in localStorage');
});

test('a subject lists its memories newest first; search shows scores and their explanation', { timeout }, async () => {
  await page.click('#subjects a.subject-link >> text=alice');
  await page.waitForSelector('#results ol.memories');
  const texts = await page.$$eval('#results .memory-text', (ps) => ps.map((p) => p.textContent));
  assert.equal(texts[0], 'Lives in Berlin');
  assert.ok(!texts.includes('Lives in Paris'), 'superseded memories are hidden by default');

  await page.check('#f-superseded');
  await page.waitForSelector('#results .memory.is-superseded');
  assert.equal(await page.textContent('#results .memory.is-superseded .memory-text'), 'Lives in Paris');
  assert.match(await page.textContent('#results .memory.is-superseded .memory-head'), /superseded/);
  await page.uncheck('#f-superseded');
  await page.waitForSelector('#results .memory.is-superseded', { state: 'detached' });

  await page.fill('#query', 'Where does alice work?');
  await page.press('#query', 'Enter');
  await page.waitForSelector('#results .score');
  assert.equal(await page.textContent('#results .memory-text'), 'Works as a backend engineer in Lyon');
  assert.match(await page.textContent('#results .score'), /^score 0\.\d{3}$/);
  await page.click('#results .why summary');
  const parts = await page.$$eval('#results .memory:first-child .explain dt', (dts) => dts.map((d) => d.textContent));
  assert.deepEqual(parts, ['semantic', 'keyword', 'entity', 'time', 'length', 'neighbour', 'fused']);
  const semantic = await page.textContent('#results .memory:first-child .explain dd');
  assert.match(semantic, /0\.\d{3}/);
  await shot('search-light');
});

test('filters by metadata, category and date narrow the list', { timeout }, async () => {
  await page.click('button:has-text("Clear")');
  await page.click('.filters-box summary');
  await page.fill('#f-meta-key', 'source');
  await page.fill('#f-meta-value', 'seed');
  await page.click('button:has-text("Apply filters")');
  await page.waitForFunction(() => document.querySelectorAll('#results .memory').length === 1);
  assert.equal(await page.textContent('#results .memory-text'), 'Works as a backend engineer in Lyon');
  await page.fill('#f-meta-key', '');
  await page.fill('#f-meta-value', '');
  // Memories written with an LLM or verbatim carry no categories: a category filter is accepted and matches none.
  await page.fill('#f-category', 'work');
  await page.click('button:has-text("Apply filters")');
  await page.waitForSelector('#results >> text=No memories match.');
  await page.fill('#f-category', '');
  await page.fill('#f-from', '2001-01-01');
  await page.fill('#f-to', '2001-01-02');
  await page.click('button:has-text("Apply filters")');
  await page.waitForSelector('#results >> text=No memories match.');
  await page.fill('#f-from', '');
  await page.fill('#f-to', '');
  await page.click('button:has-text("Apply filters")');
  await page.waitForFunction(() => document.querySelectorAll('#results .memory').length === 5);
});

test('a memory stored as <script>/<img onerror> is shown as text and never runs', { timeout }, async () => {
  const texts = await page.$$eval('#results .memory-text', (ps) => ps.map((p) => p.textContent));
  assert.ok(texts.includes(XSS));
  assert.equal(await page.$$eval('#results img, #results script', (els) => els.length), 0);
  await page.goto(`${host}/ui/#/memory/${ids.xss}`);
  await page.waitForSelector('#memory-text');
  assert.equal(await page.textContent('#memory-text'), XSS);
  await sleep(200);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
});

test('a superseded memory links to its replacement, whose timeline shows ADD, UPDATE and the chain back', { timeout }, async () => {
  await page.goto(`${host}/ui/#/memory/${ids.paris}`);
  await page.waitForSelector('#superseded-notice');
  const events = await page.$$eval('.timeline li', (lis) => lis.map((l) => l.dataset.event));
  assert.deepEqual(events, ['ADD', 'SUPERSEDE']);
  assert.equal(await page.$$eval('.timeline-axis circle', (c) => c.length), 2);
  await page.click('#superseded-notice a');
  await page.waitForSelector('#supersedes');
  assert.equal(await page.textContent('#memory-text'), 'Lives in Berlin');
  ids.berlin = page.url().split('/').pop();

  // Edit text and metadata: the timeline gains an UPDATE, the metadata is shown.
  await page.fill('#edit-text', 'Lives in Berlin, Kreuzberg');
  await page.fill('#edit-metadata', '{"source": "dashboard"}');
  await page.click('#save');
  await page.waitForSelector('#memory-text >> text=Lives in Berlin, Kreuzberg');
  assert.deepEqual(JSON.parse(await page.textContent('#memory-metadata')), { source: 'dashboard' });
  assert.deepEqual(await page.$$eval('.timeline li', (lis) => lis.map((l) => l.dataset.event)), ['ADD', 'UPDATE']);
  const stored = await rest(`/v1/memories/${ids.berlin}/`);
  assert.equal(stored.memory, 'Lives in Berlin, Kreuzberg');
  await shot('memory-light');

  await page.click('#supersedes a');
  await page.waitForSelector('#superseded-notice');
  assert.equal(await page.textContent('#memory-text'), 'Lives in Paris');
});

test('bad metadata in the edit form is refused in the page with a message', { timeout }, async () => {
  await page.goto(`${host}/ui/#/memory/${ids.lyon}`);
  await page.waitForSelector('#edit-metadata');
  await page.fill('#edit-metadata', '[1, 2]');
  await page.click('#save');
  assert.match(await page.textContent('#edit-status'), /JSON object/);
});

test('delete asks twice, then the memory is gone and its history ends with DELETE', { timeout }, async () => {
  await page.goto(`${host}/ui/#/memory/${ids.lyon}`);
  await page.waitForSelector('#delete');
  await page.click('#delete');
  assert.equal((await rest(`/v1/memories/${ids.lyon}/`)).id, ids.lyon, 'one click does not delete');
  await page.click('#delete');
  await page.waitForURL(/#\/subject\/user\/alice$/);
  await page.goto(`${host}/ui/#/memory/${ids.lyon}`);
  await page.waitForSelector('#deleted');
  assert.deepEqual(await page.$$eval('.timeline li', (lis) => lis.map((l) => l.dataset.event)), ['ADD', 'DELETE']);
});

test('a failed queued add is listed with its error and retried to success', { timeout }, async () => {
  const queued = await rest('/v1/memories/', { method: 'POST', body: { messages: [{ role: 'user', content: 'I keep bees on the roof' }], user_id: 'alice' } });
  for (let i = 0; i < 200 && (await rest(`/v1/event/${queued[0].event_id}/`)).status !== 'FAILED'; i++) await sleep(100);
  await page.goto(`${host}/ui/#/queue`);
  await page.waitForSelector(`#queue tr[data-id="${queued[0].event_id}"][data-status="FAILED"]`);
  assert.match(await page.textContent(`#queue tr[data-id="${queued[0].event_id}"] td.err`), /\S/);
  await shot('queue-light');
  await page.click(`#queue tr[data-id="${queued[0].event_id}"] button.retry`);
  let status;
  for (let i = 0; i < 200 && (status = (await rest(`/v1/event/${queued[0].event_id}/`)).status) !== 'SUCCEEDED'; i++) await sleep(100);
  assert.equal(status, 'SUCCEEDED');
  await page.selectOption('#queue-status', 'succeeded');
  await page.waitForSelector(`#queue tr[data-id="${queued[0].event_id}"][data-status="SUCCEEDED"]`);
});

test('activity shows memories per day, search latency, requests per minute and usage of this project', { timeout }, async () => {
  await page.goto(`${host}/ui/#/activity`);
  await page.waitForSelector('.tiles');
  assert.match(await page.textContent('#tile-p50'), /\d+(\.\d)? ms/);
  assert.match(await page.textContent('#tile-p95'), /\d+(\.\d)? ms/);
  assert.notEqual(await page.textContent('#tile-embeddings .tile-value'), '0');
  assert.equal(await page.textContent('#tile-tokens .tile-value'), '240 / 60', 'two synchronous LLM adds of 120 + 30 tokens');
  assert.equal(await page.$$eval('svg.chart', (s) => s.length), 2);
  const bars = await page.$$eval('.charts figure:first-child rect.bar', (r) => r.map((x) => Number(x.getAttribute('height'))));
  assert.equal(bars.length, 30);
  assert.ok(bars[29] > 0, 'today has memories');
  await shot('activity-light');
});

test('dark mode and phone width render the same views', { timeout }, async () => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${host}/ui/#/subject/user/alice`);
  await page.waitForSelector('#results ol.memories');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(15, 18, 22)');
  await shot('subject-dark');
  await page.goto(`${host}/ui/#/memory/${ids.berlin}`);
  await page.waitForSelector('.timeline');
  await shot('memory-dark');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${host}/ui/#/subject/user/alice`);
  await page.waitForSelector('#results ol.memories');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at phone width (overflow ${overflow}px)`);
  await shot('subject-phone');
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('the list area keeps its size while loading (no layout shift)', { timeout }, async () => {
  await page.goto(`${host}/ui/#/`);
  await page.waitForSelector('#subjects');
  const shifts = await page.evaluate(() => new Promise((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
      .observe({ type: 'layout-shift', buffered: false });
    location.hash = '#/subject/user/alice';
    setTimeout(() => resolve(total), 1500);
  }));
  assert.ok(shifts < 0.1, `cumulative layout shift ${shifts}`);
});

test('forget asks for the typed name, then shows the receipt, and the subject is gone', { timeout }, async () => {
  await page.goto(`${host}/ui/#/subject/user/bob`);
  await page.waitForSelector('#forget');
  await page.click('#forget');
  await page.fill('#forget-confirm', 'bo');
  assert.ok(await page.isDisabled('dialog button.danger'));
  await page.fill('#forget-confirm', 'bob');
  await page.click('dialog button.danger');
  await page.waitForSelector('#receipt');
  assert.equal(await page.textContent('#receipt-memories'), '1');
  await shot('forget-light');
  await page.click('#receipt button');
  await page.waitForSelector('#subjects');
  assert.ok(!(await page.$$eval('#subjects td:nth-child(2)', (tds) => tds.map((t) => t.textContent))).includes('bob'));
  assert.equal((await rest('/v1/entities/')).results.filter((e) => e.name === 'bob').length, 0);
});

test('a second project key sees none of the first project\'s subjects', { timeout }, async () => {
  await page.click('#signout');
  await page.waitForSelector('#key');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('mnemo.apiKey')), null);
  await signIn(serve.keys.globex);
  await page.waitForSelector('#subjects');
  assert.equal(await page.textContent('#project'), 'Project: globex');
  const names = await page.$$eval('#subjects td:nth-child(2)', (tds) => tds.map((t) => t.textContent));
  assert.deepEqual(names, ['carol']);
  await page.goto(`${host}/ui/#/memory/${ids.berlin}`);
  await page.waitForSelector('main .error');
  assert.match(await page.textContent('main .error'), /does not exist/);
  await page.goto(`${host}/ui/#/subject/user/alice`);
  await page.waitForSelector('#results p.muted');
  assert.equal(await page.textContent('#results p.muted'), 'No memories match.');
});

test('by keyboard: sign in, filter, open a subject, page through it by time, open a memory', { timeout }, async () => {
  await rest('/v1/memories/', { method: 'POST', body: { messages: Array.from({ length: 22 }, (_, i) => ({ role: 'user', content: `Note number ${i + 1}` })), user_id: 'pager', infer: false, async_mode: false } });
  const kb = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await kb.goto(`${host}/ui/`);
    await kb.waitForSelector('#key:focus');
    await kb.keyboard.type(serve.keys.acme);
    await kb.keyboard.press('Enter');
    await kb.waitForSelector('#subject-filter:focus');
    await kb.keyboard.type('pager');
    await kb.keyboard.press('Tab');
    assert.equal(await kb.evaluate(() => document.activeElement.textContent), 'pager');
    await kb.keyboard.press('Enter');
    await kb.waitForSelector('#results ol.memories');
    assert.match(await kb.textContent('.pager'), /Page 1 of 2 · 22 memories/);
    const first = await kb.$$eval('#results .memory', (lis) => lis.map((l) => [l.dataset.id, l.querySelector('time').dateTime]));
    assert.equal(first.length, 20);
    await kb.focus('.pager button:last-child');
    await kb.keyboard.press('Enter');
    await kb.waitForFunction(() => document.querySelector('.pager span')?.textContent.startsWith('Page 2 of 2'));
    const second = await kb.$$eval('#results .memory', (lis) => lis.map((l) => [l.dataset.id, l.querySelector('time').dateTime]));
    assert.equal(second.length, 2);
    const all = [...first, ...second];
    assert.equal(new Set(all.map(([id]) => id)).size, 22, 'pages neither overlap nor skip');
    const times = all.map(([, t]) => Date.parse(t));
    assert.ok(times.every((t, i) => i === 0 || t <= times[i - 1]), 'newest first across pages');

    // Tab to the first memory link and open it with Enter.
    for (let i = 0; i < 40 && !(await kb.evaluate(() => document.activeElement.closest('.memory-text') !== null)); i++) await kb.keyboard.press('Tab');
    await kb.keyboard.press('Enter');
    await kb.waitForSelector('#memory-text');
    assert.match(await kb.textContent('#memory-text'), /^Note number \d+$/);
  } finally {
    await kb.close();
  }
});

test('no script error and no Content-Security-Policy violation happened in any view', () => {
  assert.deepEqual(pageErrors, []);
});
