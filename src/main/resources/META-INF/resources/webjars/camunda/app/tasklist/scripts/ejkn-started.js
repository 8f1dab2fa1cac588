/*
 * e-JKN Cekat: after "Mulai" the officer sees the application's number at once, with the receipt to print and the
 * page to upload the scans — Tasklist itself only says "Proses telah dimulai." (issue 12).
 *
 * The start form's submit (POST …/process-definition/{id}/submit-form) is watched at the XMLHttpRequest (Tasklist
 * sends it through the Camunda SDK's own HTTP client, not Angular's $http). Every start of an application answers
 * with the process instance, whose business key is the system's application number (JKN-yyyy-nnnnnn); for those, a
 * box stays at the top of the Tasklist until the officer closes it. A refused start (400: a field the server does
 * not accept) is said beside the "Mulai" button, where the officer is looking, with each field by its label —
 * Tasklist itself shows it at the top of the long dialog, out of sight. No inline
 * script or style attribute (the CSP allows neither): the box is built with the DOM and styled through CSSOM.
 */
define(['angular'], function (angular) {
  'use strict';

  var NUMBER = /^JKN-\d{4}-\d{6}$/;
  var START = /\/process-definition\/[^/]+\/submit-form$/;

  function link(href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = text;
    a.className = 'btn btn-default btn-sm';
    a.style.marginLeft = '8px';
    return a;
  }

  function show(number) {
    var old = document.getElementById('ejkn-started');
    if (old) {
      old.parentNode.removeChild(old);
    }
    var box = document.createElement('div');
    box.id = 'ejkn-started';
    box.className = 'alert alert-success';
    box.setAttribute('role', 'status');
    box.style.position = 'fixed';
    box.style.top = '70px';
    box.style.left = '50%';
    box.style.transform = 'translateX(-50%)';
    box.style.zIndex = '2000';
    box.style.maxWidth = '720px';
    box.style.boxShadow = '0 2px 8px rgba(0,0,0,.25)';

    var text = document.createElement('span');
    text.appendChild(document.createTextNode('Permohonan tersimpan dengan nomor '));
    var strong = document.createElement('strong');
    strong.className = 'ejkn-number';
    strong.textContent = number;
    text.appendChild(strong);
    text.appendChild(document.createTextNode('. Berikan tanda terima kepada warga, lalu unggah pindaian dokumennya.'));
    box.appendChild(text);

    var actions = document.createElement('div');
    actions.style.marginTop = '8px';
    actions.appendChild(link('/api/applications/' + encodeURIComponent(number) + '/receipt', 'Cetak tanda terima'));
    actions.appendChild(link('/dokumen/?no=' + encodeURIComponent(number), 'Unggah dokumen'));
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn btn-link btn-sm ejkn-close';
    close.textContent = 'Tutup';
    close.addEventListener('click', function () {
      box.parentNode.removeChild(box);
    });
    actions.appendChild(close);
    box.appendChild(actions);
    document.body.appendChild(box);
  }

  function refusal(body) {
    var footer = document.querySelector('.modal-dialog .modal-footer');
    if (!footer) {
      return;
    }
    var old = footer.querySelector('.ejkn-refusal');
    if (old) {
      old.parentNode.removeChild(old);
    }
    var box = document.createElement('div');
    box.className = 'ejkn-refusal alert alert-danger';
    box.setAttribute('role', 'alert');
    box.style.textAlign = 'left';
    box.style.marginBottom = '8px';
    var strong = document.createElement('strong');
    strong.textContent = 'Permohonan belum dapat disimpan. ';
    box.appendChild(strong);
    var errors = body && body.errors && body.errors.length ? body.errors : null;
    if (errors) {
      var list = document.createElement('ul');
      list.style.margin = '4px 0 0 0';
      errors.forEach(function (e) {
        var item = document.createElement('li');
        item.textContent = (e.label ? e.label + ': ' : '') + e.message;
        list.appendChild(item);
      });
      box.appendChild(list);
    } else {
      box.appendChild(document.createTextNode(body && body.message ? body.message : 'Periksa kembali isian formulir.'));
    }
    footer.insertBefore(box, footer.firstChild);
  }

  function clearRefusal() {
    var old = document.querySelector('.modal-dialog .ejkn-refusal');
    if (old) {
      old.parentNode.removeChild(old);
    }
  }

  function watchStarts() {
    var proto = window.XMLHttpRequest && window.XMLHttpRequest.prototype;
    if (!proto || proto.ejknWatched) {
      return;
    }
    proto.ejknWatched = true;
    var open = proto.open;
    var send = proto.send;
    proto.open = function (method, url) {
      this.ejknStart = String(method).toUpperCase() === 'POST' && START.test(String(url).split('?')[0]);
      return open.apply(this, arguments);
    };
    proto.send = function () {
      var xhr = this;
      if (xhr.ejknStart) {
        clearRefusal();
        xhr.addEventListener('load', function () {
          if (xhr.status >= 400 && xhr.status < 500 && xhr.status !== 401) {
            var body = null;
            try {
              body = JSON.parse(xhr.responseText);
            } catch (e) {
              body = null;
            }
            refusal(body);
            return;
          }
          if (xhr.status !== 200) {
            return;
          }
          try {
            var data = JSON.parse(xhr.responseText);
            if (data && typeof data.businessKey === 'string' && NUMBER.test(data.businessKey)) {
              show(data.businessKey);
            }
          } catch (e) {
            // not a process instance: nothing to show
          }
        });
      }
      return send.apply(this, arguments);
    };
  }

  watchStarts();
  return angular.module('ejkn.started', []);
});
