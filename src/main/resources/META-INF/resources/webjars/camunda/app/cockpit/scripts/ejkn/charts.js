/*
 * e-JKN Cekat — small inline SVG charts (no library, no CDN): horizontal bars, stacked bars and a line chart.
 * Every chart carries a <title> and an aria-label for screen readers; the numbers sit next to the bars.
 */
import { h } from './common.js';

const SVG = 'http://www.w3.org/2000/svg';
export const PALETTE = ['#2f6b9a', '#5aa469', '#e0a030', '#c0504d', '#8064a2', '#4bacc6', '#9b9b9b', '#f79646'];

function s(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) {
      node.setAttribute(k, String(v));
    }
  }
  for (const c of children) {
    if (c === null || c === undefined) {
      continue;
    }
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function svg(width, height, label) {
  return s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label }, s('title', {}, label));
}

function empty(label) {
  return h('div', { class: 'ejkn-muted' }, label + ': belum ada data pada periode ini.');
}

/** Horizontal bars: rows [{label, value, text?, marker?}] (marker: a second value drawn as a tick, e.g. p90). */
export function barChart(label, rows, options = {}) {
  if (!rows.length) {
    return empty(label);
  }
  const labelWidth = options.labelWidth || 190;
  const width = 560;
  const barArea = width - labelWidth - 90;
  const rowHeight = 24;
  const max = Math.max(...rows.map(r => Math.max(r.value || 0, r.marker || 0))) || 1;
  const chart = svg(width, rows.length * rowHeight + 8, label);
  rows.forEach((r, i) => {
    const y = i * rowHeight + 4;
    const w = Math.max(1, (r.value || 0) / max * barArea);
    chart.appendChild(s('text', { x: labelWidth - 6, y: y + 15, 'text-anchor': 'end', 'font-size': 12, fill: '#333' },
      r.label.length > 30 ? r.label.substring(0, 29) + '…' : r.label));
    chart.appendChild(s('rect', { x: labelWidth, y: y + 3, width: w, height: rowHeight - 8, rx: 2,
      fill: r.color || options.color || PALETTE[0] }, s('title', {}, r.label + ': ' + (r.text || r.value))));
    if (r.marker) {
      const mx = labelWidth + r.marker / max * barArea;
      chart.appendChild(s('line', { x1: mx, x2: mx, y1: y + 1, y2: y + rowHeight - 3, stroke: '#c0504d', 'stroke-width': 3 },
        s('title', {}, (options.markerLabel || 'penanda') + ': ' + (r.markerText || r.marker))));
    }
    chart.appendChild(s('text', { x: labelWidth + Math.max(w, r.marker ? r.marker / max * barArea : 0) + 6, y: y + 15,
      'font-size': 12, fill: '#333' }, r.text || r.value));
  });
  return chart;
}

/** Stacked horizontal bars: rows [{label, parts: [{key, value}]}], series [{key, label, color}]. */
export function stackedBarChart(label, rows, series, options = {}) {
  if (!rows.length) {
    return empty(label);
  }
  const labelWidth = options.labelWidth || 170;
  const width = 560;
  const barArea = width - labelWidth - 50;
  const rowHeight = 28;
  const totals = rows.map(r => r.parts.reduce((a, p) => a + p.value, 0));
  const max = options.percent ? 1 : Math.max(...totals) || 1;
  const chart = svg(width, rows.length * rowHeight + 8, label);
  rows.forEach((r, i) => {
    const y = i * rowHeight + 4;
    let x = labelWidth;
    chart.appendChild(s('text', { x: labelWidth - 6, y: y + 17, 'text-anchor': 'end', 'font-size': 12, fill: '#333' }, r.label));
    for (const p of r.parts) {
      const serie = series.find(x2 => x2.key === p.key) || { label: p.key, color: '#999' };
      const value = options.percent ? p.value / (totals[i] || 1) : p.value;
      const w = value / max * barArea;
      if (w <= 0) {
        continue;
      }
      chart.appendChild(s('rect', { x, y: y + 3, width: w, height: rowHeight - 8, fill: serie.color },
        s('title', {}, serie.label + ': ' + p.value)));
      if (w > 22) {
        chart.appendChild(s('text', { x: x + w / 2, y: y + 17, 'text-anchor': 'middle', 'font-size': 11, fill: '#fff' },
          options.percent ? Math.round(value * 100) + '%' : p.value));
      }
      x += w;
    }
    if (!options.percent) {
      chart.appendChild(s('text', { x: x + 6, y: y + 17, 'font-size': 12, fill: '#333' }, totals[i]));
    }
  });
  return h('div', {}, chart, legend(series.filter(se => rows.some(r => r.parts.some(p => p.key === se.key && p.value)))));
}

