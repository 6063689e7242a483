// Cordon what-if page: draws the plan form from GET /api/scenario, posts a plan, follows the run
// by server-sent events and draws the results as plain SVG. Loads nothing from other hosts.
'use strict';

const SVG_NS = 'http://www.w3.org/2000/svg';
const COLORS = ['#5b6b80', '#e8710a', '#2b8a3e', '#7048e8'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const state = { scenario: null, run: null, events: null };

function $(id) { return document.getElementById(id); }

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null) e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

function svgEl(tag, attrs, text) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

async function getJson(url, options) {
  const r = await fetch(url, options);
  const text = await r.text();
  let body;
  try { body = JSON.parse(text); } catch (e) { body = { error: text }; }
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

function dayLabel(iso) {
  const [, m, d] = iso.slice(0, 10).split('-');
  return Number(d) + ' ' + MONTHS[Number(m) - 1];
}

function addDays(isoDateTime, days) {
  const [date, time] = isoDateTime.split('T');
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10) + 'T' + (time || '00:00');
}

function daysBetween(a, b) {
  return Math.round((Date.parse(b.slice(0, 10) + 'T00:00:00Z') - Date.parse(a.slice(0, 10) + 'T00:00:00Z')) / 86400000);
}

// ---- the form ----

function dateInput(field, value) {
  const input = el('input', { type: 'datetime-local', id: 'f-' + field.key, 'data-key': field.key, step: 60 });
  const never = el('input', { type: 'checkbox', id: 'never-' + field.key });
  if (value === 'never') {
    never.checked = true;
    input.disabled = true;
  } else {
    input.value = value;
  }
  never.addEventListener('change', () => {
    input.disabled = never.checked;
    if (!never.checked && !input.value) input.value = state.scenario.start + 'T08:00';
    input.dispatchEvent(new Event('change'));
  });
  return el('span', {}, input, ' ', el('label', { for: never.id }, never, ' never'));
}

function setDate(key, value) {
  const input = $('f-' + key);
  const never = $('never-' + key);
  if (!input) return;
  never.checked = value === 'never';
  input.disabled = never.checked;
  if (value !== 'never') input.value = value;
}

function dateValue(key) {
  return $('never-' + key).checked ? 'never' : $('f-' + key).value;
}

function buildForm(s) {
  $('scenario-name').textContent = s.name;
  $('scenario-description').textContent = s.residents.toLocaleString('en') + ' residents in '
    + s.households.toLocaleString('en') + ' households, ' + dayLabel(s.start) + ' to ' + dayLabel(s.end)
    + '; baseline: ' + s.baseline + '. At most ' + s.limits.maxRuns + ' runs a plan.';
  const d = s.defaults;
  const body = $('timeline').querySelector('tbody');
  const dateFields = s.fields.filter(f => f.kind === 'date_time');
  const placed = new Set();
  for (const m of s.timeline) {
    const field = dateFields.find(f => f.measure === m.name);
    const row = el('tr', { 'data-measure': m.name, class: field ? 'part' : null },
      el('td', {}, field ? field.label : m.name, el('div', { class: 'muted' }, m.type)),
      el('td', {}, m.start.replace('T', ' ')), el('td', {}, m.end ? m.end.replace('T', ' ') : ''),
      el('td', {}));
    if (field) {
      row.lastChild.append(dateInput(field, d[field.key]));
      placed.add(field.key);
    }
    body.append(row);
  }
  for (const f of dateFields.filter(f => !placed.has(f.key))) {
    body.append(el('tr', { class: 'part' }, el('td', {}, f.label, el('div', { class: 'muted' }, 'not in the baseline')),
      el('td', {}), el('td', {}), el('td', {}, dateInput(f, d[f.key]))));
  }
  const staffing = $('staffing');
  for (const f of s.fields.filter(f => f.kind !== 'date_time')) {
    const input = el('input', { type: 'number', id: 'f-' + f.key, 'data-key': f.key, min: f.kind === 'count' ? 1 : 0,
      step: f.kind === 'count' ? 1 : 'any' });
    if (d[f.key] === null) {
      input.disabled = true;
      input.title = 'the baseline has no ' + f.measure;
    } else {
      input.value = d[f.key];
    }
    staffing.append(el('label', { for: input.id }, f.label), input);
  }
  const assumptions = $('assumptions');
  for (const a of s.assumptions) {
    const input = el('input', { type: 'number', id: 'a-' + a.name, min: 0, step: 0.01 });
    input.value = d.assumptions[a.name];
    assumptions.append(el('label', { for: input.id }, a.name), input, el('div', { class: 'meaning' }, a.meaning));
  }
  $('runs').max = s.limits.maxRuns;
  // guards go 24 h a fixed time after the community closure unless the planner moves them
  const gap = d.community !== 'never' && d.guards24h !== 'never' ? daysBetween(d.community, d.guards24h) : 2;
  const community = $('f-community');
  if (community && $('f-guards24h')) {
    community.addEventListener('change', () => {
      const c = dateValue('community');
      setDate('guards24h', c === 'never' ? 'never' : addDays(c, gap));
    });
  }
  resetForm();
}

