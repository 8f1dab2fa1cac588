/*
 * e-JKN Cekat — the leaders' dashboard: one month, the whole city or one kelurahan, as charts. Data from
 * GET /api/kpi (ADR 0007). Used by the Cockpit route #/kpi and by the stand-alone page /kpi.
 */
import { barChart, lineChart, PALETTE, stackedBarChart } from './charts.js';
import { clear, getJson, h, hours, injectStyles, message, percent } from './common.js';

const OUTCOMES = [
  { key: 'ACTIVATED', label: 'Kartu aktif', color: '#5aa469' },
  { key: 'PARTIALLY_ACTIVATED', label: 'Sebagian aktif', color: '#a3c86b' },
  { key: 'REJECTED', label: 'Ditolak', color: '#c0504d' },
  { key: 'MISSING_DOCUMENTS', label: 'Dokumen belum lengkap', color: '#e0a030' },
  { key: 'ACTIVATION_FAILED', label: 'Aktivasi gagal', color: '#8064a2' },
  { key: 'CANCELLED', label: 'Dibatalkan', color: '#9b9b9b' }
];
const RELATIONS = [
  { key: 'SELF', label: 'Diajukan sendiri', color: '#2f6b9a' },
  { key: 'FAMILY_MEMBER', label: 'Anggota keluarga', color: '#4bacc6' },
  { key: 'OTHER', label: 'Orang lain (dengan kuasa)', color: '#f79646' }
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const MONTH_NAMES = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
  'November', 'Desember'];

function monthName(ym) {
  const [y, m] = ym.split('-');
  return MONTH_NAMES[Number(m) - 1] + ' ' + y;
}

function monthLabel(ym) {
  const [y, m] = ym.split('-');
  return MONTHS[Number(m) - 1] + ' ' + y.substring(2);
}

function tile(value, label, hint) {
  return h('div', { class: 'ejkn-tile', title: hint || '' }, h('div', { class: 'value' }, value), h('div', { class: 'label' }, label));
}

function chart(title, note, content) {
  return h('section', { class: 'ejkn-chart' }, h('h3', {}, title), note ? h('div', { class: 'ejkn-muted' }, note) : null, content);
}

function currentMonth() {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit' })
    .formatToParts(new Date());
  return parts.find(p => p.type === 'year').value + '-' + parts.find(p => p.type === 'month').value;
}

export function renderKpi(node) {
  injectStyles();
  clear(node);
  const page = h('div', { class: 'ejkn-page' });
  node.appendChild(page);
  const params = new URLSearchParams((window.location.hash.split('?')[1]) || window.location.search);
  const month = h('input', { type: 'month', name: 'month', value: params.get('month') || currentMonth() });
  const kelurahan = h('select', { name: 'kelurahan' }, h('option', { value: '' }, 'Seluruh Kota Malang'));
  const body = h('div', {});
  getJson('/kpi/kelurahan').then(list => list.forEach(k => kelurahan.appendChild(
    h('option', { value: k.code, selected: params.get('kelurahan') === k.code }, k.name)))).catch(() => null);

  async function load(event) {
    if (event) {
      event.preventDefault();
    }
    message(body, 'Menghitung…');
    const query = new URLSearchParams({ month: month.value || currentMonth() });
    if (kelurahan.value || params.get('kelurahan')) {
      query.set('kelurahan', kelurahan.value || params.get('kelurahan'));
    }
    params.delete('kelurahan');
    try {
      draw(body, await getJson('/kpi?' + query.toString()));
    } catch (e) {
      message(body, e.message, 'error');
    }
  }

  page.appendChild(h('h1', {}, 'Dasbor kinerja layanan e-JKN Cekat'));
  page.appendChild(h('form', { class: 'ejkn-form', onsubmit: load },
    h('label', {}, 'Bulan', month), h('label', {}, 'Kelurahan', kelurahan),
    h('button', { class: 'ejkn-btn', type: 'submit' }, 'Tampilkan')));
  page.appendChild(body);
  load();
}

