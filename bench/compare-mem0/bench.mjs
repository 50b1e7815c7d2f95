// One phase of the side-by-side run, against a running `mnemo serve` (run.sh starts one per phase, each on a fresh
// database). Writes one JSON file.
//   node bench.mjs scale  --url http://127.0.0.1:PORT --work DIR --out FILE [--sizes 1000,10000,100000] [--queries 100]
//   node bench.mjs locomo --url http://127.0.0.1:PORT --work DIR --out FILE --data locomo-dev.json
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg, cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Mem0Side, ARCTIC_QUERY_PREFIX } from './mem0-side.mjs';
import { MnemoSide } from './mnemo-side.mjs';
import { sentences, questions } from './corpus.mjs';
import * as locomo from './locomo.mjs';

const DIMENSION = 384;
const MODEL = 'arctic-embed-xs';

function parseArgs(argv) {
  const args = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) {
      const key = argv[i].slice(2);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) args[key] = true;
      else args[key] = argv[++i];
    } else args._.push(argv[i]);
  }
  return args;
}

const log = (...parts) => process.stderr.write(`[compare-mem0] ${parts.join(' ')}\n`);
const round = (x, digits = 2) => (x == null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

function machine() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memory_gib: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    mem0ai: JSON.parse(readFileSync(new URL('./node_modules/mem0ai/package.json', import.meta.url))).version,
  };
}

async function scale(args) {
  const sizes = String(args.sizes ?? '1000,10000').split(',').map(Number).sort((a, b) => a - b);
  const queriesPerSize = Number(args.queries ?? 100);
  const maxQuerySeconds = Number(args['max-query-seconds'] ?? 60);
  const minQueries = Number(args['min-queries'] ?? 10);
  const warmup = 5;
  const batch = Number(args.batch ?? 32);
  const measureAddUpTo = Number(args['measure-add-up-to'] ?? 10000);
  const user = 'bench-user';
  const mnemo = new MnemoSide({ baseUrl: args.url, apiKey: args.key });
  const mem0 = new Mem0Side({ embedUrl: `${args.url}/v1`, apiKey: args.key ?? 'unused', dbPath: join(args.work, 'mem0-scale.db'), dimension: DIMENSION, model: MODEL });
  const sides = [mnemo, mem0];
  const texts = sentences(sizes.at(-1));
  // Distinct queries everywhere (warm-ups included), so Mnemo's query-embedding cache never hits.
  const pool = questions(sizes.length * 2 * (queriesPerSize + warmup) + 10);
  let next = 0;
  const stored = { mnemo: 0, mem0: 0 };
  const rows = [];
  for (const size of sizes) {
    const row = { size, add: {}, search: {} };
    // Interleaved size by size (Mnemo, then Mem0), so slow drifts of the shared machine hit both.
    for (const side of sides) {
      const from = stored[side.name];
      // Mem0 embeds one text per HTTP request; beyond --measure-add-up-to its store is grown with batched embeddings
      // through its own createMemory, and only search is measured there.
      const filling = side === mem0 && size > measureAddUpTo;
      const started = performance.now();
      let lastLog = started;
      for (let i = from; i < size; i += batch) {
        const chunk = texts.slice(i, Math.min(size, i + batch));
        if (filling) await mem0.fill(user, chunk);
        else await side.add(user, chunk);
        if (performance.now() - lastLog > 15000) {
          lastLog = performance.now();
          log(`${side.name}: ${Math.min(size, i + batch)} / ${size} memories`);
        }
      }
      const seconds = (performance.now() - started) / 1000;
      if (filling) mem0.endFill();
      stored[side.name] = size;
      row.add[side.name] = { memories: size - from, seconds: round(seconds, 3), per_second: round((size - from) / seconds, 1), ...(filling ? { filled: true } : {}) };
      log(`${side.name}: ${filling ? 'filled (not an add measurement)' : 'added'} ${size - from} in ${seconds.toFixed(1)} s (${((size - from) / seconds).toFixed(1)}/s), load ${loadavg()[0].toFixed(2)}`);
    }
    for (const side of sides) {
      for (let w = 0; w < warmup; w++) await side.search(user, pool[next++], 10);
      if (side === mem0) mem0.resetCounters();
      const latencies = [];
      let hits = 0;
      const started = performance.now();
      while (latencies.length < queriesPerSize && (latencies.length < minQueries || performance.now() - started < maxQuerySeconds * 1000)) {
        const q = pool[next++];
        const t0 = performance.now();
        const found = await side.search(user, q, 10);
        latencies.push(performance.now() - t0);
        hits += found.length;
      }
      const entry = {
        queries: latencies.length,
        p50_ms: round(locomo.percentile(latencies, 50)),
        p95_ms: round(locomo.percentile(latencies, 95)),
        mean_results: round(hits / latencies.length, 1),
      };
      if (side === mem0) {
        entry.embed_calls_per_query = round(mem0.embedCalls / latencies.length, 2);
        entry.embed_ms_per_query = round(mem0.embedMs / latencies.length);
      }
      row.search[side.name] = entry;
      log(`${side.name} @${size}: search p50 ${entry.p50_ms} ms, p95 ${entry.p95_ms} ms over ${entry.queries} queries`);
    }
    row.load_after = round(loadavg()[0]);
    rows.push(row);
  }
  mem0.checkNoLlm();
  return { batch, measure_add_up_to: measureAddUpTo, queries_per_size: queriesPerSize, max_query_seconds: maxQuerySeconds, rows };
}