function resetForm() {
  fillForm(state.scenario.defaults);
}

function fillForm(d) {
  const s = state.scenario;
  for (const f of s.fields) {
    if (f.kind === 'date_time') setDate(f.key, d[f.key]);
    else if (d[f.key] !== null) $('f-' + f.key).value = d[f.key];
  }
  for (const a of s.assumptions) $('a-' + a.name).value = d.assumptions[a.name];
  $('runs').value = d.runs;
  $('seed').value = d.seed;
}

function collectPlan() {
  const s = state.scenario;
  const plan = { runs: Number($('runs').value), seed: Number($('seed').value), assumptions: {} };
  for (const f of s.fields) {
    if (f.kind === 'date_time') {
      plan[f.key] = dateValue(f.key);
    } else if (!$('f-' + f.key).disabled) {
      plan[f.key] = Number($('f-' + f.key).value);
    }
  }
  for (const a of s.assumptions) plan.assumptions[a.name] = Number($('a-' + a.name).value);
  return plan;
}

// ---- running ----

function showError(message) {
  const e = $('error');
  e.textContent = message;
  e.hidden = !message;
}

function setRunning(running) {
  $('run').disabled = running;
  $('cancel').disabled = !running;
}

async function run() {
  showError('');
  let status;
  try {
    status = await getJson('/api/runs', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(collectPlan()) });
  } catch (e) {
    showError(e.message);
    return;
  }
  $('results').hidden = true;
  follow(status);
}

// follows a run by server-sent events until it ends
function follow(status) {
  state.run = status.id;
  setRunning(true);
  progress(status);
  const events = new EventSource(status.links.events);
  state.events = events;
  events.addEventListener('progress', e => progress(JSON.parse(e.data)));
  events.addEventListener('done', e => { events.close(); finished(JSON.parse(e.data)); });
  events.addEventListener('failed', e => { events.close(); setRunning(false); showError(JSON.parse(e.data).error); });
  events.addEventListener('cancelled', e => { events.close(); setRunning(false); progress(JSON.parse(e.data)); });
  events.onerror = () => {
    if (events.readyState === EventSource.CLOSED) setRunning(false);
  };
}

function progress(status) {
  $('progress').max = status.total;
  $('progress').value = status.done;
  $('status').textContent = status.status + ': ' + status.done + ' of ' + status.total + ' runs (run '
    + status.id + ', seed ' + status.seed + ')';
}

async function cancel() {
  if (!state.run) return;
  try {
    progress(await getJson('/api/runs/' + state.run, { method: 'DELETE' }));
  } catch (e) {
    showError(e.message);
  }
}

