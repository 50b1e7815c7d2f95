// Where a Mem0 OSS search spends its time at a given store size, without the embedding model: grows Mem0's SQLite
// "memory" store to --size memories (the corpus sentences of the scale phase, random unit vectors, stored through
// Mem0's own createMemory like the scale phase's fill) and times the two scans `Memory.search` runs on every query,
// called directly: `vectorStore.search` (cosine over every row) and `vectorStore.keywordSearch` (BM25 over every row),
// each with Memory.search's internal limit (max(4 x topK, 60)) and the user filter. Embedding calls are not included
// (the scale phase reports them separately).
//   MEM0_TELEMETRY=false HOME=/tmp/x node profile-mem0.mjs --size 100000 [--queries 5] --work DIR
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sentences, questions } from './corpus.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const size = Number(args.size ?? 100000);
const queries = Number(args.queries ?? 5);
if (!args.work || process.env.MEM0_TELEMETRY !== 'false') {
  process.stderr.write('usage: MEM0_TELEMETRY=false node profile-mem0.mjs --work DIR [--size N] [--queries N]\n');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { Memory } = require('mem0ai/oss');
const DIMENSION = 384;
const memory = new Memory({
  version: 'v1.1',
  embedder: { provider: 'openai', config: { apiKey: 'unused', baseURL: 'http://127.0.0.1:9/v1', model: 'none' } },
  vectorStore: { provider: 'memory', config: { collectionName: 'memories', dimension: DIMENSION, dbPath: join(args.work, 'mem0-profile.db') } },
  llm: { provider: 'openai', config: { apiKey: 'unused', baseURL: 'http://127.0.0.1:9/v1', model: 'none' } },
  disableHistory: true,
});
let seed = 1;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) - 0.5;
const unit = () => {
  const v = Array.from({ length: DIMENSION }, random);
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
};
const user = 'bench-user';
// Growing the store is not what is measured: no fsync per row (Mem0 commits each insert on its own).
memory.vectorStore.db.pragma('synchronous = OFF');
const log = (...parts) => process.stderr.write(`[profile-mem0] ${parts.join(' ')}\n`);
const texts = sentences(size);
let started = performance.now();
for (const text of texts) await memory.createMemory(text, { [text]: unit() }, { user_id: user });
log(`stored ${size} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const store = memory.vectorStore;
const filters = { user_id: user };
const limit = Math.max(10 * 4, 60);
const time = async (f) => { const t0 = performance.now(); await f(); return performance.now() - t0; };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const semantic = [];
const keyword = [];
await store.search(unit(), limit, filters);
await store.keywordSearch('warm up', limit, filters);
for (const q of questions(queries + 1).slice(1)) {
  semantic.push(await time(() => store.search(unit(), limit, filters)));
  keyword.push(await time(() => store.keywordSearch(q.toLowerCase(), limit, filters)));
}
const result = { size, queries, semantic_ms: Math.round(median(semantic)), keyword_ms: Math.round(median(keyword)), load: Number(loadavg()[0].toFixed(2)) };
log(JSON.stringify(result));
process.stdout.write(`${JSON.stringify(result)}\n`);
