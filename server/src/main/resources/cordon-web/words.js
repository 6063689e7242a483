// Cordon what-if page: dates read and written one way ("10 Feb 2020 08:00"), the checks each field gets before
// anything is sent (the server makes the same ones, in the same words), and the answer in words from summary.json.
// Pure functions: nothing here touches the page or throws on what a planner types.
'use strict';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];

function pad2(n) { return (n < 10 ? '0' : '') + n; }

// "2020-02-10T08:00" or "2020-02-10" -> "10 Feb 2020 08:00" / "10 Feb 2020"
function formatDate(iso) {
  if (typeof iso !== 'string') return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  return Number(m[3]) + ' ' + MONTHS[Number(m[2]) - 1] + ' ' + m[1] + (m[4] ? ' ' + m[4] : '');
}

function formatDay(iso) { return formatDate(typeof iso === 'string' ? iso.slice(0, 10) : iso); }

// what a planner typed -> "2020-02-10T08:00", or null when it is not a date; never throws
// (the year may be left out when defaultYear is given: "10 Feb" is 10 Feb of the scenario's year)
function parseDate(text, defaultTime, defaultYear) {
  const t = String(text || '').trim().replace(/\s+/g, ' ');
  let y, mo, d, time;
  let m = /^(\d{1,2}) ([A-Za-z]{3,9})\.?(?: (\d{4}))?(?:,? (\d{1,2})[:.](\d{2}))?$/.exec(t);
  if (m) {
    d = Number(m[1]);
    const word = m[2].toLowerCase();
    mo = MONTH_NAMES.findIndex(x => word.length >= 3 && x.startsWith(word)) + 1;
    if (m[3] === undefined && !defaultYear) return null;
    y = m[3] !== undefined ? Number(m[3]) : defaultYear;
    time = m[4] !== undefined ? [Number(m[4]), Number(m[5])] : null;
  } else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?$/.exec(t))) {
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
    time = m[4] !== undefined ? [Number(m[4]), Number(m[5])] : null;
  } else {
    return null;
  }
  if (!(mo >= 1 && mo <= 12) || !(d >= 1)) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  if (time && (time[0] > 23 || time[1] > 59)) return null;
  const hhmm = time ? pad2(time[0]) + ':' + pad2(time[1]) : (defaultTime || '08:00');
  return y + '-' + pad2(mo) + '-' + pad2(d) + 'T' + hhmm;
}

function whole(n) { return Number(n).toLocaleString('en-GB', { maximumFractionDigits: 0 }); }

function plainNumber(n) { return Number.isInteger(n) ? String(n) : String(n); }

// a number as typed: null for blank, letters or anything else that is not a plain decimal number
function parseNumber(text) {
  const t = String(text === undefined || text === null ? '' : text).trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  return Number(t);
}

// ---- the checks, in the label's words (the server's PlanCheck says the same) ----

function checkWhole(label, text, min, max) {
  const n = parseNumber(text);
  if (n === null || !Number.isInteger(n) || n < min || n > max) {
    return label + ' must be a whole number from ' + whole(min) + ' to ' + whole(max) + '.';
  }
  return '';
}

function checkSeed(text) {
  const n = parseNumber(text);
  return n === null || !Number.isInteger(n) || !Number.isSafeInteger(n) ? 'Seed must be a whole number.' : '';
}

function checkAbove0(label, text, max) {
  const n = parseNumber(text);
  return n === null || !(n > 0 && n <= max) ? label + ' must be a number above 0 and at most ' + whole(max) + '.' : '';
}

function checkRange(label, text, min, max) {
  const n = parseNumber(text);
  return n === null || !(n >= min && n <= max)
    ? label + ' must be a number from ' + plainNumber(min) + ' to ' + plainNumber(max) + '.' : '';
}

