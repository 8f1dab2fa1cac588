/*
 * e-JKN Cekat — shared helpers of the Cockpit pages (audit trail, KPI dashboard) and of the stand-alone /kpi page.
 * Plain ES modules, no build step, no third-party code. Every value from the server is put into the page as text
 * (textContent), never as HTML: the trail shows what officers typed.
 */

/** Base URL of our REST API: the webapp's app-root (…/camunda) minus the webapp path, plus /api. */
export function apiBase() {
  if (window.EJKN_API_BASE) {
    return window.EJKN_API_BASE;
  }
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '';
  return appRoot.replace(/\/camunda\/?$/, '') + '/api';
}

/** GET JSON with the webapp session (no password needed); errors carry the server's Indonesian message. */
export async function getJson(path) {
  const response = await fetch(apiBase() + path, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const message = (body && body.message) ||
      (response.status === 401 ? 'Sesi berakhir: silakan masuk kembali.' :
        response.status === 403 ? 'Anda tidak berwenang melihat halaman ini.' :
          'Permintaan gagal (HTTP ' + response.status + ').');
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return body;
}

/** h('div', {class: 'x', onclick: fn}, 'text', child…) — children are nodes or text (never parsed as HTML). */
export function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.substring(2), value);
    } else if (key === 'class') {
      node.className = value;
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(node, child);
    } else if (child instanceof Node) {
      node.appendChild(child);
    } else {
      node.appendChild(document.createTextNode(String(child)));
    }
  }
}

export function clear(node) {
  while (node.firstChild) {
    node.removeChild(node.firstChild);
  }
}

const DATE_TIME = new Intl.DateTimeFormat('id-ID', {
  day: '2-digit', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit',
  timeZone: 'Asia/Jakarta'
});

/** ISO time → "26 Nov 2026 10.15.02" (WIB); empty for none. */
export function when(iso) {
  if (!iso) {
    return '';
  }
  const d = new Date(iso);
  return isNaN(d) ? iso : DATE_TIME.format(d);
}

export function hours(value) {
  if (value === null || value === undefined) {
    return '–';
  }
  if (value < 1) {
    const minutes = Math.round(value * 60);
    return minutes < 1 ? '< 1 mnt' : minutes + ' mnt';
  }
  if (value >= 48) {
    return (Math.round(value / 2.4) / 10).toLocaleString('id-ID') + ' hari';
  }
  return (Math.round(value * 10) / 10).toLocaleString('id-ID') + ' jam';
}

export function durationMs(ms) {
  if (ms === null || ms === undefined) {
    return '';
  }
  if (ms < 1000) {
    return ms + ' md';
  }
  const s = Math.round(ms / 1000);
  if (s < 120) {
    return s + ' dtk';
  }
  const m = Math.round(s / 60);
  return m < 120 ? m + ' mnt' : hours(m / 60);
}

export function percent(share) {
  return share === null || share === undefined ? '–' : (Math.round(share * 1000) / 10).toLocaleString('id-ID') + ' %';
}

export function message(node, text, kind) {
  clear(node);
  node.appendChild(h('div', { class: 'ejkn-alert ejkn-alert-' + (kind || 'info'), role: 'alert' }, text));
}

