// Reads the phase results (scale.json, locomo.json, mnemo-eval.json in --results DIR), prints the ratio table,
// writes summary.json (for the chart) and, with --write FILE, replaces the text between
// <!-- bench:mem0:begin --> and <!-- bench:mem0:end --> in FILE (docs/BENCHMARKS.md).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = opt('results');
const write = opt('write');
const note = opt('note') ?? '';
if (!dir) {
  process.stderr.write('usage: node report.mjs --results DIR [--write docs/BENCHMARKS.md] [--note TEXT]\n');
  process.exit(2);
}
const read = (name) => (existsSync(join(dir, name)) ? JSON.parse(readFileSync(join(dir, name), 'utf8')) : null);
// scale.json, plus any scale-*.json (e.g. a 100k run done separately): rows merged by size, the later file winning.
const scaleFiles = readdirSync(dir).filter((f) => /^scale(-.+)?\.json$/.test(f)).sort();
const scaleParts = scaleFiles.map(read);
const scale = scaleParts.length === 0 ? null : {
  ...scaleParts[0],
  load_text: scaleParts.map((p) => `${p.load_before} before, ${p.load_after} after`).join(' / '),
  rows: [...new Map(scaleParts.flatMap((p) => p.rows).map((r) => [r.size, r])).values()].sort((a, b) => a.size - b.size),
};
const loco = read('locomo.json');
const evalJson = read('mnemo-eval.json');
const any = scale ?? loco;
if (!any) {
  process.stderr.write(`no results in ${dir}\n`);
  process.exit(1);
}

const n0 = (x) => (x == null ? '-' : Math.round(x).toLocaleString('en-US'));
const f1 = (x) => (x == null ? '-' : x.toFixed(1));
const f2 = (x) => (x == null ? '-' : x.toFixed(2));
const times = (x) => (x == null || !isFinite(x) ? '-' : `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}x`);

const summary = { machine: any.machine, date: any.started.slice(0, 10), scale: [], add: null, locomo: null };
const lines = [];
const loads = [];

if (scale) {
  loads.push(`scale phase ${scale.load_text}`);
  let mnemoSeconds = 0;
  let mem0Seconds = 0;
  let memories = 0;
  lines.push(`| Memories in scope | Mnemo search p50 / p95 (ms) | Mem0 search p50 / p95 (ms) | Mem0 embedding per query (ms, calls) | Search p50 ratio | Queries (Mnemo / Mem0) | Mnemo add, this step (mem/s) | Mem0 add, this step (mem/s) | Add ratio |`);
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of scale.rows) {
    const a = row.search.mnemo;
    const b = row.search.mem0;
    const filled = !!row.add.mem0.filled;
    if (!filled) {
      mnemoSeconds += row.add.mnemo.seconds;
      mem0Seconds += row.add.mem0.seconds;
      memories += row.add.mnemo.memories;
    }
    const searchRatio = b.p50_ms / a.p50_ms;
    const addRatio = filled ? null : row.add.mnemo.per_second / row.add.mem0.per_second;
    summary.scale.push({ size: row.size, mnemo: a, mem0: b, add_mnemo: row.add.mnemo.per_second, add_mem0: filled ? null : row.add.mem0.per_second, search_ratio: searchRatio, add_ratio: addRatio });
    lines.push(`| ${n0(row.size)} | ${f1(a.p50_ms)} / ${f1(a.p95_ms)} | ${f1(b.p50_ms)} / ${f1(b.p95_ms)} | ${f1(b.embed_ms_per_query)}, ${f1(b.embed_calls_per_query)} | **${times(searchRatio)}** | ${a.queries} / ${b.queries} | ${n0(row.add.mnemo.per_second)} | ${filled ? 'not measured (filled)' : n0(row.add.mem0.per_second)} | ${filled ? '-' : `**${times(addRatio)}**`} |`);
  }
  summary.add = { memories, mnemo: memories / mnemoSeconds, mem0: memories / mem0Seconds, ratio: mem0Seconds / mnemoSeconds, batch: scale.batch };
}

