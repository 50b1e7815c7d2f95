// Charts as inline SVG built with DOM calls (no library, nothing fetched): bars for counts per day or minute.
import { h, s, formatNumber } from './dom.js';

const H = 160;
const PAD = { top: 12, right: 8, bottom: 22, left: 36 };

/**
 * A bar chart of `values` with `labels` under the first, middle and last bars.
 * `width` is the width it will be shown at, so that its text keeps the page's size (the SVG still scales on resize).
 * @param {{title: string, values: number[], labels: string[], unit?: string, width?: number}} options
 */
export function barChart({ title, values, labels, unit = '', width = 600 }) {
  const W = Math.max(280, Math.round(width));
  const max = Math.max(1, ...values);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const step = innerW / Math.max(1, values.length);
  const bar = Math.max(1, step * 0.8);
  const total = values.reduce((a, b) => a + b, 0);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `${title}: ${formatNumber(total)} in all, at most ${formatNumber(max)}${unit} in one` , class: 'chart' , preserveAspectRatio: 'xMidYMid meet' },
    s('line', { x1: PAD.left, y1: PAD.top + innerH, x2: W - PAD.right, y2: PAD.top + innerH, class: 'axis' }),
    s('text', { x: PAD.left - 6, y: PAD.top + 4, 'text-anchor': 'end', class: 'tick' }, formatNumber(max)),
    s('text', { x: PAD.left - 6, y: PAD.top + innerH, 'text-anchor': 'end', class: 'tick' }, '0'),
    values.map((v, i) => {
      const height = (v / max) * innerH;
      return s('rect', { x: PAD.left + i * step + (step - bar) / 2, y: PAD.top + innerH - height, width: bar, height: Math.max(height, v > 0 ? 1 : 0), class: 'bar' },
        s('title', {}, `${labels[i]}: ${formatNumber(v)}${unit}`));
    }),
    [0, Math.floor(values.length / 2), values.length - 1].filter((i, k, a) => i >= 0 && a.indexOf(i) === k).map((i) =>
      s('text', { x: PAD.left + i * step + step / 2, y: H - 6, 'text-anchor': i === 0 ? 'start' : i === values.length - 1 ? 'end' : 'middle', class: 'tick' }, labels[i] ?? '')));
  return h('figure', { class: 'chart-box' }, h('figcaption', {}, title), svg);
}

/** Horizontal bars for one search result's explanation: each signal in [0, 1]. */
export function explanationBars(parts) {
  return h('dl', { class: 'explain' }, parts.map(([name, value, raw]) => [
    h('dt', {}, name),
    h('dd', {},
      h('span', { class: 'meter', 'aria-hidden': 'true' }, meterFill(value)),
      h('span', { class: 'num' }, value === null || value === undefined ? '—' : formatNumber(value, 3)),
      raw !== undefined && raw !== null ? h('span', { class: 'raw muted' }, `raw ${formatNumber(raw, 3)}`) : null),
  ]));
}

function meterFill(value) {
  const fill = h('span', { class: 'fill' });
  fill.style.width = `${Math.round(Math.max(0, Math.min(1, value ?? 0)) * 100)}%`;
  return fill;
}
