// Mem0's own open-source implementation (npm mem0ai, `Memory` from 'mem0ai/oss'), run offline: telemetry off
// (MEM0_TELEMETRY=false, set by run.sh before node starts), its SQLite-backed "memory" vector store, history disabled,
// infer off on every add, embeddings from `mnemo serve`'s OpenAI-compatible /v1/embeddings, and an LLM pointing at a
// dead local port that must never be called (counted and checked).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

// The CommonJS build: its optional `require('compromise')` (entity extraction) works there; the ESM build cannot
// require and silently falls back to regexes. CommonJS is what a Node user of `require('mem0ai/oss')` gets.
const require = createRequire(import.meta.url);
const { Memory } = require('mem0ai/oss');

/** arctic-embed-xs's query instruction, the same string Mnemo's ONNX embedder prepends to queries. */
export const ARCTIC_QUERY_PREFIX = 'Represent this sentence for searching relevant passages: ';

export class Mem0Side {
  name = 'mem0';

  /**
   * @param {{embedUrl: string, apiKey?: string, dbPath: string, dimension: number, model: string, queryPrefix?: string}} o
   */
  constructor(o) {
    if (process.env.MEM0_TELEMETRY !== 'false') {
      throw new Error('MEM0_TELEMETRY=false must be set before mem0ai is loaded (run.sh does).');
    }
    this.memory = new Memory({
      version: 'v1.1',
      embedder: { provider: 'openai', config: { apiKey: o.apiKey ?? 'unused', baseURL: o.embedUrl, model: o.model } },
      vectorStore: { provider: 'memory', config: { collectionName: 'memories', dimension: o.dimension, dbPath: o.dbPath } },
      llm: { provider: 'openai', config: { apiKey: 'unused', baseURL: 'http://127.0.0.1:9/v1', model: 'none' } },
      disableHistory: true,
    });
    this.llmCalls = 0;
    this.embedCalls = 0;
    this.embedTexts = 0;
    this.embedMs = 0;
    const llm = this.memory.llm;
    const original = llm.generateResponse.bind(llm);
    llm.generateResponse = async (...args) => {
      this.llmCalls++;
      return original(...args);
    };
    // Count and time the embedding HTTP calls, so search latency can be split into embedding and the rest. With
    // queryPrefix set, search-time embeddings get arctic's query instruction (Mem0's OpenAI embedder has no notion of
    // query vs document input; Mnemo's embedder adds it for queries).
    const embedder = this.memory.embedder;
    const embed = embedder.embed.bind(embedder);
    const embedBatch = embedder.embedBatch.bind(embedder);
    this.rawEmbedBatch = (texts) => embedBatch(texts, 'add');
    this.queryPrefix = o.queryPrefix ?? '';
    embedder.embed = async (text, action) => {
      const started = performance.now();
      try {
        return await embed(action === 'search' ? this.queryPrefix + text : text, action);
      } finally {
        this.embedCalls++;
        this.embedTexts++;
        this.embedMs += performance.now() - started;
      }
    };
    embedder.embedBatch = async (texts, action) => {
      const started = performance.now();
      try {
        return await embedBatch(action === 'search' ? texts.map((t) => this.queryPrefix + t) : texts, action);
      } finally {
        this.embedCalls++;
        this.embedTexts += texts.length;
        this.embedMs += performance.now() - started;
      }
    };
  }

  /** Mem0 add with infer off: one memory per message (Mem0 embeds them one by one). */
  async add(userId, texts, extra = {}) {
    const messages = texts.map((t) => ({ role: 'user', content: t, ...(extra.name ? { name: extra.name } : {}) }));
    const result = await this.memory.add(messages, { userId, infer: false, metadata: extra.metadata ?? {} });
    if (result.results.length !== texts.length) {
      throw new Error(`mem0 add stored ${result.results.length} of ${texts.length}`);
    }
  }

  /**
   * Grows the store without timing Mem0's add: the texts are embedded in one batched request, then stored through
   * Mem0's own `createMemory` (the step its infer-off add runs per message, given the vector), so the rows are exactly
   * what `add` writes. Used only to reach large sizes for the search measurement.
   */
  async fill(userId, texts) {
    // Mem0 commits every row on its own; while filling (not measured) the fsync per row is skipped, which makes the
    // fill several times faster. endFill() restores the setting before anything is measured.
    const db = this.memory.vectorStore.db;
    this.synchronous ??= db.pragma('synchronous', { simple: true });
    db.pragma('synchronous = OFF');
    const vectors = await this.rawEmbedBatch(texts);
    for (let i = 0; i < texts.length; i++) {
      await this.memory.createMemory(texts[i], { [texts[i]]: vectors[i] }, { user_id: userId });
    }
  }

  /** Restores the SQLite synchronous setting fill() turned off. */
  endFill() {
    if (this.synchronous !== undefined) {
      this.memory.vectorStore.db.pragma(`synchronous = ${this.synchronous}`);
      this.synchronous = undefined;
    }
  }

  /** Mem0 search (its defaults: threshold 0.1, semantic + BM25 + entity boost), returning the results. */
  async search(userId, query, limit) {
    const found = await this.memory.search(query, { filters: { user_id: userId }, topK: limit });
    return found.results.map((r) => ({ id: r.id, metadata: r.metadata ?? {} }));
  }

  resetCounters() {
    this.embedCalls = 0;
    this.embedTexts = 0;
    this.embedMs = 0;
  }

  checkNoLlm() {
    if (this.llmCalls !== 0) {
      throw new Error(`mem0 called its LLM ${this.llmCalls} times with infer off`);
    }
  }
}