async function finished(status) {
  progress(status);
  setRunning(false);
  history.replaceState(null, '', '#run=' + status.id);
  const [summary, charts] = await Promise.all([getJson(status.links['summary.json']), getJson(status.links['charts.json'])]);
  const links = $('downloads');
  links.replaceChildren('Download: ');
  for (const [name, href] of [['summary.json', status.links['summary.json']], ['daily.csv', status.links['daily.csv']],
    ['report.html', status.links['report.html']], ['scenario.yaml', status.links.scenario]]) {
    links.append(el('a', { href: href, download: name }, name), ' ');
  }
  links.append(el('span', { class: 'muted' }, ' (the same as cordon compare --scenario scenario.yaml --runs '
    + summary.runs + ' --seed ' + summary.seed + ' --out DIR)'));
  $('results').hidden = false;
  drawConfirmed($('chart-confirmed'), charts);
  drawHistogram($('chart-histogram'), charts.differences);
  drawStaffing($('chart-staffing'), charts);
  comparisonTable($('comparison'), summary);
  variantsTable($('variants'), summary);
}

// ---- tables: every number exactly as summary.json has it, with its JSON path ----

function numCell(value, path) {
  return el('td', { class: 'num', 'data-path': path }, value === null || value === undefined ? '' : String(value));
}

function comparisonTable(table, summary) {
  const extra = ['mean', 'probabilityFewer'].filter(k => summary.comparisons.some(c => k in c || (c.difference && k in c.difference)));
  const head = el('tr', {}, el('th', {}, 'variant'), el('th', {}, 'versus'), el('th', {}, 'confirmed by'),
    el('th', {}, 'extra: median'), el('th', {}, '5%'), el('th', {}, '95%'));
  if (extra.includes('mean')) head.append(el('th', {}, 'mean'));
  head.append(el('th', {}, 'P(more)'));
  if (extra.includes('probabilityFewer')) head.append(el('th', {}, 'P(fewer)'));
  table.replaceChildren(el('thead', {}, head));
  const body = el('tbody');
  summary.comparisons.forEach((c, i) => {
    const p = 'comparisons.' + i + '.';
    const row = el('tr', {}, el('td', {}, c.variant), el('td', {}, c.versus), el('td', {}, c.by),
      numCell(c.difference.median, p + 'difference.median'), numCell(c.difference.p5, p + 'difference.p5'),
      numCell(c.difference.p95, p + 'difference.p95'));
    if (extra.includes('mean')) {
      row.append('mean' in c.difference ? numCell(c.difference.mean, p + 'difference.mean') : numCell(c.mean, p + 'mean'));
    }
    row.append(numCell(c.probabilityMore, p + 'probabilityMore'));
    if (extra.includes('probabilityFewer')) row.append(numCell(c.probabilityFewer, p + 'probabilityFewer'));
    body.append(row);
  });
  table.append(body);
}

function variantsTable(table, summary) {
  table.replaceChildren(el('thead', {}, el('tr', {}, el('th', {}, 'variant'), el('th', {}, 'closure'),
    el('th', {}, 'by'), el('th', {}, 'median'), el('th', {}, '5%'), el('th', {}, '95%'))));
  const body = el('tbody');
  summary.variants.forEach((v, i) => {
    for (const [date, band] of Object.entries(v.confirmed)) {
      const p = 'variants.' + i + '.confirmed.' + date + '.';
      body.append(el('tr', {}, el('td', {}, v.name), el('td', {}, v.closureDate || 'never'), el('td', {}, date),
        numCell(band.median, p + 'median'), numCell(band.p5, p + 'p5'), numCell(band.p95, p + 'p95')));
    }
  });
  table.append(body);
}

// ---- charts (plain SVG) ----

function niceMax(x) {
  if (!(x > 0)) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(x)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= x) return m * p;
  return 10 * p;
}

