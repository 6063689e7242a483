// Cordon what-if page: draws the plan form from GET /api/scenario, checks every field before sending, posts a plan,
// follows the run by server-sent events, shows the answer in words and the results, and lists the kept runs.
// Every request goes through api(). Loads nothing from other hosts.
'use strict';

const state = { scenario: null, run: null, events: null, shown: null, ticked: [], guardsByHand: false };

function $(id) { return document.getElementById(id); }

// ---- access token (cordon serve bound off this machine prints http://HOST:PORT/#token=...) ----
// Read once from the address, kept in sessionStorage and taken out of the address bar (the rest of
// the address, e.g. #run=ID, stays). Every API request carries it as a header; the event stream and
// download links, which cannot, as ?token=.
const TOKEN = (() => {
  const m = /(^#|&)token=([^&]*)/.exec(location.hash);
  if (m) {
    let t = m[2];
    try { t = decodeURIComponent(t); } catch (e) { /* kept as written */ }
    if (t) sessionStorage.setItem('cordon-token', t);
    const rest = location.hash.replace(m[0], m[1] === '#' ? '#' : '').replace(/^#&/, '#');
    history.replaceState(null, '', location.pathname + location.search + (rest === '#' ? '' : rest));
  }
  return sessionStorage.getItem('cordon-token');
})();

function withToken(url) {
  return TOKEN ? url + (url.includes('?') ? '&' : '?') + 'token=' + encodeURIComponent(TOKEN) : url;
}

// The one door to the server: fetch (JSON or text) or, with {stream: true}, an EventSource.
// Resolves to {ok, status, body}; a network failure resolves to {ok: false, status: 0, body: {error}}.
async function api(path, options) {
  const o = options || {};
  if (o.stream) return new EventSource(withToken(path));
  const init = { method: o.method || 'GET', headers: {} };
  if (TOKEN) init.headers.Authorization = 'Bearer ' + TOKEN;
  if (o.json !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(o.json);
  }
  let r;
  try {
    r = await fetch(path, init);
  } catch (e) {
    return { ok: false, status: 0, body: { error: 'the server cannot be reached (' + e.message + ')' } };
  }
  const text = await r.text();
  if (o.text && r.ok) return { ok: true, status: r.status, body: text };
  let body;
  try { body = JSON.parse(text); } catch (e) { body = { error: text || ('HTTP ' + r.status) }; }
  return { ok: r.ok, status: r.status, body };
}

// ---- the form ----

function fieldError(id) {
  return el('p', { class: 'field-error', id: 'err-' + id, hidden: true });
}

// a labelled input with its message under it; inputs are text, so nothing typed is silently dropped
function field(container, id, label, value, opts) {
  const o = opts || {};
  const input = el('input', { type: 'text', id, inputmode: o.inputmode || 'decimal', autocomplete: 'off',
    spellcheck: 'false', 'aria-describedby': 'err-' + id, title: o.title });
  input.value = value === null || value === undefined ? '' : String(value);
  const labelEl = el('label', { for: id, title: o.title }, label);
  const cell = el('div', { class: 'input' }, input, fieldError(id));
  if (o.hint) cell.append(el('p', { class: 'hint' }, o.hint));
  container.append(el('div', { class: 'row' }, labelEl, cell));
  input.addEventListener('input', () => { validate(id); markStale(); });
  input.addEventListener('change', () => validate(id));
  return input;
}

function dateCell(f, value) {
  const input = el('input', { type: 'text', id: 'f-' + f.key, 'data-key': f.key, autocomplete: 'off',
    spellcheck: 'false', 'aria-describedby': 'err-f-' + f.key, 'aria-label': f.label + ' in your plan',
    placeholder: '10 Feb 2020 08:00' });
  const never = el('input', { type: 'checkbox', id: 'never-' + f.key });
  const box = el('div', { class: 'date' }, input, ' ', el('label', { for: never.id, class: 'never' }, never, ' never'),
    fieldError('f-' + f.key));
  never.addEventListener('change', () => {
    if (f.key === 'guards24h') state.guardsByHand = true;
    input.disabled = never.checked;
    if (!never.checked && !input.value) input.value = formatDate(state.scenario.start + 'T08:00');
    dateChanged(f.key);
  });
  input.addEventListener('input', () => {
    if (f.key === 'guards24h') state.guardsByHand = true;
    dateChanged(f.key);
  });
  input.addEventListener('change', () => dateChanged(f.key));
  setDate(f.key, value, input, never);
  return box;
}

function setDate(key, value, input, never) {
  input = input || $('f-' + key);
  never = never || $('never-' + key);
  if (!input) return;
  never.checked = value === 'never';
  input.disabled = never.checked;
  if (value !== 'never') input.value = formatDate(value);
}

// 'never', an ISO date-time, or null when what is typed is not a date
function dateValue(key) {
  if ($('never-' + key).checked) return 'never';
  const prev = state.scenario.defaults[key];
  return parseDate($('f-' + key).value, prev && prev !== 'never' ? prev.slice(11, 16) : '08:00',
    Number(state.scenario.start.slice(0, 4)));
}

function buildForm(s) {
  $('scenario-name').textContent = s.name;
  $('scenario-description').textContent = whole(s.residents) + ' residents in ' + whole(s.households)
    + ' households, ' + formatDay(s.start) + ' to ' + formatDay(s.end) + '; baseline: ' + s.baseline
    + '. At most ' + whole(s.limits.maxRuns) + ' paired runs a plan.';
  const d = s.defaults;
  const body = $('timeline').querySelector('tbody');
  const dateFields = s.fields.filter(f => f.kind === 'date_time');
  const placed = new Set();
  const row = (name, note, from, to, f, attrs) => el('tr', attrs,
    el('th', { scope: 'row' }, f ? el('label', { for: 'f-' + f.key }, f.label) : name,
      note ? el('div', { class: 'muted' }, note) : null),
    el('td', { 'data-label': 'baseline from' }, from), el('td', { 'data-label': 'to' }, to),
    el('td', { 'data-label': 'your plan' }, f ? dateCell(f, d[f.key]) : ''));
  for (const m of s.timeline) {
    const f = dateFields.find(x => x.measure === m.name);
    body.append(row(m.label || m.name, f && m.label !== f.label ? m.label : null, formatDate(m.start), m.end ? formatDate(m.end) : '', f,
      { 'data-measure': m.name, class: f ? 'part' : null, title: m.name + ' (' + m.type + ')' }));
    if (f) placed.add(f.key);
  }
  for (const f of dateFields.filter(x => !placed.has(x.key))) {
    body.append(row(f.label, 'not in the baseline', '', '', f, { class: 'part' }));
  }
  for (const f of s.fields.filter(x => x.kind !== 'date_time')) {
    const input = field($('staffing'), 'f-' + f.key, f.label, d[f.key], {
      inputmode: f.kind === 'count' ? 'numeric' : 'decimal',
      hint: f.kind === 'count' ? 'a whole number, 1 to ' + whole(f.max) : 'above 0, at most ' + whole(f.max) });
    input.setAttribute('data-key', f.key);
    if (d[f.key] === null) {
      input.disabled = true;
      input.title = 'the baseline has no ' + f.measure;
    }
  }
  for (const a of s.assumptions) {
    field($('assumptions'), 'a-' + a.name, a.label, d.assumptions[a.name], {
      title: a.name + ' (code name): ' + a.meaning, hint: a.meaning + '; ' + a.min + ' to ' + a.max });
  }
  field($('run-settings'), 'runs', 'Paired runs', d.runs, { inputmode: 'numeric',
    hint: 'each run of the plan is paired with a run of the baseline; 1 to ' + whole(s.limits.maxRuns) });
  field($('run-settings'), 'seed', 'Seed', d.seed, { inputmode: 'numeric',
    hint: 'the same seed and plan give the same numbers' });
}

function fillForm(p) {
  const s = state.scenario;
  for (const f of s.fields) {
    if (f.kind === 'date_time') setDate(f.key, p[f.key]);
    else if (p[f.key] !== null && p[f.key] !== undefined) $('f-' + f.key).value = String(p[f.key]);
  }
  for (const a of s.assumptions) {
    if (p.assumptions && a.name in p.assumptions) $('a-' + a.name).value = String(p.assumptions[a.name]);
  }
  $('runs').value = String(p.runs);
  $('seed').value = String(p.seed);
  state.guardsByHand = false;
  clearFieldErrors();
}

// ---- checks at the field ----

function labelOf(id) {
  const l = document.querySelector('label[for="' + id + '"]');
  return l ? l.textContent.trim() : id;
}

function showFieldError(id, message) {
  const input = $(id);
  const err = $('err-' + id);
  if (!input || !err) return false;
  err.textContent = message;
  err.hidden = !message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  return true;
}

function clearFieldErrors() {
  document.querySelectorAll('.field-error').forEach(e => { e.hidden = true; e.textContent = ''; });
  document.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
}

// checks one input, shows its message; returns the message ('' when fine)
function validate(id) {
  const s = state.scenario;
  const input = $(id);
  if (!input || input.disabled) return showFieldError(id, '') && '';
  let m = '';
  if (id === 'runs') m = checkWhole('Paired runs', input.value, 1, s.limits.maxRuns);
  else if (id === 'seed') m = checkSeed(input.value);
  else if (id.startsWith('a-')) {
    const a = s.assumptions.find(x => 'a-' + x.name === id);
    m = checkRange(a.label, input.value, a.min, a.max);
  } else if (id.startsWith('f-')) {
    const f = s.fields.find(x => 'f-' + x.key === id);
    if (f.kind === 'date_time') m = dateMessages()[f.key] || '';
    else if (f.kind === 'count') m = checkWhole(f.label, input.value, f.min, f.max);
    else m = checkAbove0(f.label, input.value, f.max);
  }
  showFieldError(id, m);
  return m;
}

// every date field's message: its own (a date, inside the scenario), then the order of the dates
function dateMessages() {
  const s = state.scenario;
  const out = {};
  const values = {};
  for (const f of s.fields.filter(x => x.kind === 'date_time')) {
    values[f.key] = dateValue(f.key);
    const m = checkDate(f.label, values[f.key], s.start, s.end);
    if (m) out[f.key] = m;
  }
  const order = checkOrder(values);
  for (const k of Object.keys(order)) if (!out[k]) out[k] = order[k];
  return out;
}

function dateChanged(key) {
  // guards go 24 h a fixed time after the community closure unless the planner set them by hand
  if (key === 'community' && $('f-guards24h') && !state.guardsByHand) {
    const d = state.scenario.defaults;
    const c = dateValue('community');
    if (c === 'never') setDate('guards24h', 'never');
    else if (c && d.community !== 'never' && d.guards24h !== 'never') {
      setDate('guards24h', addDays(c.slice(0, 10) + 'T' + d.guards24h.slice(11, 16), daysBetween(d.community, d.guards24h)));
    }
  }
  const messages = dateMessages();
  for (const f of state.scenario.fields.filter(x => x.kind === 'date_time')) {
    showFieldError('f-' + f.key, messages[f.key] || '');
  }
  markStale();
}

function validateAll() {
  const ids = [...document.querySelectorAll('#plan input[type=text]')].map(i => i.id);
  let first = null;
  for (const id of ids) if (validate(id) && !first) first = id;
  return first;
}

function collectPlan() {
  const s = state.scenario;
  const plan = { runs: parseNumber($('runs').value), seed: parseNumber($('seed').value), assumptions: {} };
  for (const f of s.fields) {
    if (f.kind === 'date_time') plan[f.key] = dateValue(f.key);
    else if (!$('f-' + f.key).disabled) plan[f.key] = parseNumber($('f-' + f.key).value);
  }
  for (const a of s.assumptions) plan.assumptions[a.name] = parseNumber($('a-' + a.name).value);
  return plan;
}

// ---- running ----

function showError(message) {
  $('error').textContent = message || '';
  $('error').hidden = !message;
}

function setRunning(running) {
  $('run').disabled = running;
  $('cancel').disabled = !running;
}

function markStale() {
  if ($('results').hidden || !state.shown) return;
  const note = $('stale-note');
  note.textContent = 'These results are of run ' + state.shown + '; the plan in the form has changed since. Press Run'
    + ' to see the new plan.';
  note.hidden = false;
}

function hideResults() {
  $('results').hidden = true;
  state.shown = null;
}

async function run() {
  showError('');
  const bad = validateAll();
  if (bad) {
    markStale();
    $('status').textContent = 'Not sent: ' + labelOf(bad) + ' and any other marked field need fixing first.';
    $(bad).focus();
    return;
  }
  const r = await api('/api/runs', { method: 'POST', json: collectPlan() });
  if (!r.ok) {
    markStale();
    const target = r.body.field ? fieldId(r.body.field) : null;
    if (target && showFieldError(target, r.body.error)) {
      $('status').textContent = 'Not run: see the message under ' + labelOf(target) + '.';
      $(target).focus();
    } else {
      showError(r.body.error);
    }
    return;
  }
  hideResults();
  history.replaceState(null, '', '#run=' + r.body.id);
  follow(r.body);
}

function fieldId(key) {
  if (key === 'runs' || key === 'seed') return key;
  if (key.startsWith('assumptions.')) return 'a-' + key.slice('assumptions.'.length);
  return $('f-' + key) ? 'f-' + key : null;
}

// follows a run by server-sent events until it ends
function follow(status) {
  state.run = status.id;
  setRunning(true);
  progress(status);
  const events = api(status.links.events, { stream: true });
  events.then(es => {
    state.events = es;
    es.addEventListener('progress', e => progress(JSON.parse(e.data)));
    es.addEventListener('done', e => { es.close(); finished(JSON.parse(e.data), true); });
    es.addEventListener('failed', e => {
      es.close();
      setRunning(false);
      progress(JSON.parse(e.data));
      showError('The run failed: ' + JSON.parse(e.data).error);
      refreshRuns();
    });
    es.addEventListener('cancelled', e => { es.close(); setRunning(false); progress(JSON.parse(e.data)); refreshRuns(); });
    es.onerror = () => { if (es.readyState === EventSource.CLOSED) setRunning(false); };
  });
}

function progress(status) {
  const variants = Math.max(1, Math.round(status.total / Math.max(1, status.runs)));
  $('progress').max = status.total;
  $('progress').value = status.done;
  const words = { queued: 'Waiting', running: 'Running', done: 'Done', failed: 'Failed', cancelled: 'Cancelled' };
  $('status').textContent = (words[status.status] || status.status) + ': ' + whole(Math.floor(status.done / variants))
    + ' of ' + whole(status.runs) + ' paired runs (run ' + status.id + ', seed ' + status.seed + ').';
}

async function cancel() {
  if (!state.run) return;
  const r = await api('/api/runs/' + state.run, { method: 'DELETE' });
  if (r.ok) progress(r.body);
  else showError(r.body.error);
}

// shows a finished run: the answer, tables, charts; scrolls to it and moves focus there when asked
async function finished(status, focus) {
  progress(status);
  setRunning(false);
  const [summary, charts] = await Promise.all([api(status.links['summary.json']), api(status.links['charts.json'])]);
  if (!summary.ok || !charts.ok) {
    showError((summary.ok ? charts : summary).body.error);
    return;
  }
  state.shown = status.id;
  history.replaceState(null, '', '#run=' + status.id);
  const s = summary.body;
  const answer = $('answer');
  answer.textContent = answerSentence(s, status.plan, state.scenario);
  const b = answerBasis(s);
  if (b) {
    for (const k of ['median', 'p5', 'p95', 'more', 'fewer']) answer.setAttribute('data-' + k, b[k]);
    answer.setAttribute('data-by', b.by);
  }
  $('stale-note').hidden = true;
  const links = $('downloads');
  links.replaceChildren('Download: ');
  for (const name of ['summary.json', 'daily.csv', 'report.html']) {
    if (status.links[name]) links.append(el('a', { href: withToken(status.links[name]), download: name }, name), ' ');
  }
  links.append(el('a', { href: withToken(status.links.scenario), download: 'scenario.yaml' }, 'scenario.yaml'),
    ' (the same numbers as cordon compare --scenario scenario.yaml --runs ' + s.runs + ' --seed ' + s.seed + ')');
  const closures = {};
  closures[state.scenario.baseline] = state.scenario.defaults.community;
  closures[state.scenario.plan] = status.plan.community;
  $('results').hidden = false;
  comparisonTable($('comparison'), s);
  costTable($('cost'), s, closures);
  variantsTable($('variants'), s);
  drawConfirmed($('chart-confirmed'), charts.body, $('legend-confirmed'));
  drawHistogram($('chart-histogram'), charts.body.differences, $('legend-histogram'));
  drawStaffing($('chart-staffing'), charts.body, $('legend-staffing'));
  refreshRuns();
  if (focus) {
    $('results').scrollIntoView({ block: 'start' });
    $('results').focus({ preventScroll: true });
  }
}

// opens a run by id (the address #run=ID, or a kept run)
async function openRun(id, focus) {
  const r = await api('/api/runs/' + encodeURIComponent(id));
  if (!r.ok) {
    hideResults();
    showError(r.body.error);
    return;
  }
  const status = r.body;
  showError('');
  fillForm(status.plan);
  state.run = status.id;
  if (status.status === 'done') await finished(status, focus);
  else if (status.status === 'queued' || status.status === 'running') { hideResults(); follow(status); }
  else {
    hideResults();
    progress(status);
    history.replaceState(null, '', '#run=' + status.id);
    if (status.error) showError('The run failed: ' + status.error);
  }
}

function reset() {
  fillForm(state.scenario.defaults);
  markStale();
}

// ---- start ----

async function init() {
  const r = await api('/api/scenario');
  if (!r.ok) {
    showError('cannot load the scenario: ' + r.body.error);
    return;
  }
  state.scenario = r.body;
  buildForm(state.scenario);
  $('run').addEventListener('click', run);
  $('cancel').addEventListener('click', cancel);
  $('reset').addEventListener('click', reset);
  $('compare-two').addEventListener('click', () => sideBySide(state.ticked));
  window.addEventListener('hashchange', () => {
    const m = /^#run=([0-9a-f]+)$/.exec(location.hash);
    if (m && m[1] !== state.shown && m[1] !== state.run) openRun(m[1], true);
  });
  await refreshRuns();
  document.body.setAttribute('data-ready', 'true');
  // #run=ID shows that run (a bookmark, a reopened run)
  const m = /^#run=([0-9a-f]+)$/.exec(location.hash);
  if (m) await openRun(m[1], false);
}

init();
