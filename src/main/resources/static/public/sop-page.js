// SOP page: the deployed diagram in the bpmn-js viewer (vendored, no CDN), with zoom buttons and drag-to-pan
// (the plain viewer has neither), and the print button.
(function () {
  document.querySelectorAll('[data-print]').forEach(function (b) {
    b.addEventListener('click', function () { window.print(); });
  });
  var container = document.getElementById('sop-diagram');
  if (!container) { return; }
  function message(text) {
    var p = document.createElement('p');
    p.className = 'status';
    p.textContent = text;
    container.appendChild(p);
    return p;
  }
  if (typeof BpmnJS === 'undefined') { message('Diagram tidak dapat ditampilkan; lihat tabel prosedur di bawah.'); return; }
  var loading = message('Memuat diagram…');
  var viewer = new BpmnJS({ container: container });
  var canvas;

  function fit() {
    // the height follows the diagram's proportions, so a wide diagram is not lost in white space
    var box = canvas.viewbox().inner;
    if (box.width > 0) {
      var width = container.clientWidth;
      var height = Math.max(260, Math.min(640, Math.round(width * (box.height + 60) / (box.width + 60))));
      container.style.height = height + 'px';
      canvas.resized();
    }
    canvas.zoom('fit-viewport', 'auto');
  }

  function controls() {
    var bar = document.createElement('div');
    bar.className = 'diagram-controls no-print';
    [['+', 'Perbesar diagram', function () { canvas.zoom(canvas.zoom() * 1.25); }],
     ['−', 'Perkecil diagram', function () { canvas.zoom(canvas.zoom() / 1.25); }],
     ['Sesuaikan', 'Tampilkan seluruh diagram', fit]].forEach(function (c) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = c[0];
      b.setAttribute('aria-label', c[1]);
      b.title = c[1];
      b.addEventListener('click', c[2]);
      bar.appendChild(b);
    });
    container.parentNode.insertBefore(bar, container);
    var last = null;
    container.addEventListener('pointerdown', function (e) { last = { x: e.clientX, y: e.clientY }; container.classList.add('dragging'); });
    window.addEventListener('pointerup', function () { last = null; container.classList.remove('dragging'); });
    window.addEventListener('pointermove', function (e) {
      if (!last) { return; }
      canvas.scroll({ dx: e.clientX - last.x, dy: e.clientY - last.y });
      last = { x: e.clientX, y: e.clientY };
    });
  }

  fetch(container.getAttribute('data-src'))
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      loading.remove();
      canvas = viewer.get('canvas');
      controls();
      fit();
      var timer;
      window.addEventListener('resize', function () { clearTimeout(timer); timer = setTimeout(fit, 150); });
      window.addEventListener('beforeprint', fit);
    })
    .catch(function () { loading.textContent = 'Diagram tidak dapat dimuat; lihat tabel prosedur di bawah.'; });
})();