function frame(svg, w, h, yMax, yLabel) {
  svg.replaceChildren();
  const f = { left: 48, right: w - 12, top: 12, bottom: h - 34 };
  f.y = v => f.bottom - (v / yMax) * (f.bottom - f.top);
  for (let i = 0; i <= 4; i++) {
    const v = yMax * i / 4;
    svg.append(svgEl('line', { x1: f.left, x2: f.right, y1: f.y(v), y2: f.y(v), stroke: '#e4e4ea' }));
    svg.append(svgEl('text', { x: f.left - 6, y: f.y(v) + 4, 'text-anchor': 'end' }, String(Math.round(v * 10) / 10)));
  }
  svg.append(svgEl('text', { x: 12, y: f.top + (f.bottom - f.top) / 2, transform: 'rotate(-90 12 ' + (f.top + (f.bottom - f.top) / 2) + ')',
    'text-anchor': 'middle' }, yLabel));
  return f;
}

function dateAxis(svg, f, dates) {
  f.x = i => f.left + (i / Math.max(1, dates.length - 1)) * (f.right - f.left);
  dates.forEach((d, i) => {
    if (i % 7 === 0) {
      svg.append(svgEl('line', { x1: f.x(i), x2: f.x(i), y1: f.bottom, y2: f.bottom + 4, stroke: '#888' }));
      svg.append(svgEl('text', { x: f.x(i), y: f.bottom + 16, 'text-anchor': 'middle' }, dayLabel(d)));
    }
  });
  svg.append(svgEl('line', { x1: f.left, x2: f.right, y1: f.bottom, y2: f.bottom, stroke: '#888' }));
}

function legend(svg, f, entries) {
  entries.forEach(([label, color, dash], i) => {
    const y = f.top + 6 + i * 15;
    svg.append(svgEl('line', { x1: f.left + 10, x2: f.left + 30, y1: y, y2: y, stroke: color, 'stroke-width': 2,
      'stroke-dasharray': dash || '' }));
    svg.append(svgEl('text', { x: f.left + 36, y: y + 4, class: 'legend' }, label));
  });
}

function drawConfirmed(svg, charts) {
  const dates = charts.variants[0].dates;
  let max = 0;
  for (const v of charts.variants) max = Math.max(max, ...v.p95);
  for (const o of charts.observed) max = Math.max(max, o.confirmed);
  const f = frame(svg, 640, 300, niceMax(max * 1.05), 'confirmed');
  dateAxis(svg, f, dates);
  charts.variants.forEach((v, k) => {
    const c = COLORS[k % COLORS.length];
    const upper = v.p95.map((y, i) => f.x(i) + ',' + f.y(y));
    const lower = v.p5.map((y, i) => f.x(i) + ',' + f.y(y)).reverse();
    svg.append(svgEl('polygon', { points: upper.concat(lower).join(' '), fill: c, 'fill-opacity': 0.18, stroke: 'none',
      'data-band': v.name }));
  });
  charts.variants.slice().reverse().forEach((v, r) => {
    const k = charts.variants.length - 1 - r;
    svg.append(svgEl('polyline', { points: v.median.map((y, i) => f.x(i) + ',' + f.y(y)).join(' '), fill: 'none',
      stroke: COLORS[k % COLORS.length], 'stroke-width': 2, 'stroke-dasharray': k === 0 ? '6 3' : '', 'data-median': v.name }));
  });
  for (const o of charts.observed) {
    const i = dates.indexOf(o.date);
    if (i < 0) continue;
    svg.append(svgEl('circle', { cx: f.x(i), cy: f.y(o.confirmed), r: 4, fill: '#000', 'data-observed': o.date }));
    svg.append(svgEl('text', { x: f.x(i) + 7, y: f.y(o.confirmed) - 6 }, o.confirmed + ' by ' + dayLabel(o.date)));
  }
  $('observed-note').textContent = charts.observed.length ? '; dots: observed (docs/sources.md#the-outbreak)' : '';
  legend(svg, f, charts.variants.map((v, k) => [v.name + ' (median, band 5-95%)', COLORS[k % COLORS.length], k === 0 ? '6 3' : '']));
}

