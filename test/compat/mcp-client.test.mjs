// The official MCP TypeScript SDK (pinned in package.json) drives `mnemo mcp` over stdio: the same path Claude Desktop,
// Claude Code and Cursor take. Run by test.sh with MNEMO_CLI_DLL set to the built CLI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const dll = process.env.MNEMO_CLI_DLL;
const timeout = 30_000; // the first embedding loads the ONNX model
let dir;
let client;
let stderr = '';

function json(result) {
  assert.equal(result.isError ?? false, false, `tool error: ${result.content?.[0]?.text}`);
  return JSON.parse(result.content[0].text);
}

before(async () => {
  assert.ok(dll, 'MNEMO_CLI_DLL must point at the built Mnemo.Cli.dll');
  dir = mkdtempSync(join(tmpdir(), 'mnemo-mcp-compat-'));
  const transport = new StdioClientTransport({
    command: 'dotnet',
    args: [dll, 'mcp', '--user', 'alice', '--db', join(dir, 'mnemo.db')],
    env: { ...process.env, DOTNET_NOLOGO: '1' },
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (chunk) => { stderr += chunk; });
  client = new Client({ name: 'mnemo-compat', version: '1.0.0' });
  await client.connect(transport, { timeout });
});

after(async () => {
  await client?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('lists the Mem0-named tools', { timeout }, async () => {
  const { tools } = await client.listTools();
  const names = tools.map((t) => t.name).sort();
  assert.deepEqual(names, ['add_memory', 'delete_all_memories', 'delete_memory', 'forget', 'get_memories', 'get_memory', 'search_memories', 'update_memory']);
  for (const tool of tools) assert.ok(tool.description.length > 20, `${tool.name} has a description`);
  assert.match(stderr, /serving user=alice/);
});

test('add, search, get, update, delete round trip', { timeout }, async () => {
  const call = (name, args) => client.callTool({ name, arguments: args }, undefined, { timeout });

  const added = json(await call('add_memory', { text: 'Drinks cortado every morning' }));
  json(await call('add_memory', { text: 'Works as a backend engineer in Lyon' }));
  assert.equal(added.results.length, 1);
  assert.equal(added.results[0].event, 'ADD');
  const id = added.results[0].id;

  const found = json(await call('search_memories', { query: 'What coffee does alice drink?', limit: 1 }));
  assert.equal(found.results.length, 1);
  assert.equal(found.results[0].id, id);
  assert.equal(found.results[0].memory, 'Drinks cortado every morning');
  assert.ok(found.results[0].score > 0 && found.results[0].score <= 1);
  assert.ok(!Number.isNaN(Date.parse(found.results[0].created_at)));

  const got = json(await call('get_memory', { memory_id: id }));
  assert.equal(got.memory, 'Drinks cortado every morning');
  assert.equal(got.user_id, 'alice');

  const updated = json(await call('update_memory', { memory_id: id, text: 'Drinks flat white every morning' }));
  assert.equal(updated.memory, 'Drinks flat white every morning');

  const listed = json(await call('get_memories', {}));
  assert.equal(listed.total, 2);
  assert.ok(listed.results.some((m) => m.memory === 'Drinks flat white every morning'));

  const deleted = json(await call('delete_memory', { memory_id: id }));
  assert.equal(deleted.deleted, true);
  const gone = await call('get_memory', { memory_id: id });
  assert.equal(gone.isError, true);
});

test('refuses another user and an unconfirmed forget', { timeout }, async () => {
  const other = await client.callTool({ name: 'search_memories', arguments: { query: 'coffee', user_id: 'bob' } });
  assert.equal(other.isError, true);
  assert.match(other.content[0].text, /alice/);

  const forget = await client.callTool({ name: 'forget', arguments: {} });
  assert.equal(forget.isError, true);
  assert.match(forget.content[0].text, /FORGET/);
});

test('takes the user from MNEMO_USER_ID', { timeout }, async () => {
  const transport = new StdioClientTransport({
    command: 'dotnet',
    args: [dll, 'mcp', '--db', join(dir, 'env.db')],
    env: { ...process.env, DOTNET_NOLOGO: '1', MNEMO_USER_ID: 'bob' },
    stderr: 'pipe',
  });
  const bob = new Client({ name: 'mnemo-compat-env', version: '1.0.0' });
  await bob.connect(transport, { timeout });
  try {
    const added = json(await bob.callTool({ name: 'add_memory', arguments: { text: 'Plays the cello' } }, undefined, { timeout }));
    const got = json(await bob.callTool({ name: 'get_memory', arguments: { memory_id: added.results[0].id } }));
    assert.equal(got.user_id, 'bob');
  } finally {
    await bob.close();
  }
});
