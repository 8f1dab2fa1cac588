// The document page: lists the kelurahan's applications, uploads a scan, lists the uploaded ones (no inline script: CSP).
const HEADER = { 'X-EJKN-Request': 'dokumen' };
const nomor = document.getElementById('nomor');
const pesan = document.getElementById('pesan');
const tampil = (teks, ok) => { pesan.className = 'pesan ' + (ok ? 'ok' : 'galat'); pesan.textContent = teks; };
const esc = s => String(s).replace(/[&<>"']/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));

// a document kind as the officer reads it (the upload form's own labels), never the code
const jenisLabel = kode => { const o = [...document.getElementById('jenis').options].find(x => x.value === kode); return o ? o.text : kode; };

async function muatPermohonan() {
  const r = await fetch('/api/applications', { credentials: 'same-origin', headers: HEADER });
  if (r.status === 401) {
    tampil('Halaman ini memakai sesi Tasklist Anda: masuk ke Tasklist (/camunda/app/tasklist/) sebagai petugas kelurahan, lalu muat ulang halaman ini.', false);
    return;
  }
  if (!r.ok) { tampil('Daftar permohonan tidak dapat dimuat (' + r.status + ').', false); return; }
  const list = await r.json();
  const pilih = new URLSearchParams(location.search).get('no');
  nomor.innerHTML = list.map(a => `<option value="${esc(a.applicationNumber)}">${esc(a.applicationNumber)} — ${esc(a.applicantName || '')} — ${a.status === 'IN_PROGRESS' ? 'diproses' : 'selesai'}</option>`).join('');
  if (!list.length) tampil('Belum ada permohonan dari kelurahan Anda.', false);
  if (pilih) { if (![...nomor.options].some(o => o.value === pilih)) nomor.add(new Option(pilih, pilih)); nomor.value = pilih; }
  await muatDokumen();
}
async function muatDokumen() {
  const no = nomor.value;
  document.getElementById('tandaTerima').href = no ? `/api/applications/${encodeURIComponent(no)}/receipt` : '#';
  if (!no) return;
  const r = await fetch(`/api/applications/${encodeURIComponent(no)}/documents`, { credentials: 'same-origin', headers: HEADER });
  const docs = r.ok ? await r.json() : [];
  document.getElementById('daftar').innerHTML = docs.map(d =>
    `<tr><td>${esc(jenisLabel(d.kind))}</td><td><a href="/api/applications/${encodeURIComponent(no)}/documents/${esc(d.id)}" target="_blank">${esc(d.fileName)}</a></td><td>${esc(d.uploadedBy)}</td></tr>`).join('');
}
nomor.addEventListener('change', muatDokumen);
document.getElementById('unggah').addEventListener('submit', async e => {
  e.preventDefault();
  // the browser's own "required" bubble speaks its language: the check is said here, in Indonesian
  if (!document.getElementById('berkas').files.length) { tampil('Pilih berkas pindaian yang akan diunggah (PDF, JPEG atau PNG).', false); return; }
  const data = new FormData(e.target);
  const r = await fetch(`/api/applications/${encodeURIComponent(nomor.value)}/documents`,
    { method: 'POST', body: data, credentials: 'same-origin', headers: HEADER });
  if (r.status === 201) { tampil('Dokumen tersimpan.', true); e.target.reset(); await muatDokumen(); return; }
  let b = {}; try { b = await r.json(); } catch (x) {}
  tampil((b.errors && b.errors.map(x => x.message).join(' ')) || b.message || ('Gagal menyimpan (' + r.status + ').'), false);
});
muatPermohonan();
