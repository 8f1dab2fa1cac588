/*
 * e-JKN Cekat — the auditors' pages: search over applications (running and finished) and the full audit trail
 * of one application, from GET /api/audit/… (read-only; personal data masked by the server where the viewer may
 * not see it). Used by the Cockpit route #/audit, the route #/audit/<number> and the process instance tab.
 */
import { apiBase, clear, durationMs, getJson, h, injectStyles, message, when } from './common.js';

const TYPES = [['', 'Semua jenis'], ['NEW', 'Pendaftaran baru'], ['SWITCH_FROM_MANDIRI', 'Peralihan dari mandiri'],
  ['URGENT_REACTIVATION', 'Reaktivasi mendesak']];
const STORE = 'ejkn-audit-search';

function badge(text, kind) {
  return h('span', { class: 'ejkn-badge' + (kind ? ' ' + kind : '') }, text);
}

function outcomeKind(outcome) {
  if (['ACTIVATED', 'ACTIVE', 'SELESAI'].includes(outcome)) {
    return 'ok';
  }
  if (['REJECTED', 'NOT_ELIGIBLE', 'MISSING_DOCUMENTS', 'ACTIVATION_FAILED', 'CANCELLED'].includes(outcome)) {
    return 'bad';
  }
  return 'warn';
}

function table(headers, rows) {
  if (!rows.length) {
    return h('p', { class: 'ejkn-muted' }, 'Tidak ada data.');
  }
  return h('table', { class: 'ejkn-table' },
    h('thead', {}, h('tr', {}, headers.map(x => h('th', {}, x)))),
    h('tbody', {}, rows.map(cells => h('tr', {}, cells.map(c =>
      c instanceof Node && c.tagName === 'TD' ? c : h('td', {}, c))))));
}

function wrap(text) {
  return h('td', { class: 'wrap' }, text);
}

/** A long value (JSON) collapsed behind its first 120 characters. */
function value(text) {
  if (text === null || text === undefined) {
    return h('td', { class: 'ejkn-muted' }, 'null');
  }
  const str = String(text);
  if (str.length <= 120) {
    return wrap(str);
  }
  let pretty = str;
  try {
    pretty = JSON.stringify(JSON.parse(str), null, 2);
  } catch (e) {
    pretty = str;
  }
  return h('td', { class: 'wrap' }, h('details', { class: 'ejkn-value' }, h('summary', {}, str.substring(0, 120) + '…'),
    h('pre', { style: 'white-space:pre-wrap;max-height:320px;overflow:auto' }, pretty)));
}

export function trailLink(id) {
  return '#/audit/' + encodeURIComponent(id);
}

/** The search page (#/audit). */
export function renderSearch(node) {
  injectStyles();
  clear(node);
  let saved = {};
  try {
    saved = JSON.parse(sessionStorage.getItem(STORE) || '{}');
  } catch (e) {
    saved = {};
  }
  const page = h('div', { class: 'ejkn-page' });
  node.appendChild(page);
  const number = h('input', { name: 'number', placeholder: 'JKN-2026-000123', value: saved.number || '' });
  const nik = h('input', { name: 'nik', placeholder: '16 angka', inputmode: 'numeric', maxlength: 16, value: saved.nik || '' });
  const kelurahan = h('select', { name: 'kelurahan' }, h('option', { value: '' }, 'Semua kelurahan'));
  const month = h('input', { name: 'month', type: 'month', value: saved.month || '' });
  const status = h('select', { name: 'status' }, [['', 'Semua'], ['SELESAI', 'Selesai'], ['BERJALAN', 'Sedang berjalan']]
    .map(([v, l]) => h('option', { value: v, selected: (saved.status || '') === v }, l)));
  const results = h('div', {});
  let offset = 0;

  getJson('/kpi/kelurahan').catch(() => null).then(list => {
    (list || []).forEach(k => kelurahan.appendChild(h('option', { value: k.code, selected: saved.kelurahan === k.code },
      k.name + ' (' + k.code + ')')));
  });

  async function search(event) {
    if (event) {
      event.preventDefault();
      offset = 0;
    }
    const criteria = { number: number.value.trim(), nik: nik.value.trim(), kelurahan: kelurahan.value || saved.kelurahan || '',
      month: month.value, status: status.value };
    sessionStorage.setItem(STORE, JSON.stringify(criteria));
    const query = new URLSearchParams();
    Object.entries(criteria).forEach(([k, v]) => v && query.set(k, v));
    query.set('limit', '50');
    query.set('offset', String(offset));
    message(results, 'Mencari…');
    try {
      const data = await getJson('/audit/applications?' + query.toString());
      clear(results);
      results.appendChild(h('p', { class: 'ejkn-muted' }, data.total + ' permohonan ditemukan' +
        (data.personalDataMasked ? ' — nama disamarkan sesuai peran Anda.' : '.')));
      results.appendChild(table(['Nomor', 'Jenis', 'Kelurahan', 'Pemohon', 'Diajukan oleh', 'Masuk', 'Selesai', 'Status', 'Hasil', ''],
        data.results.map(r => [
          h('a', { href: trailLink(r.applicationNumber) }, r.applicationNumber),
          r.typeLabel, r.kelurahanName, r.applicantName || '', r.submittedByLabel, when(r.submittedAt), when(r.endedAt),
          badge(r.statusLabel, r.status === 'SELESAI' ? 'ok' : 'warn'),
          r.outcomeLabel ? badge(r.outcomeLabel, outcomeKind(r.outcome)) : '',
          h('a', { class: 'ejkn-btn secondary', href: trailLink(r.applicationNumber) }, 'Jejak audit')
        ])));
      const pager = h('div', { class: 'ejkn-pager' });
      if (offset > 0) {
        pager.appendChild(h('button', { class: 'ejkn-btn secondary', type: 'button',
          onclick: () => { offset = Math.max(0, offset - 50); search(); } }, '‹ Sebelumnya'));
      }
      if (offset + data.results.length < data.total) {
        pager.appendChild(h('button', { class: 'ejkn-btn secondary', type: 'button',
          onclick: () => { offset += 50; search(); } }, 'Berikutnya ›'));
      }
      results.appendChild(pager);
    } catch (e) {
      message(results, e.message, 'error');
    }
  }

  page.appendChild(h('h1', {}, 'Jejak audit permohonan'));
  page.appendChild(h('p', { class: 'ejkn-muted' },
    'Cari permohonan — yang sedang berjalan maupun yang sudah selesai — menurut nomor, NIK (calon peserta, anggota KK ' +
    'atau pengaju) atau kelurahan, lalu buka jejak auditnya: setiap langkah, siapa yang mengerjakan, keputusan, ' +
    'perubahan data, insiden dan dokumen.'));
  page.appendChild(h('form', { class: 'ejkn-form', onsubmit: search },
    h('label', {}, 'Nomor permohonan', number), h('label', {}, 'NIK', nik), h('label', {}, 'Kelurahan', kelurahan),
    h('label', {}, 'Bulan pengajuan', month), h('label', {}, 'Status', status),
    h('button', { class: 'ejkn-btn', type: 'submit' }, 'Cari')));
  page.appendChild(results);
  search();
}

