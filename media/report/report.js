// The summary report page. It receives the summary from the extension with postMessage
// and draws it with DOM calls only: every string from an article is set with textContent
// (never innerHTML), so markup, scripts and command links in articles stay text. It sends
// four kinds of messages back (ready, reveal, export, confidence), which the extension validates.
/* global acquireVsCodeApi, document, window */
(function () {
  'use strict';

  const vscode = acquireVsCodeApi();
  const SVG = 'http://www.w3.org/2000/svg';
  // Every word the page shows comes from the extension, in the user's language (`data-strings`
  // on <body>, built by src/vscode/features/summaryReport.ts): `tr(id, ...args)` fills `{0}`.
  const STRINGS = JSON.parse(document.body.dataset.strings || '{}');
  const tr = (id, ...args) => String(STRINGS[id] ?? id).replace(/\{(\d)\}/g, (m, i) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
  const saved = vscode.getState() || {};
  const state = {
    sorts: Object.assign({ programs: { key: 'mentions', dir: -1 }, targets: { key: 'deadline', dir: 1 } }, saved.sorts || {}),
  };
  let data = null;

  const deadlineOf = (t) => t.deadline || t.deadlineText || '';
  /** How a program's confidence reads in the table. */
  const EVIDENCE = { declared: tr('evidence.declared'), named: tr('evidence.named'), detected: tr('evidence.candidate') };
  const placeText = (p) => (p ? `${p.label}:${p.line}` : '');
  const valueOf = (t) => t.valueText ?? '';

  /** Columns: sort value, and how a cell is filled. */
  const COLUMNS = {
    programs: [
      { key: 'name', title: tr('col.program'), sort: (p) => p.name, cell: (td, p) => flagged(td, p.name, p.conflict) },
      { key: 'confidence', title: tr('col.evidence'), sort: (p) => EVIDENCE[p.confidence] || p.confidence },
      { key: 'agencies', title: tr('col.agencies'), sort: (p) => p.agencies.join(', ') || null },
      { key: 'mentions', title: tr('col.mentions'), numeric: true, sort: (p) => p.mentions },
      { key: 'articles', title: tr('col.articles'), numeric: true, sort: (p) => p.articles },
      { key: 'targets', title: tr('col.targets'), numeric: true, sort: (p) => p.targets },
      { key: 'where', title: tr('col.firstMention'), sort: (p) => placeText(p.place) || null, cell: (td, p) => placeLink(td, p.place) },
    ],
    targets: [
      { key: 'text', title: tr('col.figure'), sort: (t) => t.text, cell: (td, t) => flagged(td, t.text, t.conflict) },
      { key: 'program', title: tr('col.program'), sort: (t) => t.program },
      { key: 'agency', title: tr('col.agency'), sort: (t) => t.agency },
      { key: 'value', title: tr('col.value'), numeric: true, sort: (t) => t.value, cell: (td, t) => (td.textContent = valueOf(t)) },
      { key: 'deadline', title: tr('col.deadline'), sort: (t) => deadlineOf(t) || null },
      { key: 'where', title: tr('col.where'), sort: (t) => placeText(t.place), cell: (td, t) => placeLink(td, t.place) },
      { key: 'sentence', title: tr('col.sentence'), sort: (t) => t.sentence },
    ],
  };

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function flagged(td, text, conflict) {
    td.textContent = text;
    if (conflict) {
      const badge = el('span', 'badge', tr('badge.conflict'));
      badge.title = tr('badge.conflictTitle');
      td.append(' ', badge);
    }
  }

  function placeLink(td, place) {
    if (!place) return;
    const b = el('button', 'link', placeText(place));
    b.type = 'button';
    b.title = tr('place.open', place.label, place.line);
    b.addEventListener('click', () => vscode.postMessage({ type: 'reveal', file: place.file, start: place.start, end: place.end }));
    td.append(b);
  }

  function compare(a, b, numeric) {
    return numeric ? a - b : String(a).localeCompare(String(b), 'ko', { numeric: true });
  }

  function renderTable(name, rows) {
    const table = document.getElementById(name);
    const columns = COLUMNS[name];
    const sort = state.sorts[name];
    const column = columns.find((c) => c.key === sort.key) || columns[0];
    const sorted = rows
      .map((row, i) => ({ row, i }))
      .sort((x, y) => {
        const a = column.sort(x.row);
        const b = column.sort(y.row);
        const na = a === null || a === undefined || a === '';
        const nb = b === null || b === undefined || b === '';
        // Empty values stay last whatever the direction; ties go by place, then the summary's order.
        const tie = () => (x.row.place && y.row.place ? compare(placeText(x.row.place), placeText(y.row.place), false) : 0) || x.i - y.i;
        if (na || nb) return na === nb ? tie() : na ? 1 : -1;
        return sort.dir * compare(a, b, column.numeric) || tie();
      })
      .map((x) => x.row);
    const head = el('thead');
    const tr = el('tr');
    for (const c of columns) {
      const th = el('th', c.numeric ? 'numeric' : '');
      th.scope = 'col';
      th.setAttribute('aria-sort', c === column ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
      const b = el('button', 'sort', c.title);
      b.type = 'button';
      if (c === column) b.append(el('span', 'arrow', sort.dir > 0 ? ' ▲' : ' ▼'));
      b.addEventListener('click', () => {
        state.sorts[name] = { key: c.key, dir: c === column ? -sort.dir : c.numeric ? -1 : 1 };
        vscode.setState({ sorts: state.sorts });
        renderTable(name, rows);
      });
      th.append(b);
      tr.append(th);
    }
    head.append(tr);
    const body = el('tbody');
    for (const row of sorted) {
      const r = el('tr', row.conflict ? 'conflict' : '');
      for (const c of columns) {
        const td = el('td', c.numeric ? 'numeric' : '');
        if (c.cell) c.cell(td, row);
        else td.textContent = c.sort(row) ?? '';
        r.append(td);
      }
      body.append(r);
    }
    if (sorted.length === 0) {
      const r = el('tr');
      const td = el('td', 'empty', tr(`empty.${name}`));
      td.colSpan = columns.length;
      r.append(td);
      body.append(r);
    }
    table.replaceChildren(head, body);
  }

  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = String(text);
    return e;
  }

  /** A bar per deadline year (the no-deadline bucket last), the part in conflict drawn apart. */
  function renderTimeline(years) {
    const host = document.getElementById('timeline');
    if (years.length === 0) {
      host.replaceChildren(el('p', 'empty', tr('timeline.empty')));
      return;
    }
    const bar = 44;
    const gap = 18;
    const chart = 140;
    const top = 22;
    const width = years.length * (bar + gap) + gap;
    const height = top + chart + 30;
    const max = Math.max(...years.map((y) => y.targets), 1);
    const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', class: 'timeline' });
    const summary = years.map((y) => `${y.year || tr('noDeadline')}: ${y.targets}`).join(', ');
    root.append(svg('title', {}, tr('timeline.title', summary)));
    root.append(svg('line', { x1: 0, x2: width, y1: top + chart + 0.5, y2: top + chart + 0.5, class: 'axis' }));
    years.forEach((y, i) => {
      const x = gap + i * (bar + gap);
      const h = Math.max(2, Math.round((y.targets / max) * chart));
      const hc = Math.round((y.conflicts / max) * chart);
      const g = svg('g', { class: y.year ? 'year' : 'year none' });
      g.append(svg('title', {}, y.conflicts ? tr('timeline.barConflicts', y.year || tr('noDeadline'), y.targets, y.conflicts) : tr('timeline.bar', y.year || tr('noDeadline'), y.targets)));
      g.append(svg('rect', { x, y: top + chart - h, width: bar, height: h, rx: 2, class: 'bar' }));
      if (hc > 0) g.append(svg('rect', { x, y: top + chart - hc, width: bar, height: hc, rx: 2, class: 'bar-conflict' }));
      g.append(svg('text', { x: x + bar / 2, y: top + chart - h - 6, 'text-anchor': 'middle', class: 'count' }, y.targets));
      g.append(svg('text', { x: x + bar / 2, y: top + chart + 18, 'text-anchor': 'middle', class: 'label' }, y.year || tr('timeline.none')));
      root.append(g);
    });
    const legend = el('p', 'legend');
    legend.append(el('span', 'swatch bar'), `${tr('legend.targets')} `, el('span', 'swatch bar-conflict'), `${tr('legend.conflict')} `, el('span', 'swatch none'), tr('noDeadline'));
    host.replaceChildren(root, legend);
  }

  function renderConflicts(conflicts) {
    const list = document.getElementById('conflicts');
    const items = conflicts.map((c) => {
      const li = el('li', 'conflict');
      li.append(el('strong', '', c.program), ` (${c.reason === 'value' ? tr('conflict.figures') : tr('conflict.deadlines')}): `);
      const side = (s) => {
        const span = el('span', 'side', `${s.deadline ? tr('conflict.by', s.text, s.deadline) : s.text} `);
        placeLink(span, s.place);
        return span;
      };
      li.append(side(c.differs), ` ${tr('conflict.vs')} `, side(c.agreed));
      return li;
    });
    list.replaceChildren(...(items.length > 0 ? items : [el('li', 'empty', tr('conflicts.empty'))]));
  }

  function render() {
    if (!data) return;
    document.getElementById('confidence').value = data.minConfidence;
    const counts = document.getElementById('counts');
    counts.textContent = tr('counts', data.programs.length, data.targets.length, data.conflicts.length, data.notes);
    renderTimeline(data.timeline);
    renderConflicts(data.conflicts);
    renderTable('programs', data.programs);
    renderTable('targets', data.targets);
  }

  window.addEventListener('message', (event) => {
    const msg = event.data;
    if (msg && msg.type === 'summary' && msg.data && Array.isArray(msg.data.programs)) {
      data = msg.data;
      render();
    }
  });

  document.getElementById('confidence').addEventListener('change', (e) => vscode.postMessage({ type: 'confidence', level: e.target.value }));

  for (const b of document.querySelectorAll('button[data-export]')) {
    b.addEventListener('click', () => vscode.postMessage({ type: 'export', format: b.dataset.export }));
  }

  vscode.postMessage({ type: 'ready' });
})();