/** Line chart over categories (months): series [{label, color, values: [number|null]}], optional bars. */
export function lineChart(label, categories, series, options = {}) {
  const width = 560;
  const height = 220;
  const left = 44;
  const right = options.bars ? 40 : 12;
  const top = 10;
  const bottom = 34;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const all = series.flatMap(se => se.values).filter(v => v !== null && v !== undefined);
  if (!all.length && !(options.bars && options.bars.values.some(v => v))) {
    return empty(label);
  }
  const max = Math.max(1, ...all) * 1.1;
  const chart = svg(width, height, label);
  const step = categories.length > 1 ? plotW / (categories.length - 1) : plotW;
  const xAt = i => left + (categories.length > 1 ? i * step : plotW / 2);
  const yAt = v => top + plotH - v / max * plotH;
  for (let g = 0; g <= 4; g++) {
    const v = max * g / 4;
    chart.appendChild(s('line', { x1: left, x2: left + plotW, y1: yAt(v), y2: yAt(v), stroke: '#eee' }));
    chart.appendChild(s('text', { x: left - 5, y: yAt(v) + 4, 'text-anchor': 'end', 'font-size': 10, fill: '#777' },
      options.format ? options.format(v) : Math.round(v)));
  }
  if (options.bars) {
    const bmax = Math.max(1, ...options.bars.values) * 1.1;
    const bw = Math.max(4, step * 0.5);
    options.bars.values.forEach((v, i) => {
      if (!v) {
        return;
      }
      const bh = v / bmax * plotH;
      chart.appendChild(s('rect', { x: xAt(i) - bw / 2, y: top + plotH - bh, width: bw, height: bh, fill: options.bars.color,
        opacity: 0.35 }, s('title', {}, categories[i] + ' — ' + options.bars.label + ': ' + v)));
    });
    chart.appendChild(s('text', { x: width - 4, y: top + 8, 'text-anchor': 'end', 'font-size': 10, fill: '#777' },
      'maks ' + Math.max(...options.bars.values)));
  }
  categories.forEach((c, i) => {
    if (categories.length <= 12 || i % 2 === 0) {
      chart.appendChild(s('text', { x: xAt(i), y: height - 14, 'text-anchor': 'middle', 'font-size': 10, fill: '#555' },
        options.categoryLabel ? options.categoryLabel(c) : c));
    }
  });
  for (const se of series) {
    let path = '';
    se.values.forEach((v, i) => {
      if (v === null || v === undefined) {
        return;
      }
      path += (path ? ' L' : 'M') + xAt(i).toFixed(1) + ' ' + yAt(v).toFixed(1);
      chart.appendChild(s('circle', { cx: xAt(i), cy: yAt(v), r: 3, fill: se.color },
        s('title', {}, categories[i] + ' — ' + se.label + ': ' + (options.format ? options.format(v) : v))));
    });
    if (path) {
      chart.appendChild(s('path', { d: path, fill: 'none', stroke: se.color, 'stroke-width': 2 }));
    }
  }
  const keys = series.map(se => ({ label: se.label, color: se.color }));
  if (options.bars) {
    keys.push({ label: options.bars.label, color: options.bars.color });
  }
  return h('div', {}, chart, legend(keys));
}

export function legend(series) {
  return h('div', { class: 'ejkn-legend' },
    series.map(se => h('span', {}, h('i', { style: 'background:' + se.color }), se.label)));
}
