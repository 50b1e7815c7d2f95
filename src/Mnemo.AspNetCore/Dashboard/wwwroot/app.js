// The Mnemo dashboard: a hash router over a few views, each calling the REST API of this server with the session's key.
import { api, ApiError, ping, session } from './api.js';
import { h, formatTime, formatNumber } from './dom.js';
import { barChart, explanationBars } from './charts.js';
import { timeline } from './timeline.js';

const main = document.getElementById('main');
const TYPES = { user: 'user_id', agent: 'agent_id', app: 'app_id', run: 'run_id' };
const PAGE_SIZE = 20;

// ---- shell ---------------------------------------------------------------------------------------------------------

function show(...children) {
  main.replaceChildren(...children.flat().filter(Boolean));
}

function setChrome(view) {
  const signedIn = Boolean(session.key);
  document.getElementById('nav').hidden = !signedIn;
  document.getElementById('signout').hidden = !signedIn;
  const project = document.getElementById('project');
  project.hidden = !signedIn;
  project.textContent = signedIn ? `Project: ${session.project || '(default)'}` : '';
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

function errorBox(error) {
  return h('p', { class: 'error', role: 'alert' }, error instanceof ApiError || error instanceof Error ? error.message : String(error));
}

function memoryLink(id, label) {
  return h('a', { href: `#/memory/${encodeURIComponent(id)}` }, label ?? id);
}

function subjectHref(type, name) {
  return `#/subject/${encodeURIComponent(type)}/${encodeURIComponent(name)}`;
}

/** Replaces `slot`'s content once `load` resolves; the slot keeps its reserved size meanwhile (no layout shift). */
async function fill(slot, load) {
  slot.setAttribute('aria-busy', 'true');
  try {
    slot.replaceChildren(...[await load()].flat().filter(Boolean));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return signOut('Your key is no longer valid. Sign in again.');
    slot.replaceChildren(errorBox(e));
  } finally {
    slot.removeAttribute('aria-busy');
  }
}

function signOut(message) {
  session.clear();
  location.hash = '#/';
  renderSignIn(message);
}

document.getElementById('signout').addEventListener('click', () => signOut());

// ---- sign-in -------------------------------------------------------------------------------------------------------

function renderSignIn(message) {
  setChrome(null);
  const input = h('input', { id: 'key', name: 'key', type: 'password', autocomplete: 'off', required: true, spellcheck: 'false' });
  const status = h('p', { id: 'signin-status', class: message ? 'error' : 'muted', role: 'alert' }, message ?? '\u00a0');
  const button = h('button', { type: 'submit' }, 'Sign in');
  const form = h('form', { class: 'card signin', onsubmit: async (event) => {
    event.preventDefault();
    button.disabled = true;
    status.className = 'muted';
    status.textContent = 'Checking…';
    try {
      const key = input.value.trim();
      const project = await ping(key);
      session.set(key, project);
      route();
    } catch (e) {
      status.className = 'error';
      status.textContent = e instanceof ApiError && e.status === 401 ? 'That API key is not valid. Check it and try again.' : e.message;
      button.disabled = false;
      input.select();
    }
  } },
  h('h1', {}, 'Sign in'),
  h('p', { class: 'muted' }, 'Paste an API key (', h('code', {}, 'mnemo keys create --project NAME'), '). It is kept for this browser tab only.'),
  h('label', { for: 'key' }, 'API key'), input, button, status);
  show(form);
  input.focus();
}

// ---- subjects ------------------------------------------------------------------------------------------------------

async function renderSubjects() {
  setChrome('subjects');
  const filter = h('input', { id: 'subject-filter', type: 'search', placeholder: 'Filter by name or type', 'aria-label': 'Filter subjects', autocomplete: 'off' });
  const slot = h('div', { class: 'slot slot-table' }, placeholderRows(5));
  show(h('div', { class: 'row-head' }, h('h1', {}, 'Subjects'), filter), slot);
  await fill(slot, async () => {
    const page = await api('/v1/entities/?page_size=1000');
    const rows = page.results.map((e) => h('tr', { dataset: { search: `${e.type} ${e.name}`.toLowerCase() } },
      h('td', {}, h('span', { class: `badge type-${e.type}` }, e.type)),
      h('td', {}, h('a', { href: subjectHref(e.type, e.name), class: 'subject-link' }, e.name)),
      h('td', { class: 'num' }, formatNumber(e.total_memories)),
      h('td', {}, h('time', { datetime: e.updated_at }, formatTime(e.updated_at)))));
    const empty = h('p', { class: 'muted', hidden: rows.length > 0 }, rows.length ? 'No subject matches the filter.' : 'This project has no memories yet.');
    filter.addEventListener('input', () => {
      const q = filter.value.trim().toLowerCase();
      let visible = 0;
      for (const r of rows) {
        r.hidden = q.length > 0 && !r.dataset.search.includes(q);
        if (!r.hidden) visible++;
      }
      empty.hidden = visible > 0;
    });
    return [
      h('table', { class: 'grid', id: 'subjects' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Type'), h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col', class: 'num' }, 'Memories'), h('th', { scope: 'col' }, 'Last activity'))),
        h('tbody', {}, rows)),
      empty,
    ];
  });
  filter.focus();
}