/** The trail of one application (#/audit/<number> or a process instance id), into node. */
export async function renderTrail(node, id, options = {}) {
  injectStyles();
  clear(node);
  const page = h('div', { class: 'ejkn-page' });
  node.appendChild(page);
  message(page, 'Memuat jejak audit…');
  let t;
  try {
    t = await getJson('/audit/applications/' + encodeURIComponent(id));
  } catch (e) {
    message(page, e.status === 404 ? 'Instans ini bukan permohonan e-JKN Cekat, atau riwayatnya sudah dibersihkan.' : e.message,
      e.status === 404 ? 'info' : 'error');
    return;
  }
  clear(page);
  const a = t.application;
  const csv = apiBase() + '/audit/applications/' + encodeURIComponent(a.applicationNumber) + '/trail.csv';
  page.appendChild(h('div', { style: 'display:flex;justify-content:space-between;align-items:center;flex-wrap:wrap;gap:8px' },
    h('h1', {}, 'Jejak audit ', a.applicationNumber, ' ', badge(a.statusLabel, a.status === 'SELESAI' ? 'ok' : 'warn'),
      a.outcomeLabel ? [' ', badge(a.outcomeLabel, outcomeKind(a.outcome))] : null),
    h('div', { style: 'display:flex;gap:8px' },
      h('a', { class: 'ejkn-btn', href: csv, download: 'jejak-audit-' + a.applicationNumber + '.csv' }, 'Unduh CSV'),
      options.embedded ? h('a', { class: 'ejkn-btn secondary', href: trailLink(a.applicationNumber) }, 'Buka halaman jejak')
        : h('a', { class: 'ejkn-btn secondary', href: '#/audit' }, 'Kembali ke pencarian'))));
  if (t.personalDataMasked) {
    page.appendChild(h('div', { class: 'ejkn-alert ejkn-alert-warn' }, t.maskingNote));
  }
  const field = (label, v) => h('div', {}, h('span', {}, label), v === null || v === undefined || v === '' ? '–' : v);
  page.appendChild(h('div', { class: 'ejkn-summary' },
    field('Jenis layanan', a.typeLabel), field('Kelurahan', a.kelurahanName + ' (' + a.kelurahanCode + ')'),
    field('Pemohon', a.applicantName), field('NIK pemohon', a.applicantNik), field('Diajukan oleh', a.submittedByLabel),
    field('Dicatat oleh', a.startedBy), field('Masuk', when(a.startedAt)), field('Selesai', when(a.endedAt)),
    field('Lama proses', a.durationMs === null ? null : durationMs(a.durationMs)),
    field('Berakhir di', a.endActivityName), field('Instans proses', a.processInstanceId)));

  const sections = [
    ['Linimasa', () => table(['Waktu', 'Kategori', 'Kejadian', 'Pengguna', 'Rincian'], t.events.map(e =>
      [when(e.time), badge(e.categoryLabel), e.title, e.userId || '', value(e.detail)]))],
    ['Aktivitas (' + t.activities.length + ')', () => table(['Mulai', 'Selesai', 'Durasi', 'Langkah', 'Jenis', 'Petugas'],
      t.activities.map(x => [when(x.startedAt), when(x.endedAt), durationMs(x.durationMs),
        [x.name || x.activityId, x.canceled ? [' ', badge('dibatalkan', 'bad')] : null], x.typeLabel, x.assignee || '']))],
    ['Tugas (' + t.tasks.length + ')', () => table(['Tugas', 'Grup', 'Dibuat', 'Tenggat', 'Diambil oleh', 'Diselesaikan oleh', 'Status'],
      t.tasks.map(x => [x.name, (x.candidateGroups || []).join(', '), when(x.createdAt),
        [when(x.dueAt), x.overdue ? [' ', badge('terlambat', 'bad')] : null],
        x.claimedBy ? x.claimedBy + ' · ' + when(x.claimedAt) : '',
        x.completedBy ? x.completedBy + ' · ' + when(x.completedAt) : '', x.endReason]))],
    ['Keputusan (' + t.decisions.length + ')', () => table(['Waktu', 'Keputusan', 'Langkah', 'Masukan', 'Keluaran'],
      t.decisions.map(d => [when(d.time) || (d.linkedToInstance ? '' : 'per calon'),
        [d.decisionName || d.decisionKey, h('div', { class: 'ejkn-muted' }, d.decisionKey)], d.activityName || '',
        wrap(d.inputs.map(i => i.name + ' = ' + (i.valueText === undefined ? i.value : i.valueText)).join('\n')),
        wrap(d.outputs.map(o => o.name + ' = ' + (o.valueText === undefined ? o.value : o.valueText)).join('\n'))]))],
    ['Calon peserta (' + t.candidates.length + ')', () => table(['Nama', 'NIK', 'Hubungan', 'Status BPJS', 'Kelayakan', 'FKTP', 'Hasil', 'Alasan'],
      t.candidates.map(c => [c.name, c.nik, c.relationship, [c.bpjsStatus, c.bpjsSegment].filter(Boolean).join(' / '),
        c.eligible === undefined ? '' : (c.eligible ? 'layak' : 'tidak layak') + (c.reason ? ' (' + c.reason + ')' : ''),
        c.fktpName || '', badge(c.outcomeLabel || c.outcome, outcomeKind(c.outcome)), wrap(c.outcomeText || '')]))],
    ['Perubahan data (' + t.variableChanges.length + ')', () => table(['Waktu', 'Variabel', 'Nilai', 'Revisi', 'Langkah', 'Pengguna'],
      t.variableChanges.map(v => [when(v.time), v.label || v.name, value(v.valueText === undefined ? v.value : v.valueText),
        v.revision, v.activityName || '', v.userId || '']))],
    ['Operasi pengguna (' + t.operations.length + ')', () => table(['Waktu', 'Pengguna', 'Operasi', 'Tugas', 'Properti', 'Dari', 'Menjadi'],
      t.operations.map(o => [when(o.time), o.userId || '', o.operationLabel, o.taskName || '', o.property || '',
        value(o.orgValue), value(o.newValue)]))],
    ['Insiden (' + t.incidents.length + ')', () => table(['Terjadi', 'Berakhir', 'Jenis', 'Langkah', 'Status', 'Pesan'],
      t.incidents.map(i => [when(i.createdAt), when(i.endedAt), i.type, i.activityId, badge(i.state,
        i.state === 'TERBUKA' ? 'bad' : 'ok'), wrap(i.message || '')]))],
    ['Dokumen (' + t.documents.length + ')', () => table(['Jenis', 'Berkas', 'Ukuran', 'Diunggah oleh', 'Waktu', 'SHA-256'],
      t.documents.map(d => [d.kind, d.link ? h('a', { href: apiBase().replace(/\/api$/, '') + d.link, target: '_blank',
        rel: 'noopener' }, d.fileName) : d.fileName, Math.round(d.size / 1024 * 10) / 10 + ' KiB', d.uploadedBy,
        when(d.uploadedAt), h('code', { title: d.sha256 }, d.sha256.substring(0, 12) + '…')]))]
  ];
  const tabs = h('div', { class: 'ejkn-tabs', role: 'tablist' });
  const body = h('div', {});
  const show = index => {
    Array.from(tabs.children).forEach((b, i) => {
      b.className = i === index ? 'active' : '';
      b.setAttribute('aria-selected', i === index ? 'true' : 'false');
    });
    clear(body);
    body.appendChild(sections[index][1]());
  };
  sections.forEach(([label], i) => tabs.appendChild(h('button', { type: 'button', role: 'tab', onclick: () => show(i) }, label)));
  page.appendChild(tabs);
  page.appendChild(body);
  show(0);
}