function draw(node, r) {
  clear(node);
  const apps = r.applications;
  node.appendChild(h('p', { class: 'ejkn-muted' }, r.kelurahanName + ' — permohonan yang selesai pada ' +
    monthName(r.month) + '. Waktu dihitung dari permohonan dicatat di kelurahan sampai selesai.'));
  node.appendChild(h('div', { class: 'ejkn-tiles' },
    tile(apps.received, 'permohonan masuk'),
    tile(apps.finished, 'permohonan selesai'),
    tile(hours(r.cycleTime.medianHours), 'median waktu penyelesaian', 'setengah permohonan selesai dalam waktu ini'),
    tile(hours(r.cycleTime.p90Hours), 'persentil 90 waktu penyelesaian', '9 dari 10 permohonan selesai dalam waktu ini'),
    tile(percent(r.representatives.share), 'diajukan oleh perwakilan', 'bukan oleh peserta sendiri (temuan studi lapangan)'),
    tile(r.urgent.breached + ' / ' + r.urgent.finished, 'mendesak melewati 3×24 jam', 'pelanggaran tercatat bulan ini: ' +
      r.urgent.breachesRecorded),
    tile(r.overdueTasks.completedLate, 'tugas selesai melewati tenggat'),
    tile(r.overdueTasks.openNow, 'tugas terbuka lewat tenggat (saat ini)')));

  const types = [...new Set(apps.byTypeAndOutcome.map(x => x.type))];
  const grid = h('div', { class: 'ejkn-charts' });
  grid.appendChild(chart('Permohonan selesai menurut jenis dan hasil', null,
    stackedBarChart('Permohonan selesai menurut jenis dan hasil', types.map(type => ({
      label: apps.byTypeAndOutcome.find(x => x.type === type).typeLabel,
      parts: OUTCOMES.map(o => ({ key: o.key, value: (apps.byTypeAndOutcome.find(x => x.type === type && x.outcome === o.key) || {}).count || 0 }))
    })), OUTCOMES)));
  grid.appendChild(chart('Waktu penyelesaian, 12 bulan terakhir', 'median dan persentil 90 (jam); batang: jumlah selesai',
    lineChart('Waktu penyelesaian 12 bulan', r.trend.map(x => x.month), [
      { label: 'Median', color: PALETTE[0], values: r.trend.map(x => x.medianHours) },
      { label: 'Persentil 90', color: '#c0504d', values: r.trend.map(x => x.p90Hours) }
    ], { categoryLabel: monthLabel, format: v => hours(v),
      bars: { label: 'Jumlah selesai', color: '#4bacc6', values: r.trend.map(x => x.finished) } })));
  grid.appendChild(chart('Waktu kerja per instansi', 'median durasi tugas (batang) dan persentil 90 (garis merah); angka: tugas terlambat',
    barChart('Waktu kerja per instansi', r.agencies.map(a => ({
      label: a.label, value: a.medianHours, marker: a.p90Hours, markerText: hours(a.p90Hours),
      text: hours(a.medianHours) + ' · ' + a.tasks + ' tugas' + (a.overdue ? ' · ' + a.overdue + ' terlambat' : '')
    })), { markerLabel: 'Persentil 90', labelWidth: 170 })));
  grid.appendChild(chart('Siapa yang mengajukan', 'porsi permohonan oleh perwakilan: ' + percent(r.representatives.share),
    h('div', {},
      stackedBarChart('Pengaju permohonan', [{ label: monthLabel(r.month),
        parts: RELATIONS.map(rel => ({ key: rel.key, value: (r.representatives.byRelation.find(x => x.relation === rel.key) || {}).count || 0 })) }],
      RELATIONS, { percent: true, labelWidth: 70 }),
      lineChart('Porsi perwakilan 12 bulan', r.trend.map(x => x.month), [
        { label: 'Porsi oleh perwakilan', color: '#f79646', values: r.trend.map(x => x.representativeShare === null ? null : x.representativeShare * 100) }
      ], { categoryLabel: monthLabel, format: v => Math.round(v) + '%' }))));
  grid.appendChild(chart('Alasan penolakan terbanyak', 'per calon peserta',
    barChart('Alasan penolakan terbanyak', r.rejectionReasons.map(x => ({ label: x.label, value: x.count, color: '#c0504d' })),
      { labelWidth: 230 })));
  node.appendChild(grid);
}