/** Styles of our pages, once per document; in Cockpit they sit on top of its Bootstrap theme. */
export function injectStyles() {
  if (document.getElementById('ejkn-styles')) {
    return;
  }
  const css = `
  .ejkn-page { padding: 14px 20px 40px; font-size: 14px; color: #333; }
  .ejkn-page h1 { font-size: 22px; margin: 4px 0 12px; }
  .ejkn-page h2 { font-size: 17px; margin: 18px 0 8px; }
  .ejkn-page h3 { font-size: 15px; margin: 12px 0 6px; }
  .ejkn-form { display: flex; flex-wrap: wrap; gap: 10px; align-items: flex-end; margin-bottom: 14px; }
  .ejkn-form label { display: flex; flex-direction: column; font-weight: 600; font-size: 12px; gap: 3px; }
  .ejkn-form input, .ejkn-form select { padding: 5px 8px; border: 1px solid #bbb; border-radius: 3px; min-width: 150px; font-weight: normal; font-size: 14px; }
  .ejkn-btn { padding: 6px 14px; border: 1px solid #2f6b9a; background: #2f6b9a; color: #fff; border-radius: 3px; cursor: pointer; text-decoration: none; display: inline-block; font-size: 14px; }
  .ejkn-btn.secondary { background: #fff; color: #2f6b9a; }
  .ejkn-btn:hover { opacity: .9; color: #fff; text-decoration: none; }
  .ejkn-btn.secondary:hover { color: #2f6b9a; }
  .ejkn-table { border-collapse: collapse; width: 100%; margin-bottom: 10px; }
  .ejkn-table th, .ejkn-table td { border-bottom: 1px solid #e3e3e3; padding: 5px 7px; text-align: left; vertical-align: top; }
  .ejkn-table th { background: #f4f6f8; font-size: 12px; text-transform: uppercase; letter-spacing: .02em; }
  .ejkn-table td.wrap { max-width: 520px; word-break: break-word; white-space: pre-wrap; }
  .ejkn-badge { display: inline-block; padding: 1px 7px; border-radius: 9px; font-size: 11px; font-weight: 600; background: #e8eef4; color: #2f4f6b; white-space: nowrap; }
  .ejkn-badge.ok { background: #dff0d8; color: #2d6a2d; } .ejkn-badge.bad { background: #f8dede; color: #8a2a2a; }
  .ejkn-badge.warn { background: #fcf0d4; color: #7a5a10; }
  .ejkn-alert { padding: 9px 12px; border-radius: 3px; margin: 8px 0; }
  .ejkn-alert-info { background: #eef5fb; border: 1px solid #c9dff0; }
  .ejkn-alert-warn { background: #fcf8e3; border: 1px solid #efe1b3; }
  .ejkn-alert-error { background: #f8dede; border: 1px solid #e4b9b9; }
  .ejkn-tabs { display: flex; flex-wrap: wrap; gap: 4px; border-bottom: 2px solid #2f6b9a; margin: 14px 0 10px; }
  .ejkn-tabs button { border: 1px solid #ccd; border-bottom: none; background: #f4f6f8; padding: 6px 12px; cursor: pointer; border-radius: 3px 3px 0 0; font-size: 13px; }
  .ejkn-tabs button.active { background: #2f6b9a; color: #fff; border-color: #2f6b9a; }
  .ejkn-summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 6px 18px; margin: 8px 0; }
  .ejkn-summary div span { display: block; font-size: 11px; color: #777; text-transform: uppercase; }
  .ejkn-tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(165px, 1fr)); gap: 10px; margin: 10px 0 16px; }
  .ejkn-tile { border: 1px solid #dde3ea; border-radius: 4px; padding: 10px 12px; background: #fff; }
  .ejkn-tile .value { font-size: 24px; font-weight: 700; color: #2f6b9a; }
  .ejkn-tile .label { font-size: 12px; color: #555; white-space: normal; overflow-wrap: anywhere; }
  .ejkn-charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr)); gap: 16px; }
  .ejkn-chart { border: 1px solid #dde3ea; border-radius: 4px; padding: 10px 12px; background: #fff; }
  .ejkn-chart h3 { margin-top: 0; }
  .ejkn-chart svg { width: 100%; height: auto; font-family: inherit; }
  .ejkn-legend { display: flex; flex-wrap: wrap; gap: 10px; font-size: 12px; margin-top: 4px; }
  .ejkn-legend i { display: inline-block; width: 11px; height: 11px; margin-right: 4px; vertical-align: -1px; border-radius: 2px; }
  .ejkn-muted { color: #777; font-size: 12px; }
  .ejkn-pager { display: flex; gap: 8px; align-items: center; margin-top: 8px; }
  details.ejkn-value summary { cursor: pointer; color: #2f6b9a; }
  `;
  document.head.appendChild(h('style', { id: 'ejkn-styles' }, css));
}
