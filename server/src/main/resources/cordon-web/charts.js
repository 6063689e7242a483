// Cordon what-if page: the results' tables (every number exactly as summary.json has it, with its JSON path) and
// charts as plain SVG sized to their box, whole-number ticks for counts, axis titles with units, HTML legends.
'use strict';

const SVG_NS = 'http://www.w3.org/2000/svg';
// text >= 4.5:1 and marks >= 3:1 on white: slate 7.4:1, burnt orange 5.2:1, green 5.0:1, violet 6.5:1
const COLORS = ['#4a5568', '#c2410c', '#2f7d32', '#6741d9'];
const FEWER = '#2f7d32', SAME = '#4a5568', MORE = '#c2410c';

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function svgEl(tag, attrs, text) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

// ---- tables ----

// a number as summary.json has it (whole numbers with thousands separators), the JSON path in data-path
function numCell(value, path) {
  const text = value === null || value === undefined ? '' : Number.isInteger(value) ? whole(value) : String(value);
  return el('td', { class: 'num', 'data-path': path, 'data-value': value === null ? '' : value }, text);
}

function help(anchor, what) {
  return el('a', { href: '#' + anchor, class: 'help', 'aria-label': 'What ' + what + ' means', title: 'What ' + what
    + ' means' }, '?');
}

function th(text, anchor, what) {
  const h = el('th', { scope: 'col' }, text);
  if (anchor) h.append(' ', help(anchor, what || text));
  return h;
}

function comparisonTable(table, summary) {
  table.replaceChildren(el('thead', {}, el('tr', {}, th('plan'), th('against'), th('confirmed by'),
    th('extra cases: median', 'explain-paired', 'paired runs'), th('5%', 'explain-range', 'the 5-95% range'),
    th('95%', 'explain-range', 'the 5-95% range'), th('mean'), th('P(more)', 'explain-p', 'P(more)'),
    th('P(fewer)', 'explain-p', 'P(fewer)'))));
  const body = el('tbody');
  summary.comparisons.forEach((c, i) => {
    const p = 'comparisons.' + i + '.';
    body.append(el('tr', {}, el('td', {}, c.variant), el('td', {}, c.versus), el('td', {}, formatDay(c.by)),
      numCell(c.difference.median, p + 'difference.median'), numCell(c.difference.p5, p + 'difference.p5'),
      numCell(c.difference.p95, p + 'difference.p95'), numCell(c.difference.mean, p + 'difference.mean'),
      numCell(c.probabilityMore, p + 'probabilityMore'), numCell(c.probabilityFewer, p + 'probabilityFewer')));
  });
  table.append(body);
}

// closures: per variant name, the community closure date (from the plan or the baseline), not the variant's first
function costTable(table, summary, closures) {
  table.replaceChildren(el('thead', {}, el('tr', {}, th('variant'), th('community closure'),
    th('guard shifts', 'explain-cost', 'the cost'), th('survey staff-days'), th('resident-days of closure'),
    th('peak on duty'))));
  const body = el('tbody');
  summary.variants.forEach((v, i) => {
    const p = 'variants.' + i + '.cost.';
    const c = v.cost || {};
    const closure = closures[v.name];
    body.append(el('tr', {}, el('td', {}, v.name), el('td', {}, closure === 'never' ? 'never' : formatDate(closure)),
      numCell(c.guardShifts, p + 'guardShifts'), numCell(c.surveyStaffDays, p + 'surveyStaffDays'),
      numCell(c.residentDaysClosed, p + 'residentDaysClosed'), numCell(c.peakOnDuty, p + 'peakOnDuty')));
  });
  table.append(body);
}

function variantsTable(table, summary) {
  table.replaceChildren(el('thead', {}, el('tr', {}, th('variant'), th('by'), th('median'),
    th('5%', 'explain-range', 'the 5-95% range'), th('95%'))));
  const body = el('tbody');
  summary.variants.forEach((v, i) => {
    for (const [date, band] of Object.entries(v.confirmed)) {
      const p = 'variants.' + i + '.confirmed.' + date + '.';
      body.append(el('tr', {}, el('td', {}, v.name), el('td', {}, formatDay(date)),
        numCell(band.median, p + 'median'), numCell(band.p5, p + 'p5'), numCell(band.p95, p + 'p95')));
    }
  });
  table.append(body);
}

