/* imkit report: filters by status, category, operation and text; #filter:op=..&cat=.. links; copy buttons. */
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var shown = document.getElementById('shown');
  var checks = Array.prototype.slice.call(document.querySelectorAll('.check'));
  var rows = checks.filter(function (e) { return e.tagName === 'TR'; });

  function value(name) {
    return form.elements[name].value;
  }

  function matches(e) {
    var status = value('status'), cat = value('cat'), op = value('op');
    var text = value('text').trim().toLowerCase();
    return (!status || e.dataset.status === status) && (!cat || e.dataset.cat === cat) &&
      (!op || e.dataset.ops.indexOf('|' + op + '|') >= 0) && (!text || e.dataset.text.indexOf(text) >= 0);
  }

  function apply() {
    var count = 0;
    checks.forEach(function (e) {
      var match = matches(e);
      e.hidden = !match;
      if (match && e.tagName === 'TR') {
        count++;
      }
    });
    shown.textContent = 'Showing ' + count + ' of ' + rows.length + ' checks';
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
  window.addEventListener('hashchange', applyHash);
  Array.prototype.forEach.call(document.querySelectorAll('button.copy'), function (b) {
    b.addEventListener('click', function () { copy(b); });
  });
  apply();
  applyHash();
  document.body.setAttribute('data-ready', 'yes');
})();