const locoLines = [];
if (loco) {
  loads.push(`LoCoMo phase ${loco.load_before} before, ${loco.load_after} after`);
  const row = (label, r, extra = '') =>
    `| ${label} | ${f1(r.recall[1])} | ${f1(r.recall[5])} | **${f1(r.recall[10])}** | ${f1(r.recall[20])} | ${[1, 2, 3, 4].map((c) => f1(r.by_category[c]?.recall[10])).join(' | ')} | ${r.search_ms ? `${f1(r.search_ms.p50)} / ${f1(r.search_ms.p95)}` : extra} |`;
  locoLines.push('| System | @1 | @5 | @10 | @20 | @10 multi-hop | @10 temporal | @10 open-domain | @10 single-hop | Search p50 / p95 (ms) |');
  locoLines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  locoLines.push(row('Mnemo (REST, this harness)', loco.mnemo));
  if (evalJson) {
    const e = {
      recall: evalJson.recall,
      by_category: Object.fromEntries(Object.entries(evalJson.by_category).map(([k, v]) => [k, { recall: v.recall }])),
      search_ms: { p50: evalJson.latency_ms.search_p50, p95: evalJson.latency_ms.search_p95 },
    };
    locoLines.push(row('Mnemo (`mnemo eval locomo`, in-process)', e));
  }
  locoLines.push(row('Mem0 OSS (as shipped)', loco.mem0));
  locoLines.push(row('Mem0 OSS + arctic query prefix', loco.mem0_query_prefix));
  summary.locomo = {
    questions: loco.mnemo.questions,
    mnemo: loco.mnemo.recall[10],
    mnemo_eval: evalJson?.recall?.[10] ?? null,
    mem0: loco.mem0.recall[10],
    mem0_prefix: loco.mem0_query_prefix.recall[10],
    mnemo_search_p50: loco.mnemo.search_ms.p50,
    mem0_search_p50: loco.mem0.search_ms.p50,
  };
}

const m = any.machine;
const out = [];
out.push(`_Measured ${summary.date}, ${m.cpu}, ${m.cores} cores, ${m.memory_gib} GiB RAM, Node ${m.node}, mem0ai ${m.mem0ai}. Load average (1 min): ${loads.join('; ')}.${note ? ` ${note}` : ''}_`);
out.push('');
if (summary.add) {
  const a = summary.add;
  out.push(`**Add (infer off)**: Mnemo ${n0(a.mnemo)} memories/s, Mem0 ${n0(a.mem0)} memories/s over ${n0(a.memories)} memories each: **Mnemo ${times(a.ratio)}**. ` +
    `**Search** (limit 10, one user scope): Mnemo is ${summary.scale.map((s) => `**${times(s.search_ratio)}**`).join(' / ')} faster at p50 at ${summary.scale.map((s) => n0(s.size)).join(' / ')} memories.` +
    (summary.locomo ? ` **LoCoMo turn_frac@10**: Mnemo ${f1(summary.locomo.mnemo)}, Mem0 ${f1(summary.locomo.mem0)} (${f1(summary.locomo.mem0_prefix)} with the query prefix).` : ''));
  out.push('');
  out.push(...lines);
  out.push('');
}
if (locoLines.length) {
  out.push(`LoCoMo dev split, ${loco.turns} turns in ${loco.conversations} conversations, ${loco.mnemo.questions} questions (categories 1-4), turn_frac@K in percent. Ingest (one add per turn): Mnemo ${f1(loco.mnemo.ingest_seconds)} s, Mem0 ${f1(loco.mem0.ingest_seconds)} s.`);
  out.push('');
  out.push(...locoLines);
  out.push('');
}
out.push('![Mem0 vs Mnemo](img/mem0-vs-mnemo.png)');
const section = out.join('\n');
process.stdout.write(`${section}\n`);
writeFileSync(join(dir, 'summary.json'), JSON.stringify(summary, null, 2));

if (write) {
  const begin = '<!-- bench:mem0:begin -->';
  const end = '<!-- bench:mem0:end -->';
  const doc = readFileSync(write, 'utf8');
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) {
    process.stderr.write(`no ${begin} ... ${end} markers in ${write}\n`);
    process.exit(1);
  }
  writeFileSync(write, `${doc.slice(0, i + begin.length)}\n${section}\n${doc.slice(j)}`);
  process.stderr.write(`[compare-mem0] wrote the mem0 section of ${write}\n`);
}
