/*
 * e-JKN Cekat: Camunda Forms (form-js, as bundled in Tasklist 7.24) in Bahasa Indonesia, with day-first dates.
 *
 * form-js 7.24 hard-codes its English texts ("Field is required.", "Field must match pattern ^[0-9]{16}$.",
 * "Add new", "Select", "Search", "No results") and takes the date order of its date input from the browser's
 * language (an en-US browser types 04/12/1985 for 12 April). This module, loaded by config.js before any form is
 * shown:
 *  - makes the browser's default date format Indonesian (dd/mm/yyyy) for every formatter that asks for "the
 *    browser's default" — form-js's date input among them — so dates are day-first whatever the browser's language;
 *  - translates form-js's texts as they appear (a MutationObserver on the forms), field messages read like a person
 *    wrote them: "NIK harus 16 angka." instead of the pattern, from the field's own label;
 *  - gives the calendar Indonesian month and day names and Monday as the first day;
 *  - proposes a family member's birth date from the NIK (DDMMYY, women +40) when the birth date is still empty: the
 *    officer confirms or corrects it, and the server checks the two agree either way.
 * Nothing here changes what is submitted beyond the birth date the officer sees proposed in the field.
 */
define(['angular'], function (angular) {
  'use strict';

  // ---- dates: the browser's default date format is Indonesian -------------------------------------------------
  var NativeDateTimeFormat = Intl.DateTimeFormat;
  if (!NativeDateTimeFormat.ejknIndonesian) {
    var IndonesianDefault = function (locales, options) {
      var byDefault = locales === undefined || locales === 'default';
      if (byDefault) {
        locales = 'id-ID';
        if (options === undefined) {
          options = {day: '2-digit', month: '2-digit', year: 'numeric'};
        }
      }
      return new NativeDateTimeFormat(locales, options);
    };
    IndonesianDefault.prototype = NativeDateTimeFormat.prototype;
    IndonesianDefault.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf;
    IndonesianDefault.ejknIndonesian = true;
    Intl.DateTimeFormat = IndonesianDefault;
  }

  // ---- texts ----------------------------------------------------------------------------------------------------
  /** What a pattern asks for, in words; the field's label goes in front ("NIK harus 16 angka."). */
  var PATTERNS = [
    {pattern: /^\^\[0-9\]\{(\d+)\}\$$/, words: function (m) { return 'harus ' + m[1] + ' angka'; }},
    {pattern: /8\[0-9 -\]/, words: function () {
      return 'harus nomor HP Indonesia: diawali 08 atau +62 8, 10 sampai 15 angka';
    }}
  ];

  var TEXTS = {
    'Add new': 'Tambah baris',
    'Collapse': 'Ringkas',
    'Select': 'Pilih',
    'Search': 'Cari',
    'No results': 'Tidak ada pilihan yang cocok',
    'All values selected': 'Semua pilihan sudah dipilih'
  };

  function labelOf(errorElement) {
    var field = errorElement.closest('.fjs-form-field');
    var label = field && field.querySelector('.fjs-form-field-label');
    return label ? label.textContent.replace(/\*/g, '').trim() : '';
  }

  function withLabel(label, words) {
    return label ? label + ' ' + words + '.' : words.charAt(0).toUpperCase() + words.slice(1) + '.';
  }

  /** The Indonesian message for one of form-js's English field messages; null if it is not one of them. */
  function fieldMessage(text, label) {
    var m;
    if (text === 'Field is required.') {
      return label ? label + ' wajib diisi.' : 'Wajib diisi.';
    }
    if ((m = /^Field must match pattern (.*)\.$/.exec(text))) {
      for (var i = 0; i < PATTERNS.length; i++) {
        var p = PATTERNS[i].pattern.exec(m[1]);
        if (p) {
          return withLabel(label, PATTERNS[i].words(p));
        }
      }
      return withLabel(label, 'tidak sesuai format yang diminta');
    }
    if ((m = /^Field must have minimum length of (\d+)\.$/.exec(text))) {
      return withLabel(label, 'minimal ' + m[1] + ' karakter');
    }
    if ((m = /^Field must have maximum length of (\d+)\.$/.exec(text))) {
      return withLabel(label, 'maksimal ' + m[1] + ' karakter');
    }
    if ((m = /^Field must have minimum value of (.+)\.$/.exec(text))) {
      return withLabel(label, 'paling kecil ' + m[1]);
    }
    if ((m = /^Field must have maximum value of (.+)\.$/.exec(text))) {
      return withLabel(label, 'paling besar ' + m[1]);
    }
    if (text === 'Field must be a valid email.') {
      return withLabel(label, 'harus alamat e-mail yang benar, misalnya nama@contoh.id');
    }
    if (/^Field must be a valid\s+international phone number/.test(text)) {
      return withLabel(label, 'harus nomor telepon internasional, misalnya +6281234567890');
    }
    return null;
  }

  function translateErrors(root) {
    var items = root.querySelectorAll('.fjs-form-field-error li');
    for (var i = 0; i < items.length; i++) {
      var text = items[i].textContent.trim();
      var indonesian = fieldMessage(text, labelOf(items[i]));
      var node = items[i].firstChild;
      // change form-js's own text node: replaced, it would be put back beside ours on the next render
      if (indonesian && indonesian !== text && node && node.nodeType === Node.TEXT_NODE && !node.nextSibling) {
        node.data = indonesian;
      }
    }
  }

  function translateTextNodes(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, null);
    var node;
    while ((node = walker.nextNode())) {
      var text = node.data.trim();
      var m;
      if (TEXTS[text]) {
        node.data = node.data.replace(text, TEXTS[text]);
      } else if ((m = /^Expand all \((\d+)\)$/.exec(text))) {
        node.data = node.data.replace(text, 'Tampilkan semua (' + m[1] + ')');
      }
    }
    var placeholders = root.querySelectorAll('input[placeholder]');
    for (var i = 0; i < placeholders.length; i++) {
      var ph = placeholders[i].getAttribute('placeholder');
      if (TEXTS[ph]) {
        placeholders[i].setAttribute('placeholder', TEXTS[ph]);
      }
    }
  }

  // ---- the calendar ---------------------------------------------------------------------------------------------
  var CALENDAR = {
    weekdays: {
      shorthand: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
      longhand: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']
    },
    months: {
      shorthand: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
      longhand: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
        'November', 'Desember']
    },
    firstDayOfWeek: 1,
    ordinal: function () { return ''; },
    rangeSeparator: ' sampai ',
    weekAbbreviation: 'Mg',
    scrollTitle: 'Gulir untuk menambah',
    toggleTitle: 'Klik untuk mengganti',
    amPM: ['AM', 'PM'],
    yearAriaLabel: 'Tahun',
    monthAriaLabel: 'Bulan',
    hourAriaLabel: 'Jam',
    minuteAriaLabel: 'Menit',
    time_24hr: true
  };

  function indonesianCalendars(root) {
    var inputs = root.querySelectorAll('.fjs-datepicker input');
    for (var i = 0; i < inputs.length; i++) {
      var picker = inputs[i]._flatpickr;
      if (picker && !picker.ejknIndonesian) {
        picker.ejknIndonesian = true;
        picker.set('locale', CALENDAR);
      }
    }
  }

  // ---- the birth date in the NIK --------------------------------------------------------------------------------
  /** The birth date a NIK holds (digits 7–12: DDMMYY, women's day +40), or null if it holds none. */
  function birthDateOfNik(nik, today) {
    if (!/^[0-9]{16}$/.test(nik)) {
      return null;
    }
    var day = parseInt(nik.substr(6, 2), 10);
    var month = parseInt(nik.substr(8, 2), 10);
    var yy = parseInt(nik.substr(10, 2), 10);
    if (day > 40) {
      day -= 40;
    }
    var year = 2000 + yy > today.getFullYear() ? 1900 + yy : 2000 + yy;
    var date = new Date(year, month - 1, day);
    if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day || date > today) {
      return null;
    }
    return date;
  }

  function proposeBirthDate(nikInput) {
    var row = nikInput.closest('.fjs-repeat-row-container') || nikInput.closest('.fjs-form');
    var dateInput = row && row.querySelector('.fjs-datepicker input');
    var picker = dateInput && dateInput._flatpickr;
    if (!picker || dateInput.value) {
      return;
    }
    var date = birthDateOfNik(nikInput.value.trim(), new Date());
    if (date) {
      picker.setDate(date, true);
    }
  }

  function isNikInput(element) {
    if (!element || element.tagName !== 'INPUT' || !element.closest('.fjs-container')) {
      return false;
    }
    var field = element.closest('.fjs-form-field');
    var label = field && field.querySelector('.fjs-form-field-label');
    return !!label && /^NIK\b/.test(label.textContent.trim());
  }

  // ---- wiring ---------------------------------------------------------------------------------------------------
  function translate(root) {
    translateErrors(root);
    translateTextNodes(root);
    indonesianCalendars(root);
  }

  var scheduled = false;
  function schedule() {
    if (scheduled) {
      return;
    }
    scheduled = true;
    window.requestAnimationFrame(function () {
      scheduled = false;
      var forms = document.querySelectorAll('.fjs-container');
      for (var i = 0; i < forms.length; i++) {
        translate(forms[i]);
      }
    });
  }

  function start() {
    new MutationObserver(schedule).observe(document.body, {childList: true, subtree: true, characterData: true});
    // when the officer leaves the NIK: form-js commits a text field's value on blur (while typing it waits), and a
    // date set before that would re-render the row with the NIK still empty
    document.addEventListener('focusout', function (event) {
      var input = event.target;
      if (isNikInput(input)) {
        window.setTimeout(function () {
          proposeBirthDate(input);
        }, 0);
      }
    }, true);
    schedule();
  }

  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }

  var ngModule = angular.module('ejkn.formTexts', []);
  ngModule.constant('ejknFormTexts', {fieldMessage: fieldMessage, birthDateOfNik: birthDateOfNik});
  return ngModule;
});