// value: an ISO date-time, 'never', or null (not a date)
function checkDate(label, value, first, last) {
  if (value === 'never') return '';
  if (value === null) return label + ' must be a date like ' + formatDate(addDays(first + 'T08:00', 31)) + ', or never.';
  const day = value.slice(0, 10);
  if (day < first || day > last) {
    return label + ' must fall between ' + formatDay(first) + ' and ' + formatDay(last)
      + " (the scenario's days), or be never.";
  }
  return '';
}

// the order of the dates: {key: message} for the fields out of order
function checkOrder(dates) {
  const out = {};
  const h = dates.honghua, c = dates.community, g = dates.guards24h;
  const isDate = v => typeof v === 'string' && v !== 'never';
  if (isDate(h) && isDate(c) && h >= c) {
    out.honghua = 'Honghua closure must come before the community closure (' + formatDate(c)
      + '), or be never: Honghua then closes with the community.';
  }
  if (isDate(g) && c === 'never') {
    out.guards24h = 'Guards 24 h need a community closure: set them to never, or give the community closure a date.';
  } else if (isDate(g) && isDate(c) && g < c) {
    out.guards24h = 'Guards 24 h cannot start before the community closure (' + formatDate(c) + ').';
  }
  return out;
}

function addDays(isoDateTime, days) {
  const [date, time] = isoDateTime.split('T');
  const p = date.split('-').map(Number);
  const d = new Date(Date.UTC(p[0], p[1] - 1, p[2] + days));
  return d.getUTCFullYear() + '-' + pad2(d.getUTCMonth() + 1) + '-' + pad2(d.getUTCDate()) + 'T' + (time || '00:00');
}

function daysBetween(a, b) {
  const t = s => { const p = s.slice(0, 10).split('-').map(Number); return Date.UTC(p[0], p[1] - 1, p[2]); };
  return Math.round((t(b) - t(a)) / 86400000);
}

// ---- the answer in words ----

// The comparison the answer rests on, chosen in this one place: the plan against the baseline by the end
// (a comparison "by": "end" once summary.json has final counts), else by the last report date.
function answerBasis(summary) {
  const cs = summary.comparisons || [];
  const c = cs.find(x => x.by === 'end') || cs[cs.length - 1];
  if (!c) return null;
  return {
    variant: c.variant, versus: c.versus, by: c.by,
    median: c.difference.median, p5: c.difference.p5, p95: c.difference.p95,
    more: c.probabilityMore, fewer: c.probabilityFewer
  };
}

const DATE_PHRASES = {
  honghua: ['Sealing Honghua on its own on ', 'Never sealing Honghua on its own'],
  community: ['Closing the community on ', 'Never closing the community'],
  guards24h: ['Guarding day and night from ', 'Never guarding day and night'],
  survey: ['Starting the door-to-door survey on ', 'No door-to-door survey'],
  quarantine: ['Quarantining close contacts from ', 'No quarantine of close contacts'],
  isolationSwitch: ['Isolating cases within 2.6 days from ', 'Never isolating within 2.6 days']
};

// what the plan changes against the baseline, as phrases
function planChanges(plan, defaults, scenario) {
  const out = [];
  const gapMoved = plan.community !== defaults.community && plan.community !== 'never' && defaults.community !== 'never'
    && plan.guards24h !== 'never' && defaults.guards24h !== 'never'
    && daysBetween(defaults.community, defaults.guards24h) === daysBetween(plan.community, plan.guards24h)
    && plan.guards24h.slice(11) === defaults.guards24h.slice(11);
  for (const f of scenario.fields) {
    const v = plan[f.key], b = defaults[f.key];
    if (v === undefined || v === b) continue;
    if (f.kind === 'date_time') {
      if (f.key === 'guards24h' && gapMoved) continue; // they followed the closure, as in the baseline
      const p = DATE_PHRASES[f.key] || [f.label + ' on ', 'No ' + f.label.toLowerCase()];
      out.push(v === 'never' ? p[1] + ' (baseline: ' + formatDay(b) + ')'
        : p[0] + formatDay(v) + (b === 'never' ? ' (the baseline never does)' : ' instead of ' + formatDay(b)));
    } else if (v !== null && b !== null) {
      out.push(f.label + ' ' + plainNumber(v) + ' instead of ' + plainNumber(b));
    }
  }
  for (const a of scenario.assumptions) {
    const v = (plan.assumptions || {})[a.name], b = defaults.assumptions[a.name];
    if (v !== undefined && v !== b) out.push(a.label + ' ' + plainNumber(v) + ' instead of ' + plainNumber(b));
  }
  if (plan.residents !== undefined && plan.residents !== defaults.residents) {
    out.push(plan.residents === null ? 'The community at its own size' : whole(plan.residents) + ' residents');
  }
  return out;
}

