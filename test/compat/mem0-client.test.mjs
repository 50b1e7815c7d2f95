// The official mem0ai MemoryClient (pinned in package.json) against a freshly started `mnemo serve`: every method
// Mnemo implements, unchanged, with a key from `mnemo keys create`. Run by test.sh with MNEMO_CLI_DLL set.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sleep, startServe } from './serve.mjs';

const timeout = 60_000; // the first embedding loads the ONNX model
let serve;
let host;
let apiKey;
let client;
let otherClient;

async function waitForEvent(eventId) {
  for (let i = 0; i < 200; i++) {
    const res = await fetch(`${host}/v1/event/${eventId}/`, { headers: { Authorization: `Token ${apiKey}` } });
    assert.equal(res.status, 200);
    const body = await res.json();
    if (body.status === 'SUCCEEDED' || body.status === 'FAILED') return body;
    await sleep(100);
  }
  throw new Error(`event ${eventId} did not finish`);
}

before(async () => {
  serve = await startServe('mnemo-mem0-compat-', ['acme', 'globex']);
  ({ host } = serve);
  apiKey = serve.keys.acme;
  const otherKey = serve.keys.globex;

  // Telemetry off and its config in the temp dir: the machine is offline and the client must not write to $HOME.
  process.env.MEM0_TELEMETRY = 'false';
  process.env.MEM0_DIR = serve.dir;
  const { MemoryClient } = await import('mem0ai');
  client = new MemoryClient({ apiKey, host });
  otherClient = new MemoryClient({ apiKey: otherKey, host });
});

after(async () => {
  await serve?.stop();
});

test('ping resolves the project of the key', { timeout }, async () => {
  await client.ping();
  assert.equal(client.projectId, 'acme');
});

test('add (v3, async by default) queues; the event succeeds; get, update, history, delete', { timeout }, async () => {
  const queued = await client.add([{ role: 'user', content: 'I drink a cortado every morning' }], { userId: 'alice', infer: false, metadata: { source: 'compat' } });
  assert.equal(queued[0].status, 'PENDING');
  const event = await waitForEvent(queued[0].eventId);
  assert.equal(event.status, 'SUCCEEDED');
  const id = event.results[0].id;

  const memory = await client.get(id);
  assert.equal(memory.memory, 'I drink a cortado every morning');
  assert.equal(memory.userId, 'alice');
  assert.deepEqual(memory.metadata, { source: 'compat' });

  const updated = await client.update(id, { text: 'I drink a flat white every morning' });
  assert.equal(updated.memory, 'I drink a flat white every morning');
  const history = await client.history(id);
  assert.deepEqual(history.map((h) => h.event), ['ADD', 'UPDATE']);

  const deleted = await client.delete(id);
  assert.match(deleted.message, /deleted/i);
  await assert.rejects(client.get(id), (e) => e.name === 'MemoryNotFoundError');
});

test('add with async_mode false returns the events; search and getAll find them', { timeout }, async () => {
  const added = await client.add([{ role: 'user', content: 'Works as a backend engineer in Lyon' }], { userId: 'alice', infer: false, asyncMode: false });
  assert.equal(added[0].event, 'ADD');
  await client.add([{ role: 'user', content: 'Plays the cello on weekends' }], { userId: 'alice', infer: false, asyncMode: false });
  await client.add([{ role: 'user', content: 'Bob likes chess' }], { userId: 'bob', infer: false, asyncMode: false });

  const found = await client.search('Where does alice work?', { filters: { user_id: 'alice' }, topK: 1, rerank: true });
  assert.equal(found.results.length, 1);
  assert.equal(found.results[0].memory, 'Works as a backend engineer in Lyon');
  assert.ok(found.results[0].score > 0);

  const page = await client.getAll({ filters: { AND: [{ user_id: 'alice' }] }, page: 1, pageSize: 1 });
  assert.equal(page.count, 2);
  assert.equal(page.results.length, 1);
  assert.ok(page.next);

  await assert.rejects(client.search('x', { filters: { user_id: 'alice', created_at: { bogus: 1 } } }), (e) => e.name === 'ValidationError');
});

test('another project key sees nothing', { timeout }, async () => {
  const found = await otherClient.search('backend engineer', { filters: { user_id: 'alice' } });
  assert.equal(found.results.length, 0);
  const page = await otherClient.getAll({ filters: { user_id: 'alice' } });
  assert.equal(page.count, 0);
  assert.equal((await otherClient.users()).count, 0);
});

test('batchUpdate and batchDelete', { timeout }, async () => {
  const a = (await client.add([{ role: 'user', content: 'Has a cat named Tom' }], { userId: 'carol', infer: false, asyncMode: false }))[0].id;
  const b = (await client.add([{ role: 'user', content: 'Lives in Oslo' }], { userId: 'carol', infer: false, asyncMode: false }))[0].id;
  const updated = await client.batchUpdate([{ memoryId: a, text: 'Has a cat named Jerry' }]);
  assert.match(updated.message, /updated 1/);
  assert.equal((await client.get(a)).memory, 'Has a cat named Jerry');
  const deleted = await client.batchDelete([a, b]);
  assert.match(deleted.message, /deleted 2/);
  assert.equal((await client.getAll({ filters: { user_id: 'carol' } })).count, 0);
});

test('users, deleteUser, deleteUsers, deleteAll', { timeout }, async () => {
  const users = await client.users();
  const names = users.results.map((u) => `${u.type}:${u.name}`).sort();
  assert.deepEqual(names, ['user:alice', 'user:bob']);
  assert.equal(users.results.find((u) => u.name === 'alice').totalMemories, 2);

  await client.deleteUser({ entity_type: 'user', entity_id: 'bob' });
  assert.equal((await client.getAll({ filters: { user_id: 'bob' } })).count, 0);

  await client.add([{ role: 'user', content: 'Dan runs marathons' }], { userId: 'dan', infer: false, asyncMode: false });
  const result = await client.deleteAll({ userId: 'dan' });
  assert.match(result.message, /deleted/i);
  assert.equal((await client.getAll({ filters: { user_id: 'dan' } })).count, 0);

  const all = await client.deleteUsers();
  assert.match(all.message, /deleted/);
  assert.equal((await client.users()).count, 0);
});

test('a bad key is rejected with AuthenticationError', { timeout }, async () => {
  const { MemoryClient } = await import('mem0ai');
  const bad = new MemoryClient({ apiKey: 'mnemo_not_a_key', host });
  await assert.rejects(bad.getAll({ filters: { user_id: 'alice' } }), (e) => e.name === 'AuthenticationError');
});