// ---- charts ----

// a whole-number step giving about `n` ticks up to max
function tickStep(max, n) {
  const raw = Math.max(1, max / n);
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return Math.max(1, Math.round(m * p));
  return 10 * p;
}

function chartWidth(svg) {
  const box = svg.parentNode.clientWidth || 640;
  return Math.max(280, Math.min(760, Math.floor(box - 12)));
}

function frame(svg, h, max, yTitle, xTitle) {
  const w = chartWidth(svg);
  svg.replaceChildren();
  svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
  svg.setAttribute('width', w);
  svg.setAttribute('height', h);
  const step = tickStep(max, 4);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const f = { w, h, left: 56, right: w - 10, top: 10, bottom: h - 44, step, top_: top };
  f.y = v => f.bottom - (v / top) * (f.bottom - f.top);
  for (let v = 0; v <= top; v += step) {
    svg.append(svgEl('line', { x1: f.left, x2: f.right, y1: f.y(v), y2: f.y(v), stroke: '#d0d4dc' }));
    svg.append(svgEl('text', { x: f.left - 6, y: f.y(v) + 4, 'text-anchor': 'end' }, whole(v)));
  }
  const mid = f.top + (f.bottom - f.top) / 2;
  svg.append(svgEl('text', { x: 12, y: mid, transform: 'rotate(-90 12 ' + mid + ')', 'text-anchor': 'middle',
    class: 'axis-title' }, yTitle));
  svg.append(svgEl('text', { x: (f.left + f.right) / 2, y: h - 6, 'text-anchor': 'middle', class: 'axis-title' },
    xTitle));
  svg.append(svgEl('line', { x1: f.left, x2: f.right, y1: f.bottom, y2: f.bottom, stroke: '#555' }));
  return f;
}

function dateAxis(svg, f, dates) {
  f.x = i => f.left + (i / Math.max(1, dates.length - 1)) * (f.right - f.left);
  const every = f.w < 480 ? 14 : 7;
  dates.forEach((d, i) => {
    if (i % every === 0) {
      svg.append(svgEl('line', { x1: f.x(i), x2: f.x(i), y1: f.bottom, y2: f.bottom + 4, stroke: '#555' }));
      svg.append(svgEl('text', { x: f.x(i), y: f.bottom + 16, 'text-anchor': 'middle' }, formatDay(d).slice(0, -5)));
    }
  });
}

function legend(list, entries) {
  list.replaceChildren(...entries.map(([label, color, dash, box]) => el('li', {},
    box ? el('span', { class: 'swatch box', style: 'background:' + color })
      : el('span', { class: 'swatch' + (dash ? ' dashed' : ''), style: 'border-color:' + color }), ' ', label)));
}

function drawConfirmed(svg, charts, legendList) {
  const dates = charts.variants[0].dates;
  let max = 0;
  for (const v of charts.variants) max = Math.max(max, ...v.p95);
  for (const o of charts.observed) max = Math.max(max, o.confirmed);
  const f = frame(svg, 300, max * 1.05, 'confirmed cases (cumulative)', 'date (2020)');
  dateAxis(svg, f, dates);
  charts.variants.forEach((v, k) => {
    const upper = v.p95.map((y, i) => f.x(i) + ',' + f.y(y));
    const lower = v.p5.map((y, i) => f.x(i) + ',' + f.y(y)).reverse();
    svg.append(svgEl('polygon', { points: upper.concat(lower).join(' '), fill: COLORS[k % COLORS.length],
      'fill-opacity': 0.15, stroke: 'none', 'data-band': v.name }));
  });
  charts.variants.slice().reverse().forEach((v, r) => {
    const k = charts.variants.length - 1 - r;
    svg.append(svgEl('polyline', { points: v.median.map((y, i) => f.x(i) + ',' + f.y(y)).join(' '), fill: 'none',
      stroke: COLORS[k % COLORS.length], 'stroke-width': 2.5, 'stroke-dasharray': k === 0 ? '6 3' : '',
      'data-median': v.name }));
  });
  for (const o of charts.observed) {
    const i = dates.indexOf(o.date);
    if (i < 0) continue;
    svg.append(svgEl('circle', { cx: f.x(i), cy: f.y(o.confirmed), r: 4, fill: '#000', 'data-observed': o.date }));
    svg.append(svgEl('text', { x: f.x(i) + 7, y: f.y(o.confirmed) - 6 }, o.confirmed + ' by ' + formatDay(o.date)));
  }
  $('observed-note').textContent = charts.observed.length ? '; dots: the counts observed in Jinsha (docs/sources.md)' : '';
  const entries = charts.variants.map((v, k) => [v.name + ': median (line) and 5-95% range (shaded)',
    COLORS[k % COLORS.length], k === 0]);
  if (charts.observed.length) entries.push(['observed confirmed cases', '#000', false, true]);
  legend(legendList, entries);
}

