/* imkit report: filters by status, category, operation and text; #filter:op=..&cat=.. links; copy buttons.
   Failure entries carry their filter values as data-* attributes; the table's rows come from the JSON block
   #check-data (status, ID, category, operations, level, since, ms, message, primary operation, search text) and are
   listed a page at a time, built with textContent only. */
(function () {
  'use strict';
  var STATUS = 0, ID = 1, CAT = 2, OPS_SHOWN = 3, LEVEL = 4, SINCE = 5, MS = 6, MESSAGE = 7, OP = 8, TEXT = 9;
  var form = document.getElementById('filters');
  var shown = document.getElementById('shown');
  var more = document.getElementById('more');
  var body = document.getElementById('check-rows');
  var page = parseInt(body.parentNode.getAttribute('data-page'), 10);
  var failures = Array.prototype.slice.call(document.querySelectorAll('details.check'));
  var checks = JSON.parse(document.getElementById('check-data').textContent);
  var matching = checks;
  var listed = 0;

  function value(name) {
    return form.elements[name].value;
  }

  function matches(status, cat, op, text) {
    var wantStatus = value('status'), wantCat = value('cat'), wantOp = value('op');
    var wantText = value('text').trim().toLowerCase();
    return (!wantStatus || status === wantStatus) && (!wantCat || cat === wantCat) &&
      (!wantOp || op === wantOp) && (!wantText || text.indexOf(wantText) >= 0);
  }

  function cell(row, text, className) {
    var td = document.createElement('td');
    td.textContent = text;
    if (className) {
      td.className = className;
    }
    row.appendChild(td);
    return td;
  }

  function listMore() {
    var end = Math.min(matching.length, listed + page);
    var rows = document.createDocumentFragment();
    for (var i = listed; i < end; i++) {
      var c = matching[i];
      var tr = document.createElement('tr');
      tr.className = 'check';
      cell(tr, c[STATUS], 'st st-' + c[STATUS].toLowerCase());
      var code = document.createElement('code');
      code.textContent = c[ID];
      cell(tr, '').appendChild(code);
      [c[CAT], c[OPS_SHOWN], c[LEVEL], c[SINCE]].forEach(function (t) { cell(tr, t); });
      cell(tr, String(c[MS]), 'num');
      cell(tr, c[MESSAGE]);
      rows.appendChild(tr);
    }
    body.appendChild(rows);
    listed = end;
    more.hidden = listed >= matching.length;
    more.textContent = 'Show ' + Math.min(page, matching.length - listed) + ' more';
    shown.textContent = 'Showing ' + matching.length + ' of ' + checks.length + ' checks' +
      (listed < matching.length ? ' (the first ' + listed + ' listed)' : '');
  }

  function apply() {
    failures.forEach(function (e) {
      e.hidden = !matches(e.dataset.status, e.dataset.cat, e.dataset.op, e.dataset.text);
    });
    matching = checks.filter(function (c) { return matches(c[STATUS], c[CAT], c[OP], c[TEXT]); });
    body.textContent = '';
    listed = 0;
    listMore();
  }

  function applyHash() {
    var hash = window.location.hash;
    if (hash.indexOf('#filter:') !== 0) {
      return;
    }
    var wanted = new URLSearchParams(hash.substring('#filter:'.length));
    ['status', 'cat', 'op', 'text'].forEach(function (name) {
      form.elements[name].value = wanted.get(name) || '';
    });
    apply();
    document.getElementById('checks').scrollIntoView();
  }

  function openEntry() {
    var hash = window.location.hash;
    if (hash.indexOf('#c-') !== 0) {
      return;
    }
    var entry = document.getElementById(decodeURIComponent(hash.substring(1)));
    if (entry && entry.tagName === 'DETAILS') {
      entry.hidden = false;
      entry.open = true;
      entry.scrollIntoView();
    }
  }

  function copy(button) {
    var code = button.parentNode.querySelector('code');
    var done = function () { button.textContent = 'Copied'; };
    var select = function () {
      var range = document.createRange();
      range.selectNodeContents(code);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      button.textContent = 'Selected: press Ctrl+C';
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(code.textContent).then(done, select);
    } else {
      select();
    }
  }

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  more.addEventListener('click', listMore);
  window.addEventListener('hashchange', applyHash);
  window.addEventListener('hashchange', openEntry);
  Array.prototype.forEach.call(document.querySelectorAll('button.copy'), function (b) {
    b.addEventListener('click', function () { copy(b); });
  });
  apply();
  applyHash();
  openEntry();
  document.body.setAttribute('data-ready', 'yes');
})();