function placeholderRows(n) {
  return h('div', { class: 'placeholder', 'aria-hidden': 'true' }, Array.from({ length: n }, () => h('div', { class: 'ph-row' })));
}

// ---- one subject: list, search, filters, forget ----------------------------------------------------------------------

function renderSubject(type, name) {
  setChrome('subjects');
  const field = TYPES[type];
  if (!field) return show(errorBox(`Unknown subject type '${type}'.`));
  const state = { page: 1, query: '' };

  const query = h('input', { id: 'query', type: 'search', placeholder: 'Search this subject’s memories', 'aria-label': 'Search query', autocomplete: 'off' });
  const category = h('input', { id: 'f-category', type: 'text', placeholder: 'e.g. work', autocomplete: 'off' });
  const metaKey = h('input', { id: 'f-meta-key', type: 'text', placeholder: 'key', autocomplete: 'off', 'aria-label': 'Metadata key' });
  const metaValue = h('input', { id: 'f-meta-value', type: 'text', placeholder: 'value', autocomplete: 'off', 'aria-label': 'Metadata value' });
  const from = h('input', { id: 'f-from', type: 'date' });
  const to = h('input', { id: 'f-to', type: 'date' });
  const superseded = h('input', { id: 'f-superseded', type: 'checkbox' });
  const expired = h('input', { id: 'f-expired', type: 'checkbox' });
  const results = h('div', { class: 'slot slot-list', id: 'results', 'aria-live': 'polite' }, placeholderRows(6));
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages' });
  const chart = h('div', { class: 'slot slot-chart' });

  const filters = () => {
    const and = [{ [field]: name }];
    if (category.value.trim()) and.push({ categories: { contains: category.value.trim() } });
    if (metaKey.value.trim()) and.push({ [`metadata.${metaKey.value.trim()}`]: metaValue.value });
    if (from.value) and.push({ created_at: { gte: from.value } });
    if (to.value) {
      const end = new Date(`${to.value}T00:00:00Z`);
      end.setUTCDate(end.getUTCDate() + 1);
      and.push({ created_at: { lt: end.toISOString().slice(0, 10) } });
    }
    return { AND: and };
  };

  const load = () => fill(results, async () => {
    const body = { filters: filters(), include_superseded: superseded.checked, include_expired: expired.checked };
    if (state.query) {
      const found = await api('/v1/dashboard/search/', { method: 'POST', body: { ...body, query: state.query, top_k: 20 } });
      pager.replaceChildren(h('span', { class: 'muted' }, `${found.results.length} result${found.results.length === 1 ? '' : 's'} for “${state.query}”, best first`));
      return found.results.length ? h('ol', { class: 'memories' }, found.results.map((m) => memoryCard(m, true))) : h('p', { class: 'muted' }, 'Nothing found.');
    }
    const page = await api('/v1/dashboard/memories/', { method: 'POST', body: { ...body, page: state.page, page_size: PAGE_SIZE } });
    const pages = Math.max(1, Math.ceil(page.count / PAGE_SIZE));
    pager.replaceChildren(
      h('button', { type: 'button', class: 'ghost', disabled: state.page <= 1, onclick: () => { state.page--; load(); } }, '← Newer'),
      h('span', { class: 'muted' }, `Page ${state.page} of ${pages} · ${formatNumber(page.count)} memories, newest first`),
      h('button', { type: 'button', class: 'ghost', disabled: state.page >= pages, onclick: () => { state.page++; load(); } }, 'Older →'));
    return page.results.length ? h('ol', { class: 'memories' }, page.results.map((m) => memoryCard(m, false))) : h('p', { class: 'muted' }, 'No memories match.');
  });

  const searchForm = h('form', { class: 'search', role: 'search', onsubmit: (e) => { e.preventDefault(); state.query = query.value.trim(); state.page = 1; load(); } },
    query, h('button', { type: 'submit' }, 'Search'),
    h('button', { type: 'button', class: 'ghost', onclick: () => { query.value = ''; state.query = ''; state.page = 1; load(); } }, 'Clear'));
  for (const toggle of [superseded, expired]) toggle.addEventListener('change', () => { state.page = 1; load(); });
  const toggles = h('div', { class: 'toggles', role: 'group', 'aria-label': 'Also show' },
    h('label', { class: 'check' }, superseded, ' Include superseded'),
    h('label', { class: 'check' }, expired, ' Include expired'));
  const filterForm = h('form', { class: 'filters', onsubmit: (e) => { e.preventDefault(); state.page = 1; load(); } },
    h('div', {}, h('label', { for: 'f-category' }, 'Category'), category),
    h('div', {}, h('span', { class: 'label' }, 'Metadata'), h('div', { class: 'pair' }, metaKey, h('span', {}, '='), metaValue)),
    h('div', {}, h('label', { for: 'f-from' }, 'Created from'), from),
    h('div', {}, h('label', { for: 'f-to' }, 'to'), to),
    h('div', {}, h('button', { type: 'submit', class: 'ghost' }, 'Apply filters')));

  const forget = h('button', { type: 'button', class: 'danger', id: 'forget', onclick: () => forgetDialog(type, name) }, 'Forget this subject…');
  show(
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Subjects'), ' / ', type),
    h('div', { class: 'row-head' }, h('h1', {}, h('span', { class: `badge type-${type}` }, type), ' ', name), forget),
    searchForm, h('div', { class: 'below-search' }, toggles, h('details', { class: 'filters-box' }, h('summary', {}, 'Filters: category, metadata, date'), filterForm)),
    pager, results, chart);
  load();
  fill(chart, async () => {
    const stats = await api(`/v1/dashboard/stats/?${field}=${encodeURIComponent(name)}`);
    return barChart({ title: 'Memories added per day (last 30 days)', values: stats.added_per_day.map((d) => d.count), labels: stats.added_per_day.map((d) => d.date), width: chart.clientWidth - 26 });
  });
  query.focus();
}

