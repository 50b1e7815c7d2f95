// Mnemo through `mnemo serve`'s Mem0-compatible REST API: POST /v1/memories/ (infer off, synchronous) and
// POST /v2/memories/search/. Each call pays the HTTP round trip and, inside the server, the embedding.

export class MnemoSide {
  name = 'mnemo';

  /** @param {{baseUrl: string, apiKey?: string}} o */
  constructor(o) {
    this.baseUrl = o.baseUrl.replace(/\/$/, '');
    this.headers = { 'Content-Type': 'application/json', ...(o.apiKey ? { Authorization: `Token ${o.apiKey}` } : {}) };
  }

  async post(path, body) {
    const response = await fetch(this.baseUrl + path, { method: 'POST', headers: this.headers, body: JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
    }
    return JSON.parse(text);
  }

  /** Mnemo add with infer off: one memory per message, all messages of the call embedded in one batch. */
  async add(userId, texts, extra = {}) {
    const body = {
      messages: texts.map((t) => ({ role: 'user', content: t, ...(extra.name ? { name: extra.name } : {}) })),
      user_id: userId,
      infer: false,
      async_mode: false,
      ...(extra.metadata ? { metadata: extra.metadata } : {}),
      ...(extra.name ? { actor_id: extra.name } : {}),
      ...(extra.timestamp ? { timestamp: extra.timestamp } : {}),
    };
    const result = await this.post('/v1/memories/', body);
    const added = result.filter((r) => r.event === 'ADD').length;
    if (added !== texts.length) {
      throw new Error(`mnemo add stored ${added} of ${texts.length}: ${JSON.stringify(result).slice(0, 300)}`);
    }
  }

  async search(userId, query, limit) {
    const found = await this.post('/v2/memories/search/', { query, filters: { user_id: userId }, top_k: limit });
    return found.map((r) => ({ id: r.id, metadata: r.metadata ?? {} }));
  }

  /** One embedding call, as Mem0 sees the embedder (the same route and model). */
  async embed(texts) {
    const result = await this.post('/v1/embeddings', { input: texts, model: 'arctic-embed-xs' });
    return result.data.map((d) => d.embedding);
  }
}