async function locomoPhase(args) {
  const only = args.samples ? new Set(String(args.samples).split(',')) : null;
  const samples = locomo.load(args.data).filter((s) => !only || only.has(s.id));
  const mnemo = new MnemoSide({ baseUrl: args.url, apiKey: args.key });
  const mem0 = new Mem0Side({ embedUrl: `${args.url}/v1`, apiKey: args.key ?? 'unused', dbPath: join(args.work, 'mem0-locomo.db'), dimension: DIMENSION, model: MODEL });
  const total = samples.reduce((s, x) => s + x.sessions.reduce((t, y) => t + y.turns.length, 0), 0);
  const result = { dataset: 'locomo-dev', samples: samples.map((s) => s.id), conversations: samples.length, turns: total };
  for (const side of [mnemo, mem0]) {
    log(`${side.name}: ingesting ${total} turns`);
    const ingest = await locomo.ingest(side, samples);
    log(`${side.name}: ingested in ${ingest.seconds.toFixed(1)} s; asking`);
    if (side === mem0) mem0.resetCounters();
    const scored = await locomo.ask(side, samples, (n) => log(`${side.name}: ${n} questions`));
    if (side === mem0) {
      scored.embed_calls_per_query = round(mem0.embedCalls / scored.questions, 2);
      scored.embed_ms_per_query = round(mem0.embedMs / scored.questions);
    }
    result[side.name] = { ingest_seconds: round(ingest.seconds, 1), ...scored };
    log(`${side.name}: turn_frac@10 ${scored.recall[10]}, search p50 ${scored.search_ms.p50} ms`);
  }
  // Mem0 once more over the same store, its search-time embeddings given arctic's query instruction as Mnemo's are.
  mem0.queryPrefix = ARCTIC_QUERY_PREFIX;
  const prefixed = await locomo.ask(mem0, samples);
  result.mem0_query_prefix = prefixed;
  log(`mem0 + query prefix: turn_frac@10 ${prefixed.recall[10]}`);
  mem0.checkNoLlm();
  return result;
}

const args = parseArgs(process.argv.slice(2));
const phase = args._[0];
if (!args.url || !args.out || !args.work || !['scale', 'locomo'].includes(phase)) {
  log('usage: node bench.mjs scale|locomo --url URL --work DIR --out FILE [--data FILE] [--sizes ...] [--queries N]');
  process.exit(2);
}
mkdirSync(args.work, { recursive: true });
const load_before = round(loadavg()[0]);
const started = new Date().toISOString();
const body = phase === 'scale' ? await scale(args) : await locomoPhase(args);
writeFileSync(args.out, JSON.stringify({ phase, started, machine: machine(), load_before, load_after: round(loadavg()[0]), ...body }, null, 2));
log(`wrote ${args.out}`);
