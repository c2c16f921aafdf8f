/*
 * Bình Đẳng HTML report: sortable tables, column labels for narrow screens and a load check. Plain JavaScript (ES5), no library,
 * nothing fetched: the report works from file:// offline.
 *
 * Sorting: a table with data-sortable; its column headings with data-sort-type="number|text" become
 * buttons. A cell sorts by its data-sort attribute (empty = no value, always last) or else by its text.
 * Equal keys keep the original (catalogue) order. aria-sort on the heading tells the order.
 * Rows with data-group (objective) get the class group-start where a new group begins.
 *
 * Load check: script errors, resources that fail to load (images, style sheet, fonts) and images that
 * are not complete are written on <body> as data-errors (messages joined by " | ") and data-error-count;
 * data-images / data-images-loaded count the images; data-ready="true" once the page has loaded.
 * Nothing is shown to the reader; the tests read these attributes.
 */
(function () {
  'use strict';

  var errors = [];

  function flush() {
    var body = document.body;
    if (!body) {
      return;
    }
    body.setAttribute('data-error-count', String(errors.length));
    if (errors.length) {
      body.setAttribute('data-errors', errors.join(' | '));
    }
  }

  function record(message) {
    errors.push(String(message));
    flush();
  }

  window.addEventListener('error', function (e) {
    var t = e.target;
    if (t && t !== window && t.nodeType === 1) {
      record('resource: ' + (t.currentSrc || t.src || t.href || t.tagName));
    } else {
      record('script: ' + (e.message || 'error') + (e.filename ? ' (' + e.filename + ':' + e.lineno + ')' : ''));
    }
  }, true);

  window.addEventListener('unhandledrejection', function (e) {
    var r = e.reason;
    record('promise: ' + (r && r.message ? r.message : r));
  });

  var collator = null;
  try {
    collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true, sensitivity: 'base' });
  } catch (ignored) {
    collator = null;
  }

  function compareText(a, b) {
    if (collator) {
      return collator.compare(a, b);
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }

  function key(cell, type) {
    if (!cell) {
      return null;
    }
    var k = cell.getAttribute('data-sort');
    if (k === null) {
      k = cell.textContent.replace(/\s+/g, ' ').trim();
    }
    if (k === '') {
      return null;
    }
    if (type === 'number') {
      var n = parseFloat(k);
      return isNaN(n) ? null : n;
    }
    return k;
  }

  function regroup(table) {
    if (!table.hasAttribute('data-groups')) {
      return;
    }
    var rows = table.tBodies[0].rows;
    var previous = null;
    for (var i = 0; i < rows.length; i++) {
      var group = rows[i].getAttribute('data-group');
      if (group !== previous) {
        rows[i].classList.add('group-start');
      } else {
        rows[i].classList.remove('group-start');
      }
      previous = group;
    }
  }

  function sortBy(table, column, type) {
    var heads = table.tHead.rows[0].cells;
    var th = heads[column];
    var direction = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    for (var h = 0; h < heads.length; h++) {
      heads[h].removeAttribute('aria-sort');
    }
    th.setAttribute('aria-sort', direction);
    var body = table.tBodies[0];
    var keyed = [];
    for (var i = 0; i < body.rows.length; i++) {
      var row = body.rows[i];
      keyed.push({ row: row, key: key(row.cells[column], type), index: Number(row.getAttribute('data-index')) });
    }
    keyed.sort(function (a, b) {
      var aMissing = a.key === null;
      var bMissing = b.key === null;
      if (aMissing || bMissing) {
        return aMissing && bMissing ? a.index - b.index : aMissing ? 1 : -1;
      }
      var c = type === 'number' ? a.key - b.key : compareText(a.key, b.key);
      if (direction === 'descending') {
        c = -c;
      }
      return c !== 0 ? c : a.index - b.index;
    });
    for (var k = 0; k < keyed.length; k++) {
      body.appendChild(keyed[k].row);
    }
    table.setAttribute('data-sorted-by', String(column));
    table.setAttribute('data-sort-direction', direction);
    regroup(table);
  }

  function setUp(table) {
    if (!table.tHead || !table.tBodies.length) {
      return;
    }
    var rows = table.tBodies[0].rows;
    for (var r = 0; r < rows.length; r++) {
      rows[r].setAttribute('data-index', String(r));
    }
    var heads = table.tHead.rows[0].cells;
    for (var i = 0; i < heads.length; i++) {
      var th = heads[i];
      var type = th.getAttribute('data-sort-type');
      if (!type) {
        continue;
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      button.addEventListener('click', sortBy.bind(null, table, i, type));
    }
    table.classList.add('sortable-ready');
    regroup(table);
  }

  /*
   * Column labels on every cell (data-label), which the style sheet shows above each value when a
   * narrow screen lays a table row out as a card (390 px phones): seven columns do not fit side by side.
   */
  function label(table) {
    var heads = table.querySelectorAll('thead th');
    if (!heads.length) {
      return;
    }
    var rows = table.querySelectorAll('tbody tr, tfoot tr');
    for (var r = 0; r < rows.length; r++) {
      var col = 0;
      for (var c = 0; c < rows[r].children.length; c++) {
        var cell = rows[r].children[c];
        var span = cell.colSpan || 1;
        if (span === 1 && col < heads.length && !cell.hasAttribute('data-label')) {
          cell.setAttribute('data-label', heads[col].textContent.replace(/[\u2195\u25b2\u25bc]/g, '').trim());
        }
        col += span;
      }
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    flush();
    var all = document.querySelectorAll('table.status-table, table.annex-table, table.count-table');
    for (var j = 0; j < all.length; j++) {
      label(all[j]);
    }
    var tables = document.querySelectorAll('table[data-sortable]');
    for (var i = 0; i < tables.length; i++) {
      setUp(tables[i]);
    }
  });

  window.addEventListener('load', function () {
    var images = document.images;
    var loaded = 0;
    for (var i = 0; i < images.length; i++) {
      if (images[i].complete && images[i].naturalWidth > 0) {
        loaded++;
      } else {
        record('image not loaded: ' + images[i].getAttribute('src'));
      }
    }
    if (document.fonts && document.fonts.forEach) {
      document.fonts.forEach(function (f) {
        if (f.status === 'error') {
          record('font: ' + f.family);
        }
      });
    }
    document.body.setAttribute('data-images', String(images.length));
    document.body.setAttribute('data-images-loaded', String(loaded));
    flush();
    document.body.setAttribute('data-ready', 'true');
  });
}());