function joinAnd(parts) {
  if (parts.length <= 1) return parts.join('');
  return parts.slice(0, -1).join(', ') + ' and ' + parts[parts.length - 1];
}

function casesPhrase(n) {
  const a = Math.abs(n);
  return n === 0 ? 'no change' : whole(a) + (n > 0 ? ' more' : ' fewer') + ' confirmed case' + (a === 1 ? '' : 's');
}

function rangePhrase(lo, hi) {
  if (lo === hi) return lo === 0 ? 'no change at all' : 'exactly ' + casesPhrase(lo);
  if (lo >= 0) return 'between ' + whole(lo) + ' and ' + whole(hi) + ' more confirmed cases';
  if (hi <= 0) return 'between ' + whole(-hi) + ' and ' + whole(-lo) + ' fewer confirmed cases';
  return 'between ' + whole(-lo) + ' fewer and ' + whole(hi) + ' more confirmed cases';
}

const COST_WORDS = [['guardShifts', 'guard shifts'], ['surveyStaffDays', 'survey staff-days'],
  ['residentDaysClosed', 'resident-days of closure']];

function costPhrase(base, plan) {
  if (!base || !plan) return '';
  const saves = [], needs = [];
  for (const [k, words] of COST_WORDS) {
    const d = plan[k] - base[k];
    if (d < 0) saves.push(whole(-d) + ' ' + words);
    if (d > 0) needs.push(whole(d) + ' more ' + words);
  }
  if (!saves.length && !needs.length) return 'It costs the same guard shifts, survey staff-days and resident-days of closure.';
  const parts = [];
  if (saves.length) parts.push('saves ' + joinAnd(saves));
  if (needs.length) parts.push('needs ' + joinAnd(needs));
  return 'It ' + parts.join(' and ') + '.';
}

// "Closing the community on 10 Feb 2020 instead of 1 Feb 2020: by 8 Mar 2020 (the scenario's end), typically no
// change (in 9 of 10 runs between 2 fewer and 3 more confirmed cases); more cases in 20% of runs, fewer in 17%.
// It saves 1,900 guard shifts and 84,000 resident-days of closure."
function answerSentence(summary, plan, scenario) {
  const b = answerBasis(summary);
  if (!b) return '';
  const changes = planChanges(plan, scenario.defaults, scenario);
  const what = changes.length ? joinAnd(changes.map((c, i) => i === 0 ? c : c.charAt(0).toLowerCase() + c.slice(1)))
    : 'The baseline plan against itself';
  const by = b.by === 'end' || b.by === scenario.end ? 'by ' + formatDay(scenario.end) + " (the scenario's end)"
    : 'by ' + formatDay(b.by);
  const typical = b.median === 0 ? 'typically no change' : 'typically ' + casesPhrase(b.median);
  const base = summary.variants.find(v => v.name === b.versus);
  const planned = summary.variants.find(v => v.name === b.variant);
  if (b.more === 0 && b.fewer === 0) {
    return what + ': ' + by + ', the same confirmed cases in every paired run. '
      + costPhrase(base && base.cost, planned && planned.cost);
  }
  return what + ': ' + by + ', ' + typical + ' (in 9 of 10 runs ' + rangePhrase(b.p5, b.p95) + '); more cases in '
    + Math.round(100 * b.more) + '% of runs, fewer in ' + Math.round(100 * b.fewer) + '%. '
    + costPhrase(base && base.cost, planned && planned.cost);
}