function drawHistogram(svg, diff) {
  const values = diff.values;
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const width = Math.max(1, Math.ceil((hi - lo + 1) / 40));
  const bins = [];
  for (let b = lo; b <= hi; b += width) bins.push({ from: b, count: 0 });
  for (const v of values) bins[Math.floor((v - lo) / width)].count++;
  const f = frame(svg, 640, 240, niceMax(Math.max(...bins.map(b => b.count))), 'runs');
  const bw = (f.right - f.left) / bins.length;
  bins.forEach((b, i) => {
    const x = f.left + i * bw;
    svg.append(svgEl('rect', { x: x + 1, y: f.y(b.count), width: Math.max(1, bw - 2), height: f.bottom - f.y(b.count),
      fill: b.from + width - 1 < 0 ? '#2b8a3e' : b.from > 0 ? '#e8710a' : '#5b6b80', 'data-from': b.from,
      'data-count': b.count }));
    if (bins.length <= 20 || i % Math.ceil(bins.length / 20) === 0) {
      svg.append(svgEl('text', { x: x + bw / 2, y: f.bottom + 16, 'text-anchor': 'middle' },
        width === 1 ? String(b.from) : b.from + '..' + (b.from + width - 1)));
    }
  });
  svg.append(svgEl('line', { x1: f.left, x2: f.right, y1: f.bottom, y2: f.bottom, stroke: '#888' }));
  const more = values.filter(v => v > 0).length;
  const fewer = values.filter(v => v < 0).length;
  $('histogram-caption').textContent = 'Extra confirmed cases by ' + dayLabel(diff.by) + ' (' + diff.variant + ' minus '
    + diff.versus + '), run by run: ' + more + ' of ' + values.length + ' runs more, ' + fewer + ' fewer';
}

function drawStaffing(svg, charts) {
  const dates = charts.variants[0].dates;
  let max = 0;
  for (const v of charts.variants) max = Math.max(max, ...v.guards, ...v.surveyStaff);
  const f = frame(svg, 640, 240, niceMax(max * 1.05), 'people');
  dateAxis(svg, f, dates);
  const entries = [];
  charts.variants.forEach((v, k) => {
    const c = COLORS[k % COLORS.length];
    svg.append(svgEl('polyline', { points: v.guards.map((y, i) => f.x(i) + ',' + f.y(y)).join(' '), fill: 'none',
      stroke: c, 'stroke-width': 2 }));
    svg.append(svgEl('polyline', { points: v.surveyStaff.map((y, i) => f.x(i) + ',' + f.y(y)).join(' '), fill: 'none',
      stroke: c, 'stroke-width': 2, 'stroke-dasharray': '5 3' }));
    entries.push([v.name + ': guards on duty (peak ' + Math.max(...v.guards) + ')', c]);
    entries.push([v.name + ': survey staff', c, '5 3']);
  });
  legend(svg, f, entries);
}

// ---- start ----

async function init() {
  try {
    state.scenario = await getJson('/api/scenario');
  } catch (e) {
    showError('cannot load the scenario: ' + e.message);
    return;
  }
  buildForm(state.scenario);
  $('run').addEventListener('click', run);
  $('cancel').addEventListener('click', cancel);
  $('reset').addEventListener('click', resetForm);
  document.body.setAttribute('data-ready', 'true');
  // #run=ID shows that run (a bookmark, or a screenshot of a finished run)
  const m = /^#run=([0-9a-f]+)$/.exec(location.hash);
  if (m) {
    try {
      const status = await getJson('/api/runs/' + m[1]);
      fillForm(status.plan);
      if (status.status === 'done') await finished(status);
      else if (status.status === 'queued' || status.status === 'running') follow(status);
      else progress(status);
    } catch (e) {
      showError(e.message);
    }
  }
}

init();