function memoryCard(m, withScore) {
  const superseded = Boolean(m.superseded_by) || (m.valid_to && new Date(m.valid_to) <= new Date());
  const expired = m.expires_at && new Date(m.expires_at) <= new Date();
  const e = m.explanation;
  return h('li', { class: `memory${superseded ? ' is-superseded' : ''}${expired ? ' is-expired' : ''}`, dataset: { id: m.id } },
    h('div', { class: 'memory-head' },
      withScore ? h('span', { class: 'score', title: 'Fused score' }, `score ${formatNumber(m.score, 3)}`) : null,
      superseded ? h('span', { class: 'badge warn' }, 'superseded') : null,
      expired ? h('span', { class: 'badge warn' }, 'expired') : null,
      (m.categories ?? []).map((c) => h('span', { class: 'badge' }, c)),
      h('span', { class: 'spacer' }),
      h('time', { datetime: m.created_at, class: 'muted' }, formatTime(m.created_at))),
    h('p', { class: 'memory-text' }, memoryLink(m.id, m.memory)),
    withScore && e ? h('details', { class: 'why' }, h('summary', {}, 'Why this result'),
      explanationBars([
        ['semantic', e.semantic_normalized, e.semantic],
        ['keyword', e.keyword_normalized, e.keyword],
        ['entity', e.other?.entity],
        ['time', e.other?.time],
        ['length', e.other?.length],
        ['neighbour', e.other?.neighbour],
        ['fused', e.fused],
      ])) : null);
}

