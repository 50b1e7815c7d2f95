// The official MCP TypeScript SDK (pinned in package.json) drives `mnemo serve`'s MCP endpoint over streamable HTTP,
// as remote-capable clients (Claude Code --transport http, Cursor url + headers) do, with a key from `mnemo keys create`.
// Run by test.sh with MNEMO_CLI_DLL set to the built CLI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { startServe } from './serve.mjs';

const timeout = 60_000; // the first embedding loads the ONNX model
let serve;
let host;
let acmeKey;
let globexKey;
const clients = [];

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
  serve = await startServe('mnemo-mcp-http-compat-', ['acme', 'globex']);
  ({ host } = serve);
  acmeKey = serve.keys.acme;
  globexKey = serve.keys.globex;
});

after(async () => {
  for (const client of clients) await client.close();
  await serve?.stop();
});

test('lists the Mem0-named tools over HTTP', { timeout }, async () => {
  const { client } = await connect({ Authorization: `Token ${acmeKey}` });
  const { tools } = await client.listTools();
  const names = tools.map((t) => t.name).sort();
  assert.deepEqual(names, ['add_memory', 'delete_all_memories', 'delete_memory', 'forget', 'get_memories', 'get_memory', 'search_memories', 'update_memory']);
  assert.equal(client.getServerVersion()?.name, 'mnemo');
  assert.match(serve.stderr, /MCP at \/mcp/);
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
