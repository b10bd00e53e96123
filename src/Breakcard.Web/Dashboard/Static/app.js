// Breakcard dashboard: the interactive fund-chain graph. Reads the masked trace JSON the server
// embedded in #trace-data and draws a layered graph: drag to pan, wheel to zoom, click a node to
// collapse or expand everything reached through it. Amounts (yuan) and UTC times label the edges.
(function () {
  'use strict';
  const data = document.getElementById('trace-data');
  const host = document.getElementById('graph');
  if (!data || !host) { return; }
  const trace = JSON.parse(data.textContent);
  const ns = 'http://www.w3.org/2000/svg';
  const el = (name, attrs, parent) => {
    const e = document.createElementNS(ns, name);
    for (const k in attrs) { e.setAttribute(k, attrs[k]); }
    if (parent) { parent.appendChild(e); }
    return e;
  };
  const yuan = fen => (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const byLayer = new Map();
  trace.nodes.forEach(n => { if (!byLayer.has(n.layer)) { byLayer.set(n.layer, []); } byLayer.get(n.layer).push(n); });
  const pos = new Map();
  [...byLayer.keys()].sort((a, b) => a - b).forEach((layer, li) => {
    byLayer.get(layer).forEach((n, i) => pos.set(n.id, { x: 80 + li * 300, y: 50 + i * 80 + (li % 2) * 30 }));
  });
  // Parallel transfers between the same two accounts are drawn as one edge: traced and transferred
  // totals, the count, and the first and last time.
  const pairs = new Map();
  trace.edges.forEach(e => {
    const key = e.from + '>' + e.to;
    const p = pairs.get(key) || { from: e.from, to: e.to, traced: 0, amount: 0, n: 0, first: e.time, last: e.time };
    p.traced += e.traced_fen; p.amount += e.amount_fen; p.n += 1;
    if (e.time < p.first) { p.first = e.time; }
    if (e.time > p.last) { p.last = e.time; }
    pairs.set(key, p);
  });
  const children = new Map();
  trace.edges.forEach(e => { if (!children.has(e.from)) { children.set(e.from, new Set()); } children.get(e.from).add(e.to); });
  const collapsed = new Set();
  const svg = el('svg', { id: 'trace-svg', role: 'img' }, host);
  const view = el('g', { id: 'viewport' }, svg);
  let scale = 1, tx = 0, ty = 0;
  const apply = () => view.setAttribute('transform', `translate(${tx},${ty}) scale(${scale})`);
  svg.addEventListener('wheel', ev => { ev.preventDefault(); scale = Math.min(4, Math.max(0.2, scale * (ev.deltaY < 0 ? 1.1 : 0.9))); apply(); svg.dataset.scale = scale.toFixed(2); }, { passive: false });
  let drag = null;
  svg.addEventListener('mousedown', ev => { drag = { x: ev.clientX - tx, y: ev.clientY - ty }; });
  window.addEventListener('mousemove', ev => { if (drag) { tx = ev.clientX - drag.x; ty = ev.clientY - drag.y; apply(); } });
  window.addEventListener('mouseup', () => { drag = null; });
  const hidden = () => {
    const out = new Set();
    const walk = id => (children.get(id) || []).forEach(c => { if (!out.has(c)) { out.add(c); walk(c); } });
    collapsed.forEach(walk);
    return out;
  };
  const origin = trace.nodes.find(n => n.layer === 0);
  const draw = () => {
    while (view.firstChild) { view.removeChild(view.firstChild); }
    const hide = hidden();
    const when = t => t.replace('T', ' ').replace('Z', '');
    pairs.forEach(e => {
      if (hide.has(e.to) || hide.has(e.from) || !pos.has(e.from) || !pos.has(e.to)) { return; }
      const a = pos.get(e.from), b = pos.get(e.to);
      const g = el('g', { class: 'edge' }, view);
      el('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y }, g);
      const t = el('text', { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 - 4, 'text-anchor': 'middle' }, g);
      t.textContent = `¥${yuan(e.traced)} of ¥${yuan(e.amount)}` + (e.n > 1 ? ` (${e.n}×)` : '') + ` · ${when(e.first)}` + (e.n > 1 ? ` – ${when(e.last)}` : '');
      const title = el('title', {}, g);
      title.textContent = t.textContent;
    });
    trace.nodes.forEach(n => {
      if (hide.has(n.id)) { return; }
      const p = pos.get(n.id);
      const cls = 'node' + (origin && n.id === origin.id ? ' origin' : '') + (collapsed.has(n.id) ? ' collapsed' : '');
      const g = el('g', { class: cls, 'data-id': n.id, transform: `translate(${p.x},${p.y})` }, view);
      el('circle', { r: 12 }, g);
      const t = el('text', { x: 16, y: 4 }, g);
      t.textContent = `${n.account} · ¥${yuan(n.amount_fen)}` + (n.stop ? ` · ${n.stop}` : '') + (collapsed.has(n.id) ? ' (+)' : '');
      g.addEventListener('click', ev => { ev.stopPropagation(); if (collapsed.has(n.id)) { collapsed.delete(n.id); } else { collapsed.add(n.id); } draw(); });
    });
    host.dataset.visibleNodes = String(trace.nodes.length - hide.size);
  };
  draw();
  apply();
})();