function forgetDialog(type, name) {
  const field = TYPES[type];
  const input = h('input', { id: 'forget-confirm', type: 'text', autocomplete: 'off', 'aria-describedby': 'forget-help' });
  const confirm = h('button', { type: 'submit', class: 'danger', disabled: true }, 'Forget permanently');
  const out = h('div', { id: 'forget-result', role: 'status' });
  const dialog = h('dialog', { class: 'card dialog', 'aria-labelledby': 'forget-title' });
  input.addEventListener('input', () => { confirm.disabled = input.value !== name; });
  const form = h('form', { onsubmit: async (e) => {
    e.preventDefault();
    if (input.value !== name) return;
    confirm.disabled = true;
    try {
      const receipt = await forget(type, field, name);
      form.replaceWith(h('div', { id: 'receipt' },
        h('h2', {}, 'Forgotten'),
        h('dl', { class: 'facts' },
          h('dt', {}, 'Subject'), h('dd', {}, `${type} ${name}`),
          h('dt', {}, 'Memories erased'), h('dd', { id: 'receipt-memories' }, formatNumber(receipt.memories)),
          receipt.history_entries !== undefined ? [h('dt', {}, 'History entries erased'), h('dd', {}, formatNumber(receipt.history_entries))] : null,
          receipt.queued_items !== undefined ? [h('dt', {}, 'Queued adds erased'), h('dd', {}, formatNumber(receipt.queued_items))] : null,
          receipt.completed_at ? [h('dt', {}, 'Completed'), h('dd', {}, formatTime(receipt.completed_at))] : null,
          receipt.duration_ms !== undefined ? [h('dt', {}, 'Took'), h('dd', {}, `${formatNumber(receipt.duration_ms)} ms`)] : null),
        h('button', { type: 'button', autofocus: true, onclick: () => { dialog.close(); location.hash = '#/'; } }, 'Back to subjects')));
    } catch (err) {
      out.replaceChildren(errorBox(err));
      confirm.disabled = false;
    }
  } },
  h('h2', { id: 'forget-title' }, `Forget ${type} “${name}”?`),
  h('p', {}, 'This erases every memory of this subject, their history and queued adds. It cannot be undone.'),
  h('label', { for: 'forget-confirm', id: 'forget-help' }, 'Type the subject’s name to confirm: ', h('code', {}, name)),
  input,
  h('div', { class: 'actions' }, h('button', { type: 'button', class: 'ghost', onclick: () => dialog.close() }, 'Cancel'), confirm),
  out);
  dialog.append(form);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  input.focus();
}

