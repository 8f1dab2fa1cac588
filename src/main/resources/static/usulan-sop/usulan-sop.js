// The SOP proposal page (no inline script: our Content-Security-Policy allows scripts from this server only).
  const HEADER = { 'X-EJKN-Request': 'usulan-sop' };
  const el = (tag, text) => { const e = document.createElement(tag); if (text != null) e.textContent = text; return e; };
  const pesan = (id, ok, text) => { const d = document.getElementById(id); d.className = 'pesan ' + (ok ? 'ok' : 'galat'); d.textContent = text; };
  let current = null;
  // day-first, in Kota Malang's time: "4 Des 2026, 22.25 WIB"
  const waktu = (iso) => iso ? new Date(iso).toLocaleString('id-ID', { timeZone: 'Asia/Jakarta', day: 'numeric',
    month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }) + ' WIB' : '';

  async function daftar() {
    const r = await fetch('/api/sop-proposals', { credentials: 'same-origin' });
    const tbody = document.getElementById('daftar'); tbody.replaceChildren();
    if (!r.ok) { const tr = el('tr'); tr.append(el('td', (await r.json()).message || 'Tidak dapat membaca usulan.')); tbody.append(tr); return; }
    for (const p of await r.json()) {
      const tr = el('tr'); tr.className = 'pilih'; tr.onclick = () => rinci(p.id);
      tr.append(el('td', p.id), el('td', p.description), el('td', p.statusText), el('td', p.proposedBy), el('td', p.approvedBy || p.refusedBy || ''));
      tbody.append(tr);
    }
  }

  async function rinci(id) {
    const r = await fetch('/api/sop-proposals/' + encodeURIComponent(id), { credentials: 'same-origin' });
    const p = await r.json(); current = p;
    document.getElementById('rinci').hidden = false;
    document.getElementById('judul').textContent = p.id + ' — ' + p.description;
    document.getElementById('status').textContent = p.statusText + ' · diajukan ' + p.proposedBy + ' ' + waktu(p.proposedAt)
      + (p.decidedAt ? ' · diputuskan ' + (p.approvedBy || p.refusedBy) + ' ' + waktu(p.decidedAt) : '')
      + (p.decisionReason ? ' · alasan: ' + p.decisionReason : '')
      + (p.deployedVersions.length ? ' · terbit: ' + p.deployedVersions.map(v => v.key + ' v' + v.version).join(', ') : '');
    const t = document.getElementById('temuan'); t.replaceChildren();
    if (!p.findings.length) t.append(el('li', 'Tidak ada temuan.'));
    p.findings.forEach(f => t.append(el('li', f.resource + ' · ' + f.element + ': ' + f.message + ' [' + f.code + ']')));
    const c = document.getElementById('perubahan'); c.replaceChildren();
    p.changes.forEach(x => c.append(el('li', x.file + ': ' + x.text)));
    const d = document.getElementById('diagram'); d.replaceChildren();
    for (const f of p.files.filter(f => f.type === 'BPMN')) {
      d.append(el('h3', f.name));
      const dua = el('div'); dua.className = 'dua';
      const lama = el('div'); const baru = el('div');
      lama.append(el('p', f.previousXml ? 'Versi yang berlaku' : 'Belum pernah terbit')); baru.append(el('p', 'Usulan'));
      const kl = el('div'); kl.className = 'kanvas'; const kb = el('div'); kb.className = 'kanvas';
      lama.append(kl); baru.append(kb); dua.append(lama, baru); d.append(dua);
      if (f.previousXml) { const v = new BpmnJS({ container: kl }); v.importXML(f.previousXml).then(() => v.get('canvas').zoom('fit-viewport')); }
      const v2 = new BpmnJS({ container: kb }); v2.importXML(f.xml).then(() => v2.get('canvas').zoom('fit-viewport'));
    }
    document.getElementById('keputusan').hidden = p.status !== 'AWAITING_APPROVAL';
    document.getElementById('pesanRinci').replaceChildren();
  }

  async function putuskan(aksi, body) {
    const r = await fetch('/api/sop-proposals/' + encodeURIComponent(current.id) + '/' + aksi, { method: 'POST',
      credentials: 'same-origin', headers: { ...HEADER, 'Content-Type': 'application/json' }, body: JSON.stringify(body || {}) });
    const j = await r.json();
    pesan('pesanRinci', r.ok, r.ok ? j.statusText : (j.message + (j.findings ? '\n' + j.findings.map(f => f.element + ': ' + f.message).join('\n') : '')));
    if (r.ok) { await daftar(); await rinci(current.id); }
  }
  document.getElementById('setujui').onclick = () => putuskan('approve');
  document.getElementById('tolak').onclick = () => putuskan('refuse', { reason: document.getElementById('alasan').value });

  document.getElementById('ajukan').onsubmit = async (e) => {
    e.preventDefault();
    // the browser's own "required" bubbles speak its language: the checks are said here, in Indonesian
    if (!document.getElementById('uraian').value.trim()) { pesan('pesanAjukan', false, 'Uraian perubahan wajib diisi.'); return; }
    if (!document.getElementById('berkas').files.length) { pesan('pesanAjukan', false, 'Pilih minimal satu berkas .bpmn, .dmn atau .form.'); return; }
    const data = new FormData(); data.append('description', document.getElementById('uraian').value);
    for (const f of document.getElementById('berkas').files) data.append('file', f, f.name);
    const r = await fetch('/api/sop-proposals', { method: 'POST', credentials: 'same-origin', headers: HEADER, body: data });
    const j = await r.json();
    pesan('pesanAjukan', r.ok, r.ok ? 'Usulan ' + j.id + ' menunggu persetujuan.' : j.message + (j.findings
      ? '\n' + j.findings.map(f => f.resource + ' · ' + f.element + ': ' + f.message).join('\n')
      : j.errors ? '\n' + j.errors.map(x => x.message).join('\n') : ''));
    await daftar(); if (j.id) await rinci(j.id);
  };
  daftar();
