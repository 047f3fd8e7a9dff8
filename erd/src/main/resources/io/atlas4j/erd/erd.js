(function () {
  'use strict';
  // Everything is placed already; this script only pans, zooms, searches and highlights.
  var svg = document.getElementById('erd');
  var viewport = document.getElementById('viewport');
  var search = document.getElementById('search');
  var found = document.getElementById('found');
  var header = document.querySelector('header');
  var width = +svg.getAttribute('data-width') || 1;
  var height = +svg.getAttribute('data-height') || 1;
  var view = { x: 0, y: 0, k: 1 };
  // The drawing fills the window from its top left corner; its size is read once per resize, because
  // reading it after a change forces the browser to lay out every box again.
  var screen = { w: svg.clientWidth, h: svg.clientHeight, top: header.getBoundingClientRect().height };
  var FAR = 0.4;
  var frameTitles = Array.prototype.slice.call(svg.querySelectorAll('text.frame-title'));

  var nodes = Array.prototype.slice.call(svg.querySelectorAll('g.node'));
  var edges = Array.prototype.slice.call(svg.querySelectorAll('path.edge'));
  var byId = {};
  var links = {};
  nodes.forEach(function (n) { byId[n.id] = n; links[n.id] = []; });
  edges.forEach(function (e) {
    var a = e.getAttribute('data-from');
    var b = e.getAttribute('data-to');
    if (links[a]) links[a].push(e);
    if (links[b] && b !== a) links[b].push(e);
  });

  // Close up, only what is near the screen is drawn. Boxes and lines elsewhere are parked in a hidden
  // group outside the zoomed one: hidden in place, they would still slow every change of scale.
  var parked = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  parked.setAttribute('id', 'parked');
  parked.setAttribute('display', 'none');
  svg.appendChild(parked);
  var items = nodes.map(function (n) {
    var m = n.transform.baseVal.consolidate().matrix;
    var r = n.querySelector('rect.box');
    return { el: n, home: n.parentNode, x: m.e, y: m.f, w: +r.getAttribute('width'), h: +r.getAttribute('height'), shown: true };
  }).concat(edges.map(function (e) {
    var b = e.getBBox();
    return { el: e, home: e.parentNode, x: b.x, y: b.y, w: b.width, h: b.height, shown: true };
  }));
  function cull() {
    var margin = 100 / view.k;
    var x0 = -view.x / view.k - margin;
    var y0 = -view.y / view.k - margin;
    var x1 = (screen.w - view.x) / view.k + margin;
    var y1 = (screen.h - view.y) / view.k + margin;
    for (var i = 0; i < items.length; i++) {
      var it = items[i];
      var show = it.x <= x1 && it.x + it.w >= x0 && it.y <= y1 && it.y + it.h >= y0;
      if (show !== it.shown) {
        (show ? it.home : parked).appendChild(it.el);
        it.shown = show;
      }
    }
  }

  function apply() {
    viewport.setAttribute('transform', 'translate(' + view.x.toFixed(2) + ',' + view.y.toFixed(2) + ') scale(' + view.k.toFixed(5) + ')');
    cull();
    svg.classList.toggle('far', view.k < FAR);
    // Schema names stay readable however far out: their size grows as the drawing shrinks.
    var size = Math.max(15, 13 / view.k);
    frameTitles.forEach(function (t) { t.style.fontSize = size.toFixed(1) + 'px'; t.style.strokeWidth = (size / 4).toFixed(1) + 'px'; });
  }

  // Wheel and drag events can come faster than frames; draw at most once per frame.
  var pending = false;
  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; apply(); });
  }

  function top() { return screen.top; }

  function fit() {
    var w = screen.w;
    var h = screen.h - top();
    var k = Math.min(w / (width + 40), h / (height + 40), 1.5);
    view.k = k;
    view.x = (w - width * k) / 2;
    view.y = top() + (h - height * k) / 2;
    apply();
  }

  function centerOn(node, minScale) {
    var t = node.transform.baseVal.consolidate().matrix;
    var box = node.querySelector('rect.box');
    var bw = +box.getAttribute('width');
    var bh = +box.getAttribute('height');
    view.k = Math.max(view.k, minScale);
    view.x = screen.w / 2 - (t.e + bw / 2) * view.k;
    view.y = top() + (screen.h - top()) / 2 - (t.f + bh / 2) * view.k;
    apply();
  }

  function clearFocus() {
    svg.classList.remove('focus');
    svg.querySelectorAll('.hl, .sel').forEach(function (el) { el.classList.remove('hl', 'sel'); });
  }

  function select(node) {
    clearFocus();
    if (!node) return;
    svg.classList.add('focus');
    node.classList.add('hl', 'sel');
    links[node.id].forEach(function (e) {
      e.classList.add('hl');
      byId[e.getAttribute('data-from')].classList.add('hl');
      byId[e.getAttribute('data-to')].classList.add('hl');
    });
  }

  // Search: exact names first, then names that contain the text; Enter steps through the matches.
  var matches = [];
  var current = -1;
  function find() {
    var q = search.value.trim().toLowerCase();
    nodes.forEach(function (n) { n.classList.remove('match'); });
    matches = [];
    current = -1;
    if (!q) { found.textContent = ''; clearFocus(); return; }
    var exact = [];
    var partial = [];
    nodes.forEach(function (n) {
      var full = n.getAttribute('data-name').toLowerCase();
      var name = full.slice(full.lastIndexOf('.') + 1);
      if (name === q || full === q) exact.push(n);
      else if (full.indexOf(q) >= 0) partial.push(n);
    });
    matches = exact.concat(partial);
    matches.forEach(function (n) { n.classList.add('match'); });
    found.textContent = matches.length === 1 ? '1 found' : matches.length + ' found';
    next();
  }
  function next() {
    if (!matches.length) { clearFocus(); return; }
    current = (current + 1) % matches.length;
    select(matches[current]);
    centerOn(matches[current], 1);
  }
  search.addEventListener('input', find);
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') { ev.preventDefault(); next(); }
    if (ev.key === 'Escape') { search.value = ''; find(); }
  });
  document.getElementById('fit').addEventListener('click', function () { clearFocus(); fit(); });

  // Pan by dragging, zoom with the wheel around the pointer; a click without a drag selects.
  var drag = null;
  svg.addEventListener('pointerdown', function (ev) {
    drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, moved: false };
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener('pointermove', function (ev) {
    if (!drag) return;
    var dx = ev.clientX - drag.x;
    var dy = ev.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
    drag.moved = true;
    svg.classList.add('dragging');
    view.x = drag.vx + dx;
    view.y = drag.vy + dy;
    schedule();
  });
  svg.addEventListener('pointerup', function (ev) {
    if (drag && !drag.moved) {
      var hit = document.elementFromPoint(ev.clientX, ev.clientY);
      var node = hit && hit.closest ? hit.closest('g.node') : null;
      if (node && !node.classList.contains('sel')) select(node); else clearFocus();
    }
    drag = null;
    svg.classList.remove('dragging');
  });
  svg.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var k = Math.min(8, Math.max(0.02, view.k * Math.exp(-ev.deltaY * 0.0015)));
    var px = ev.clientX;
    var py = ev.clientY;
    view.x = px - (px - view.x) * (k / view.k);
    view.y = py - (py - view.y) * (k / view.k);
    view.k = k;
    schedule();
  }, { passive: false });
  window.addEventListener('resize', function () {
    screen = { w: svg.clientWidth, h: svg.clientHeight, top: header.getBoundingClientRect().height };
    fit();
  });

  fit();
  document.body.setAttribute('data-ready', String(nodes.length));
})();