async function forget(type, field, name) {
  try {
    return await api('/v1/forget/', { method: 'POST', body: { [field]: name } });
  } catch (e) {
    // Servers without the forget route: delete the subject's memories and report the count.
    if (!(e instanceof ApiError) || (e.status !== 404 && e.status !== 405)) throw e;
    const before = await api(`/v1/entities/?page_size=1000`);
    const entity = before.results.find((x) => x.type === type && x.name === name);
    await api(`/v1/entities/${encodeURIComponent(type)}/${encodeURIComponent(name)}/`, { method: 'DELETE' });
    return { memories: entity?.total_memories ?? 0 };
  }
}

// ---- one memory: text, times, history, edit, delete ------------------------------------------------------------------

async function renderMemory(id) {
  setChrome('subjects');
  const slot = h('div', { class: 'slot slot-memory' }, placeholderRows(8));
  show(slot);
  await fill(slot, async () => {
    let memory = null;
    try {
      memory = await api(`/v1/memories/${encodeURIComponent(id)}/`);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 404) throw e;
    }
    let history = [];
    try {
      history = await api(`/v1/memories/${encodeURIComponent(id)}/history/`);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 404) throw e;
    }
    if (!memory && history.length === 0) return errorBox(`Memory ${id} does not exist in this project.`);
    return memoryPage(id, memory, history);
  });
}

async function memoryPage(id, m, history) {
  const subject = m ? Object.entries(TYPES).find(([, f]) => m[f]) : null;
  const parts = [];
  parts.push(h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Subjects'), subject ? [' / ', h('a', { href: subjectHref(subject[0], m[subject[1]]) }, `${subject[0]} ${m[subject[1]]}`)] : null, ' / memory'));
  if (!m) {
    parts.push(h('h1', {}, 'Deleted memory'), h('p', { class: 'badge warn', id: 'deleted' }, 'deleted'), h('p', { class: 'muted mono' }, id));
  } else {
    const superseded = Boolean(m.superseded_by);
    parts.push(h('h1', { class: 'memory-title' }, h('span', { id: 'memory-text' }, m.memory)));
    if (superseded) parts.push(h('p', { class: 'notice', id: 'superseded-notice' }, h('span', { class: 'badge warn' }, 'superseded'), ' This memory is no longer in force. ', memoryLink(m.superseded_by, 'Go to the memory that replaced it →')));
    const previous = subject ? await api('/v1/dashboard/memories/', { method: 'POST', body: { filters: { AND: [{ [subject[1]]: m[subject[1]] }, { superseded_by: id }] }, include_superseded: true, include_expired: true, page_size: 10 } }).catch(() => null) : null;
    if (previous?.results?.length) parts.push(h('p', { class: 'notice', id: 'supersedes' }, 'Replaces ', previous.results.map((p) => memoryLink(p.id, `“${p.memory}”`))));
    parts.push(h('dl', { class: 'facts' },
      h('dt', {}, 'Id'), h('dd', { class: 'mono' }, m.id),
      h('dt', {}, 'Categories'), h('dd', {}, (m.categories ?? []).length ? m.categories.map((c) => h('span', { class: 'badge' }, c)) : '—'),
      h('dt', {}, 'Metadata'), h('dd', {}, h('pre', { class: 'mono', id: 'memory-metadata' }, JSON.stringify(m.metadata ?? {}, null, 2))),
      h('dt', {}, 'Observed'), h('dd', {}, formatTime(m.observed_at ?? m.created_at)),
      h('dt', {}, 'Valid'), h('dd', {}, `${formatTime(m.valid_from ?? m.created_at)} → ${m.valid_to ? formatTime(m.valid_to) : 'now'}`),
      h('dt', {}, 'Superseded'), h('dd', {}, superseded ? memoryLink(m.superseded_by, `by ${m.superseded_by}`) : 'no'),
      h('dt', {}, 'Stored'), h('dd', {}, `${formatTime(m.created_at)}, changed ${formatTime(m.updated_at)}`),
      m.expires_at ? [h('dt', {}, 'Expires'), h('dd', {}, formatTime(m.expires_at))] : null));
  }
  parts.push(h('section', { 'aria-labelledby': 'history-title' }, h('h2', { id: 'history-title' }, 'History'), history.length ? timeline(history, memoryLink, main.clientWidth - 70) : h('p', { class: 'muted' }, 'No history.')));
  if (m) parts.push(editForm(m), deleteBox(m, subject));
  return parts;
}

function editForm(m) {
  const text = h('textarea', { id: 'edit-text', rows: 3 });
  text.value = m.memory;
  const metadata = h('textarea', { id: 'edit-metadata', rows: 4, class: 'mono', spellcheck: 'false' });
  metadata.value = JSON.stringify(m.metadata ?? {}, null, 2);
  const status = h('p', { role: 'status', id: 'edit-status', class: 'muted' }, '\u00a0');
  return h('section', { class: 'card', 'aria-labelledby': 'edit-title' }, h('h2', { id: 'edit-title' }, 'Edit'),
    h('form', { onsubmit: async (e) => {
      e.preventDefault();
      let meta;
      try {
        meta = JSON.parse(metadata.value || '{}');
        if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) throw new Error();
      } catch {
        status.className = 'error';
        status.textContent = 'Metadata must be a JSON object, e.g. {"source": "chat"}.';
        return;
      }
      const body = {};
      if (text.value !== m.memory) body.text = text.value;
      if (JSON.stringify(meta) !== JSON.stringify(m.metadata ?? {})) body.metadata = meta;
      if (Object.keys(body).length === 0) {
        status.className = 'muted';
        status.textContent = 'Nothing changed.';
        return;
      }
      try {
        await api(`/v1/memories/${encodeURIComponent(m.id)}/`, { method: 'PUT', body });
        await renderMemory(m.id);
        document.getElementById('edit-status').textContent = 'Saved.';
      } catch (err) {
        status.className = 'error';
        status.textContent = err.message;
      }
    } },
    h('label', { for: 'edit-text' }, 'Text'), text,
    h('label', { for: 'edit-metadata' }, 'Metadata (JSON object)'), metadata,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'save' }, 'Save')), status));
}

