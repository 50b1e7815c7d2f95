// LoCoMo's retrieval protocol, the same as Mnemo's evaluator (src/Mnemo.Evaluation, `mnemo eval locomo`):
// each conversation in its own user scope (user id = sample id), one memory per turn ("<speaker>: <text>" plus
// " [image: <caption>]"), metadata dia_id and session; every conversation is ingested before the first question;
// each question of categories 1-4 with at least one evidence turn is searched raw with limit 20; turn_frac@K = the
// share of its evidence turns (ids that name no turn dropped, duplicates once) among the first K results' dia_id.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export const CUTOFFS = [1, 5, 10, 20];

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];

/** "1:56 pm on 8 May, 2023" as Unix seconds (UTC assumed, as Mnemo's LocomoDate). */
export function parseDate(text) {
  if (!text) return null;
  const m = /^(\d{1,2}):(\d{2})\s*(am|pm)\s+on\s+(\d{1,2})\s+([A-Za-z]+),?\s+(\d{4})$/i.exec(text.trim());
  if (!m) throw new Error(`Unrecognised LoCoMo session date '${text}'`);
  let hour = Number(m[1]) % 12;
  if (m[3].toLowerCase() === 'pm') hour += 12;
  const month = MONTHS.findIndex((name) => name.startsWith(m[5].toLowerCase().slice(0, 3)));
  return Date.UTC(Number(m[6]), month, Number(m[4]), hour, Number(m[2])) / 1000;
}

export function load(path) {
  const raw = JSON.parse(readFileSync(path, 'utf8'));
  return raw.map((sample) => {
    const conversation = sample.conversation;
    const sessions = [];
    for (const [key, value] of Object.entries(conversation)) {
      const m = /^session_(\d+)$/.exec(key);
      if (!m || !Array.isArray(value)) continue;
      const number = Number(m[1]);
      const date = parseDate(conversation[`${key}_date_time`]);
      sessions.push({
        number,
        date,
        turns: value.map((t) => ({
          diaId: t.dia_id,
          session: number,
          speaker: t.speaker ?? '',
          text: (t.blip_caption ?? '').trim() ? `${t.speaker}: ${t.text ?? ''} [image: ${t.blip_caption}]` : `${t.speaker}: ${t.text ?? ''}`,
        })),
      });
    }
    sessions.sort((a, b) => a.number - b.number);
    const turnIds = new Set(sessions.flatMap((s) => s.turns.map((t) => t.diaId)));
    const questions = (sample.qa ?? [])
      .map((q) => ({
        question: q.question,
        category: q.category,
        evidence: [...new Set((q.evidence ?? []).filter((e) => typeof e === 'string' && turnIds.has(e)))],
      }))
      .filter((q) => q.category >= 1 && q.category <= 4 && q.evidence.length > 0);
    return { id: sample.sample_id, sessions, questions };
  });
}

function turnFraction(retrieved, evidence, k) {
  const wanted = new Set(evidence);
  const found = new Set(retrieved.slice(0, k).filter((id) => id != null && wanted.has(id)));
  return found.size / wanted.size;
}

export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** Ingests every sample into `side`, one add per turn (each with its own metadata), and returns the time taken. */
export async function ingest(side, samples, progress) {
  const started = performance.now();
  let turns = 0;
  for (const sample of samples) {
    for (const session of sample.sessions) {
      for (const turn of session.turns) {
        await side.add(sample.id, [turn.text], {
          name: turn.speaker,
          metadata: { dia_id: turn.diaId, session: turn.session },
          timestamp: session.date ?? undefined,
        });
        turns++;
      }
      progress?.(turns);
    }
  }
  return { turns, seconds: (performance.now() - started) / 1000 };
}

/** Asks every scored question and scores the results. */
export async function ask(side, samples, progress) {
  const perQuestion = [];
  for (const sample of samples) {
    for (const q of sample.questions) {
      const started = performance.now();
      const found = await side.search(sample.id, q.question, CUTOFFS.at(-1));
      const ms = performance.now() - started;
      const retrieved = found.map((r) => (typeof r.metadata?.dia_id === 'string' ? r.metadata.dia_id : null));
      perQuestion.push({ category: q.category, ms, fractions: CUTOFFS.map((k) => turnFraction(retrieved, q.evidence, k)) });
      if (perQuestion.length % 100 === 0) progress?.(perQuestion.length);
    }
  }
  const mean = (rows, i) => (100 * rows.reduce((s, r) => s + r.fractions[i], 0)) / rows.length;
  const recall = Object.fromEntries(CUTOFFS.map((k, i) => [k, round2(mean(perQuestion, i))]));
  const byCategory = {};
  for (const c of [1, 2, 3, 4]) {
    const rows = perQuestion.filter((r) => r.category === c);
    if (rows.length) byCategory[c] = { n: rows.length, recall: Object.fromEntries(CUTOFFS.map((k, i) => [k, round2(mean(rows, i))])) };
  }
  const ms = perQuestion.map((r) => r.ms);
  return {
    questions: perQuestion.length,
    recall,
    by_category: byCategory,
    search_ms: { p50: round2(percentile(ms, 50)), p95: round2(percentile(ms, 95)) },
  };
}

function round2(x) {
  return x == null ? null : Math.round(x * 100) / 100;
}
