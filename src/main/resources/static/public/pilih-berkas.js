// The browser's own file button speaks the browser's language ("Choose File", "No file chosen"). Every file input of
// the page is replaced on screen by an Indonesian button with the chosen file names beside it; the input itself stays
// (forms, keyboard and screen readers use it) but is not drawn. Used by /dokumen and /usulan-sop (no inline script: CSP).
document.querySelectorAll('input[type=file]').forEach(input => {
  const kosong = 'Belum ada berkas dipilih';
  Object.assign(input.style, { position: 'absolute', width: '1px', height: '1px', opacity: '0', padding: '0' });
  const tombol = document.createElement('label');
  tombol.htmlFor = input.id;
  tombol.className = 'pilih-berkas';
  tombol.textContent = 'Pilih berkas…';
  Object.assign(tombol.style, { display: 'inline-block', fontWeight: '400', background: '#e8eef5',
    border: '1px solid #b8c4d1', padding: '7px 14px', borderRadius: '6px', cursor: 'pointer', margin: '0 10px 0 0' });
  const nama = document.createElement('span');
  nama.id = input.id + 'Nama';
  nama.className = 'kecil';
  nama.textContent = kosong;
  const baris = document.createElement('div'); // the button and the names on a line of their own
  baris.append(tombol, nama);
  input.after(baris);
  const tampil = () => {
    const names = [...input.files].map(f => f.name);
    nama.textContent = names.length ? names.join(', ') : kosong;
  };
  input.addEventListener('change', tampil);
  input.addEventListener('focus', () => { tombol.style.outline = '2px solid #0b5394'; });
  input.addEventListener('blur', () => { tombol.style.outline = ''; });
  if (input.form) input.form.addEventListener('reset', () => setTimeout(tampil));
});