function deleteBox(m, subject) {
  const status = h('p', { role: 'status', class: 'muted' }, '\u00a0');
  let armed = false;
  const button = h('button', { type: 'button', class: 'danger', id: 'delete', onclick: async () => {
    if (!armed) {
      armed = true;
      button.textContent = 'Click again to delete';
      status.textContent = 'Deleting keeps a DELETE entry in the history.';
      return;
    }
    try {
      await api(`/v1/memories/${encodeURIComponent(m.id)}/`, { method: 'DELETE' });
      location.hash = subject ? subjectHref(subject[0], m[subject[1]]) : '#/';
    } catch (err) {
      status.className = 'error';
      status.textContent = err.message;
    }
  } }, 'Delete this memory');
  return h('section', { class: 'card' }, h('h2', {}, 'Delete'), button, status);
}

// ---- ingestion queue -----------------------------------------------------------------------------------------------

async function renderQueue(status = '') {
  setChrome('queue');
  const select = h('select', { id: 'queue-status', 'aria-label': 'Status' }, ['', 'pending', 'running', 'failed', 'succeeded'].map((v) => h('option', { value: v, selected: v === status }, v || 'all')));
  select.addEventListener('change', () => renderQueue(select.value));
  const slot = h('div', { class: 'slot slot-table' }, placeholderRows(5));
  show(h('div', { class: 'row-head' }, h('h1', {}, 'Ingestion'), h('label', { class: 'inline' }, 'Status ', select)), slot);
  await fill(slot, async () => {
    const items = await api(`/v1/dashboard/queue/?limit=200${status ? `&status=${status}` : ''}`);
    if (!items.length) return h('p', { class: 'muted' }, 'No queued adds.');
    return h('table', { class: 'grid', id: 'queue' },
      h('thead', {}, h('tr', {}, ['Status', 'Subject', 'Queued', 'Updated', 'Attempts', 'Error', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, items.map((q) => h('tr', { dataset: { id: q.id, status: q.status } },
        h('td', {}, h('span', { class: `badge st-${q.status.toLowerCase()}` }, q.status.toLowerCase())),
        h('td', {}, Object.entries(TYPES).filter(([, f]) => q[f]).map(([t, f]) => `${t} ${q[f]}`).join(', ')),
        h('td', {}, formatTime(q.created_at)),
        h('td', {}, formatTime(q.updated_at)),
        h('td', { class: 'num' }, q.attempts),
        h('td', { class: 'err' }, q.error ?? ''),
        h('td', {}, q.status === 'FAILED' ? h('button', { type: 'button', class: 'ghost retry', onclick: async (e) => {
          e.target.disabled = true;
          try { await api(`/v1/dashboard/queue/${q.id}/retry/`, { method: 'POST' }); renderQueue(status); } catch (err) { e.target.replaceWith(errorBox(err)); }
        } }, 'Retry') : null)))));
  });
}

// ---- activity charts -----------------------------------------------------------------------------------------------

async function renderActivity() {
  setChrome('activity');
  const slot = h('div', { class: 'slot slot-charts' }, placeholderRows(10));
  show(h('h1', {}, 'Activity'), slot);
  await fill(slot, async () => {
    const stats = await api('/v1/dashboard/stats/');
    const u = stats.usage ?? {};
    const minutes = stats.requests_per_minute.map((_, i) => `${59 - i} min ago`);
    const half = slot.clientWidth >= 700 ? (slot.clientWidth - 12) / 2 - 26 : slot.clientWidth - 26;
    minutes[59] = 'now';
    return [
      h('div', { class: 'tiles' },
        tile('Search p50', stats.search_p50_ms === null ? '—' : `${formatNumber(stats.search_p50_ms, 1)} ms`, 'tile-p50'),
        tile('Search p95', stats.search_p95_ms === null ? '—' : `${formatNumber(stats.search_p95_ms, 1)} ms`, 'tile-p95'),
        tile('Searches (hour)', formatNumber(stats.searches_last_hour), 'tile-searches'),
        tile('Requests (hour)', formatNumber(stats.requests_per_minute.reduce((a, b) => a + b, 0)), 'tile-requests'),
        tile('Embedding calls', formatNumber(u['mnemo.embedding.calls'] ?? 0), 'tile-embeddings'),
        tile('LLM tokens (in / out)', `${formatNumber(u['llm.input_tokens'] ?? 0)} / ${formatNumber(u['llm.output_tokens'] ?? 0)}`, 'tile-tokens')),
      h('div', { class: 'charts' },
        barChart({ title: 'Memories added per day, whole project (last 30 days)', values: stats.added_per_day.map((d) => d.count), labels: stats.added_per_day.map((d) => d.date), width: half }),
        barChart({ title: 'API requests per minute (last hour)', values: stats.requests_per_minute, labels: minutes, width: half })),
      h('p', { class: 'muted small' }, 'Latency and requests: this server process, this project, last hour. Usage since the server started, for requests of this project (adds processed in the background are not counted).'),
    ];
  });
}

function tile(label, value, id) {
  return h('div', { class: 'tile', id }, h('span', { class: 'tile-label' }, label), h('span', { class: 'tile-value' }, value));
}

// ---- router --------------------------------------------------------------------------------------------------------

function route() {
  document.querySelector('dialog[open]')?.close();
  if (!session.key) return renderSignIn();
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  main.focus({ preventScroll: true });
  switch (parts[0]) {
    case 'subject': return renderSubject(parts[1], parts.slice(2).join('/'));
    case 'memory': return renderMemory(parts[1]);
    case 'queue': return renderQueue();
    case 'activity': return renderActivity();
    default: return renderSubjects();
  }
}

window.addEventListener('hashchange', route);
route();
