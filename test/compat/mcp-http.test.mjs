// The official MCP TypeScript SDK (pinned in package.json) drives `mnemo serve`'s MCP endpoint over streamable HTTP,
// as remote-capable clients (Claude Code --transport http, Cursor url + headers) do, with a key from `mnemo keys create`.
// Run by test.sh with MNEMO_CLI_DLL set to the built CLI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const dll = process.env.MNEMO_CLI_DLL;
const timeout = 60_000; // the first embedding loads the ONNX model
let dir;
let server;
let host;
let acmeKey;
let globexKey;
let stderr = '';
const clients = [];

const freePort = () => new Promise((resolve, reject) => {
  const s = createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function json(result) {
  assert.equal(result.isError ?? false, false, `tool error: ${result.content?.[0]?.text}`);
  return JSON.parse(result.content[0].text);
}

async function connect(headers) {
  const transport = new StreamableHTTPClientTransport(new URL(`${host}/mcp`), { requestInit: { headers } });
  const client = new Client({ name: 'mnemo-compat-http', version: '1.0.0' });
  await client.connect(transport, { timeout });
  clients.push(client);
  return {
    client,
    call: (name, args) => client.callTool({ name, arguments: args }, undefined, { timeout }),
  };
}

before(async () => {
  assert.ok(dll, 'MNEMO_CLI_DLL must point at the built Mnemo.Cli.dll');
  dir = mkdtempSync(join(tmpdir(), 'mnemo-mcp-http-compat-'));
  const db = join(dir, 'mnemo.db');
  const env = { ...process.env, DOTNET_NOLOGO: '1', MNEMO_HOME: dir };
  const key = (project) => execFileSync('dotnet', [dll, 'keys', 'create', '--project', project, '--db', db], { env, encoding: 'utf8' }).trim();
  acmeKey = key('acme');
  globexKey = key('globex');
  const port = await freePort();
  host = `http://127.0.0.1:${port}`;
  server = spawn('dotnet', [dll, 'serve', '--urls', host, '--db', db], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  server.stderr.on('data', (chunk) => { stderr += chunk; });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${host}/healthz`)).ok) break;
    } catch { /* not listening yet */ }
    if (i > 300 || server.exitCode !== null) throw new Error(`mnemo serve did not start: ${stderr}`);
    await sleep(100);
  }
});

after(async () => {
  for (const client of clients) await client.close();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('lists the Mem0-named tools over HTTP', { timeout }, async () => {
  const { client } = await connect({ Authorization: `Token ${acmeKey}` });
  const { tools } = await client.listTools();
  const names = tools.map((t) => t.name).sort();
  assert.deepEqual(names, ['add_memory', 'delete_all_memories', 'delete_memory', 'forget', 'get_memories', 'get_memory', 'search_memories', 'update_memory']);
  assert.equal(client.getServerVersion()?.name, 'mnemo');
  assert.match(stderr, /MCP at \/mcp/);
});

test('add, search, get, update, delete round trip over HTTP', { timeout }, async () => {
  const { call } = await connect({ Authorization: `Token ${acmeKey}`, 'X-Mnemo-User-Id': 'alice' });

  const added = json(await call('add_memory', { text: 'Drinks cortado every morning' }));
  json(await call('add_memory', { text: 'Works as a backend engineer in Lyon' }));
  assert.equal(added.results.length, 1);
  assert.equal(added.results[0].event, 'ADD');
  const id = added.results[0].id;

  const found = json(await call('search_memories', { query: 'What coffee does alice drink?', limit: 1 }));
  assert.equal(found.results.length, 1);
  assert.equal(found.results[0].id, id);
  assert.ok(found.results[0].score > 0 && found.results[0].score <= 1);

  const got = json(await call('get_memory', { memory_id: id }));
  assert.equal(got.memory, 'Drinks cortado every morning');
  assert.equal(got.user_id, 'alice');

  const updated = json(await call('update_memory', { memory_id: id, text: 'Drinks flat white every morning' }));
  assert.equal(updated.memory, 'Drinks flat white every morning');

  // The same key may reach the memory through the REST API: one tenant, two protocols.
  const rest = await fetch(`${host}/v1/memories/${id}/`, { headers: { Authorization: `Token ${acmeKey}` } });
  assert.equal(rest.status, 200);
  assert.equal((await rest.json()).memory, 'Drinks flat white every morning');

  const listed = json(await call('get_memories', {}));
  assert.equal(listed.total, 2);

  const deleted = json(await call('delete_memory', { memory_id: id }));
  assert.equal(deleted.deleted, true);
  const gone = await call('get_memory', { memory_id: id });
  assert.equal(gone.isError, true);
});

test("another project's key sees none of it", { timeout }, async () => {
  const acme = await connect({ Authorization: `Token ${acmeKey}` });
  const globex = await connect({ 'X-API-Key': globexKey });
  const id = json(await acme.call('add_memory', { text: 'Acme launches the rocket in May', user_id: 'bob' })).results[0].id;

  assert.equal(json(await globex.call('search_memories', { query: 'rocket launch', user_id: 'bob' })).results.length, 0);
  assert.equal((await globex.call('get_memory', { memory_id: id })).isError, true);
  assert.equal((await globex.call('delete_memory', { memory_id: id })).isError, true);
  assert.equal(json(await acme.call('get_memory', { memory_id: id })).memory, 'Acme launches the rocket in May');
});

test('connecting without a key is refused', { timeout }, async () => {
  const transport = new StreamableHTTPClientTransport(new URL(`${host}/mcp`));
  const client = new Client({ name: 'mnemo-compat-anonymous', version: '1.0.0' });
  await assert.rejects(client.connect(transport, { timeout }), (err) => err.code === 401 && /Token <api key>/.test(err.message));
  const raw = await fetch(`${host}/mcp`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
  });
  assert.equal(raw.status, 401);
});
