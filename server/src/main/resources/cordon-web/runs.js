// Cordon what-if page: the kept runs (GET /api/runs, newest first), opening and deleting one, and two ticked runs
// side by side: their plans with the differences marked, both answers and both costs.
'use strict';

function when(iso) {
  const d = new Date(iso);
  if (isNaN(d.getTime())) return iso;
  return d.getDate() + ' ' + MONTHS[d.getMonth()] + ' ' + d.getFullYear() + ' ' + pad2(d.getHours()) + ':'
    + pad2(d.getMinutes());
}

async function refreshRuns() {
  const r = await api('/api/runs');
  if (!r.ok) return;
  const runs = r.body.runs;
  state.ticked = state.ticked.filter(id => runs.some(x => x.id === id && x.status === 'done'));
  const body = $('runs-list').querySelector('tbody');
  body.replaceChildren();
  for (const x of runs) {
    const tick = el('input', { type: 'checkbox', id: 'tick-' + x.id, 'data-run': x.id, disabled: x.status !== 'done',
      'aria-label': 'compare run ' + x.id });
    tick.checked = state.ticked.includes(x.id);
    tick.addEventListener('change', () => {
      state.ticked = state.ticked.filter(id => id !== x.id);
      if (tick.checked) state.ticked.push(x.id);
      while (state.ticked.length > 2) {
        const old = state.ticked.shift();
        if ($('tick-' + old)) $('tick-' + old).checked = false;
      }
      $('compare-two').disabled = state.ticked.length !== 2;
    });
    const openButton = el('button', { type: 'button', class: 'small', 'data-open': x.id }, 'Open');
    openButton.addEventListener('click', () => openRun(x.id, true));
    const terminal = ['done', 'failed', 'cancelled'].includes(x.status);
    const del = el('button', { type: 'button', class: 'small', 'data-delete': x.id },
      terminal ? 'Delete' : 'Cancel');
    del.addEventListener('click', () => removeRun(x.id));
    body.append(el('tr', { 'data-run': x.id, class: x.id === state.shown ? 'shown' : null },
      el('td', { 'data-label': 'compare' }, tick),
      el('td', { 'data-label': 'asked for' }, when(x.created)),
      el('td', { 'data-label': 'plan' }, x.summary),
      el('td', { 'data-label': 'status' }, x.status),
      el('td', {}, openButton, ' ', del)));
  }
  $('runs-empty').hidden = runs.length > 0;
  $('compare-two').disabled = state.ticked.length !== 2;
}

async function removeRun(id) {
  const r = await api('/api/runs/' + encodeURIComponent(id), { method: 'DELETE' });
  if (!r.ok) {
    showError(r.body.error);
    return;
  }
  if (r.body.status === 'deleted' && state.shown === id) {
    hideResults();
    history.replaceState(null, '', location.pathname);
  }
  await refreshRuns();
}

function planValue(f, v) {
  if (v === undefined || v === null) return '';
  return f.kind === 'date_time' ? (v === 'never' ? 'never' : formatDate(v)) : plainNumber(v);
}

async function sideBySide(ids) {
  if (ids.length !== 2) return;
  const loaded = [];
  for (const id of ids) {
    const st = await api('/api/runs/' + id);
    if (!st.ok) { showError(st.body.error); return; }
    const sm = await api(st.body.links['summary.json']);
    if (!sm.ok) { showError(sm.body.error); return; }
    loaded.push({ status: st.body, summary: sm.body });
  }
  const s = state.scenario;
  const box = $('side-by-side');
  const head = el('tr', {}, el('th', { scope: 'col' }, ''), ...loaded.map(x => el('th', { scope: 'col' },
    'run ' + x.status.id, el('div', { class: 'muted' }, when(x.status.created)))));
  const rows = [];
  const add = (label, values) => {
    const differs = values.some(v => v !== values[0]);
    rows.push(el('tr', { class: differs ? 'differs' : null, 'data-differs': differs ? 'true' : 'false' },
      el('th', { scope: 'row' }, label, differs ? el('span', { class: 'differs-mark' }, ' (differs)') : ''),
      ...values.map(v => el('td', {}, v))));
  };
  for (const f of s.fields) add(f.label, loaded.map(x => planValue(f, x.status.plan[f.key])));
  for (const a of s.assumptions) add(a.label, loaded.map(x => plainNumber((x.status.plan.assumptions || {})[a.name])));
  add('Paired runs', loaded.map(x => String(x.status.plan.runs)));
  add('Seed', loaded.map(x => String(x.status.plan.seed)));
  const costOf = (x, k) => {
    const v = x.summary.variants.find(y => y.name === s.plan);
    return v && v.cost ? whole(v.cost[k]) : '';
  };
  add('Guard shifts', loaded.map(x => costOf(x, 'guardShifts')));
  add('Survey staff-days', loaded.map(x => costOf(x, 'surveyStaffDays')));
  add('Resident-days of closure', loaded.map(x => costOf(x, 'residentDaysClosed')));
  add('Peak on duty', loaded.map(x => costOf(x, 'peakOnDuty')));
  const answers = el('div', { class: 'answers' }, ...loaded.map(x => el('div', { class: 'answer-box', 'data-run':
    x.status.id }, el('h4', {}, 'Run ' + x.status.id), el('p', { class: 'answer' },
    answerSentence(x.summary, x.status.plan, s)))));
  box.replaceChildren(el('h3', {}, 'Two runs side by side'),
    el('p', { class: 'muted' }, 'Rows that differ are marked (differs) and shaded.'), answers,
    el('div', { class: 'scroll-x' }, el('table', { id: 'compare-table' }, el('thead', {}, head), el('tbody', {}, ...rows))));
  box.hidden = false;
  box.scrollIntoView({ block: 'start' });
  box.focus({ preventScroll: true });
}