function drawHistogram(svg, diff, legendList) {
  const values = diff.values;
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const width = Math.max(1, Math.ceil((hi - lo + 1) / 40));
  const bins = [];
  for (let b = lo; b <= hi; b += width) bins.push({ from: b, count: 0 });
  for (const v of values) bins[Math.floor((v - lo) / width)].count++;
  const f = frame(svg, 240, Math.max(...bins.map(b => b.count)), 'runs',
    'extra confirmed cases by ' + formatDay(diff.by) + ' (plan minus baseline)');
  const bw = (f.right - f.left) / bins.length;
  const labelEvery = Math.ceil(bins.length / Math.max(4, Math.floor((f.right - f.left) / 40)));
  bins.forEach((b, i) => {
    const x = f.left + i * bw;
    const color = b.from + width - 1 < 0 ? FEWER : b.from > 0 ? MORE : SAME;
    svg.append(svgEl('rect', { x: x + 1, y: f.y(b.count), width: Math.max(1, bw - 2), height: f.bottom - f.y(b.count),
      fill: color, 'data-from': b.from, 'data-count': b.count }));
    if (i % labelEvery === 0) {
      svg.append(svgEl('text', { x: x + bw / 2, y: f.bottom + 16, 'text-anchor': 'middle' },
        width === 1 ? String(b.from) : b.from + '..' + (b.from + width - 1)));
    }
  });
  const more = values.filter(v => v > 0).length;
  const fewer = values.filter(v => v < 0).length;
  $('cap-histogram').textContent = 'Extra confirmed cases by ' + formatDay(diff.by) + ' (' + diff.variant + ' minus '
    + diff.versus + '), run by run: ' + more + ' of ' + values.length + ' paired runs more, ' + fewer + ' fewer, '
    + (values.length - more - fewer) + ' the same';
  legend(legendList, [['fewer cases than the baseline', FEWER, false, true], ['as many', SAME, false, true],
    ['more cases', MORE, false, true]]);
}

function drawStaffing(svg, charts, legendList) {
  const dates = charts.variants[0].dates;
  let max = 0;
  for (const v of charts.variants) max = Math.max(max, ...v.guards, ...v.surveyStaff);
  const f = frame(svg, 240, max * 1.05, 'people on duty a day', 'date (2020)');
  dateAxis(svg, f, dates);
  const entries = [];
  charts.variants.forEach((v, k) => {
    const c = COLORS[k % COLORS.length];
    svg.append(svgEl('polyline', { points: v.guards.map((y, i) => f.x(i) + ',' + f.y(y)).join(' '), fill: 'none',
      stroke: c, 'stroke-width': 2.5 }));
    svg.append(svgEl('polyline', { points: v.surveyStaff.map((y, i) => f.x(i) + ',' + f.y(y)).join(' '), fill: 'none',
      stroke: c, 'stroke-width': 2.5, 'stroke-dasharray': '5 3' }));
    entries.push([v.name + ': guards on duty, every shift (peak ' + whole(Math.max(...v.guards)) + ')', c, false]);
    entries.push([v.name + ': survey staff', c, true]);
  });
  legend(legendList, entries);
}
