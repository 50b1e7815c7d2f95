// A memory's history drawn as a timeline: one marker per change on a time axis, then the changes in order with their
// text and, for SUPERSEDE, a link to the memory that replaced this one.
import { h, s, formatTime } from './dom.js';

const H = 70;
const X0 = 24;

/** `width` is the width it will be shown at, so its labels keep the page's text size. */
export function timeline(history, memoryLink, width = 600) {
  const W = Math.max(320, Math.round(width));
  const X1 = W - 24;
  const times = history.map((e) => new Date(e.created_at).getTime());
  const min = Math.min(...times);
  const max = Math.max(...times);
  // Evenly spaced when the changes are close together (tests, one conversation); by time otherwise.
  const spread = max - min;
  const x = (t, i) => (history.length === 1 ? (X0 + X1) / 2
    : spread < 60_000 ? X0 + (i * (X1 - X0)) / (history.length - 1)
      : X0 + ((t - min) / spread) * (X1 - X0));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline-axis', role: 'img', 'aria-label': `History: ${history.map((e) => e.event).join(', ')}` },
    s('line', { x1: X0, y1: 28, x2: X1, y2: 28, class: 'axis' }),
    history.map((e, i) => s('g', { class: `ev ev-${e.event.toLowerCase()}` },
      s('circle', { cx: x(times[i], i), cy: 28, r: 8 }),
      s('text', { x: x(times[i], i), y: 56, 'text-anchor': i === 0 && history.length > 1 ? 'start' : i === history.length - 1 && history.length > 1 ? 'end' : 'middle', class: 'tick' }, e.event),
      s('title', {}, `${e.event} at ${formatTime(e.created_at)}`))));
  const list = h('ol', { class: 'timeline' }, history.map((e) => h('li', { class: `ev-${e.event.toLowerCase()}`, dataset: { event: e.event } },
    h('div', { class: 'ev-head' }, h('span', { class: `badge ev-badge ev-${e.event.toLowerCase()}` }, e.event), ' ', h('time', { datetime: e.created_at }, formatTime(e.created_at)), e.actor_id ? h('span', { class: 'muted' }, ` by ${e.actor_id}`) : null),
    e.old_memory !== null && e.old_memory !== undefined && e.event !== 'ADD' ? h('p', { class: 'old' }, h('span', { class: 'muted' }, 'before: '), e.old_memory) : null,
    e.new_memory !== null && e.new_memory !== undefined ? h('p', { class: 'new' }, h('span', { class: 'muted' }, e.event === 'SUPERSEDE' ? 'replaced by: ' : 'text: '), e.new_memory) : null,
    e.related_memory_id ? h('p', {}, memoryLink(e.related_memory_id, 'Open the memory that replaced it →')) : null)));
  return h('div', { class: 'timeline-box' }, svg, list);
}
