// The problems panel: every finding grouped by component, groups in document order, counts by
// severity per group, a fix button where the rule has a fix, and the rule's docs on demand.
// Activating an item (click, Enter, Space) selects its text in the editor; ArrowUp/ArrowDown,
// Home and End move between items. All text goes in through textContent.
import { KIND_ORDER, kindLabel, t } from './i18n.js';
import { renderMarkdown } from './markdown.js';

const SEVERITIES = ['error', 'warning', 'info'];

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Counts by severity of `diagnostics`. */
export function countBySeverity(diagnostics) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] = (counts[d.severity] ?? 0) + 1;
  return counts;
}

/** "2 lỗi · 1 cảnh báo" chips. */
export function countChips(lang, counts, className = 'chips') {
  const wrap = el('span', className);
  for (const severity of SEVERITIES) {
    if (!counts[severity]) continue;
    const chip = el('span', `chip chip-${severity}`, `${counts[severity]} ${t(lang, `count.${severity}`, counts[severity])}`);
    chip.dataset.severity = severity;
    wrap.append(chip);
  }
  return wrap;
}

/**
 * Group the items ({ d, ... }) by component. Groups are ordered by where their component is in
 * the document (found components by their start, missing ones by their first finding), ties
 * broken by the order of Nghị định 30; items inside a group keep the report's order.
 */
export function groupItems(items, components) {
  const startOf = new Map();
  for (const c of components) if (!startOf.has(c.kind)) startOf.set(c.kind, c.start);
  const groups = new Map();
  for (const item of items) {
    const kind = item.d.component;
    if (!groups.has(kind)) groups.set(kind, { kind, items: [], at: startOf.get(kind) ?? item.d.start });
    groups.get(kind).items.push(item);
  }
  const rank = (kind) => {
    const i = KIND_ORDER.indexOf(kind);
    return i < 0 ? KIND_ORDER.length : i;
  };
  return [...groups.values()].sort((a, b) => {
    // The whole-document group always comes first.
    if ((a.kind === 'van-ban') !== (b.kind === 'van-ban')) return a.kind === 'van-ban' ? -1 : 1;
    return a.at - b.at || rank(a.kind) - rank(b.kind);
  });
}

/**
 * The panel in `root`. Callbacks: onJump(item), onFix(item), docsFor(code) → Promise<RuleInfo with
 * docs | undefined> (or the value itself).
 */
/** Items drawn at once; more on request (a long text with hundreds of findings stays fast). */
export const PANEL_LIMIT = 200;

export function createPanel(root, { onJump, onFix, docsFor }) {
  let showAll = false;
  let last = null;
  root.addEventListener('keydown', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.classList.contains('item-main')) return;
    const all = [...root.querySelectorAll('.item-main')];
    const at = all.indexOf(target);
    let next = -1;
    if (event.key === 'ArrowDown') next = Math.min(all.length - 1, at + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, at - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = all.length - 1;
    if (next < 0) return;
    event.preventDefault();
    all[next].focus();
  });

  let byId = new Map();
  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button || !root.contains(button)) return;
    const li = button.closest('li.item');
    const item = li ? byId.get(li.dataset.id) : undefined;
    if (!item) return;
    if (button.classList.contains('item-main')) onJump(item);
    else if (button.classList.contains('item-fix')) onFix(item);
    else if (button.classList.contains('item-docs')) toggleDocs(button, li, item);
  });

  function toggleDocs(button, li, item) {
    const open = button.getAttribute('aria-expanded') === 'true';
    let box = li.querySelector('.item-docbox');
    if (open) {
      button.setAttribute('aria-expanded', 'false');
      if (box) box.hidden = true;
      return;
    }
    if (!box) {
      box = el('div', 'item-docbox doc');
      box.id = `doc-${li.dataset.id}`;
      box.setAttribute('aria-busy', 'true');
      // The docs are a module loaded on first use.
      Promise.resolve(docsFor(item.d.code)).then((info) => {
        box.removeAttribute('aria-busy');
        if (!info) return;
        box.append(el('p', 'doc-summary', `${info.code} · ${info.name} · ${info.spec}`));
        if (info.docs) box.append(renderMarkdown(info.docs));
      });
      button.setAttribute('aria-controls', box.id);
      li.append(box);
    }
    box.hidden = false;
    button.setAttribute('aria-expanded', 'true');
  }

  const api = {
    /**
     * Show `items` ([{ id, d, excerpt }]) of `report`. `lang` for labels; `notEvaluated` listed
     * at the end, folded.
     */
    update(report, items, lang) {
      last = { report, items, lang };
      byId = new Map(items.map((item) => [String(item.id), item]));
      const limited = !showAll && items.length > PANEL_LIMIT;
      const drawn = limited ? items.slice(0, PANEL_LIMIT) : items;
      const frag = document.createDocumentFragment();
      if (items.length === 0) {
        frag.append(el('p', 'panel-empty', t(lang, 'panel.empty')));
      }
      const groups = groupItems(drawn, report.components);
      const list = el('ol', 'groups');
      list.setAttribute('aria-label', t(lang, 'panel.label'));
      for (const group of groups) {
        const li = el('li', 'group');
        li.dataset.kind = group.kind;
        const head = el('h3', 'group-head');
        head.id = `group-${group.kind}`;
        head.append(el('span', 'group-name', kindLabel(lang, group.kind)));
        head.append(countChips(lang, countBySeverity(group.items.map((i) => i.d))));
        li.append(head);
        const ul = el('ul', 'items');
        ul.setAttribute('aria-labelledby', head.id);
        for (const item of group.items) ul.append(renderItem(item, lang));
        li.append(ul);
        list.append(li);
      }
      if (groups.length) frag.append(list);
      if (limited) {
        const more = el('p', 'panel-more');
        more.append(el('span', '', t(lang, 'panel.more', items.length - PANEL_LIMIT)));
        const all = el('button', 'btn btn-quiet panel-more-all', t(lang, 'panel.showAll'));
        all.type = 'button';
        all.addEventListener('click', () => {
          showAll = true;
          if (last) api.update(last.report, last.items, last.lang);
        });
        more.append(all);
        frag.append(more);
      }
      if (report.notEvaluated?.length) {
        const details = el('details', 'not-evaluated');
        details.append(el('summary', '', `${t(lang, 'panel.notEvaluated')} (${report.notEvaluated.length})`));
        const ul = el('ul');
        for (const n of report.notEvaluated) {
          const li = el('li');
          li.append(el('code', '', n.code), document.createTextNode(` ${n.reason}`));
          ul.append(li);
        }
        details.append(ul);
        frag.append(details);
      }
      root.lang = lang;
      root.replaceChildren(frag);
    },
  };
  return api;
}

function renderItem(item, lang) {
  const { d } = item;
  const li = el('li', `item sev-${d.severity}`);
  li.dataset.id = String(item.id);
  li.dataset.code = d.code;
  li.dataset.severity = d.severity;
  li.dataset.start = String(d.start);
  li.dataset.end = String(d.end);

  const main = el('button', 'item-main');
  main.type = 'button';
  const sev = el('span', `sev sev-${d.severity}`);
  sev.append(el('span', 'visually-hidden', `${t(lang, `sev.${d.severity}`)}: `));
  main.append(sev);
  const body = el('span', 'item-body');
  body.append(el('span', 'item-message', d.message));
  const meta = el('span', 'item-meta');
  meta.append(el('span', 'item-code', d.code));
  meta.append(el('span', 'item-loc', t(lang, 'status.line', d.line, d.column)));
  if (item.excerpt !== undefined) {
    const excerpt = el('span', 'item-excerpt', item.excerpt.trim() === '' ? t(lang, 'print.blank') : item.excerpt);
    if (item.excerpt.trim() === '') excerpt.classList.add('is-blank');
    meta.append(excerpt);
  }
  body.append(meta);
  main.append(body);
  const row = el('div', 'item-row');
  const docs = el('button', 'item-docs', t(lang, 'panel.docs'));
  docs.type = 'button';
  docs.setAttribute('aria-expanded', 'false');
  docs.setAttribute('aria-label', `${t(lang, 'panel.docs')} ${d.code}`);
  row.append(main, docs);
  li.append(row);

  if (d.fix) {
    const actions = el('div', 'item-actions');
    if (d.fix.applicability !== 'display-only' && d.fix.edits.length) {
      const fix = el('button', `item-fix fix-${d.fix.applicability}`, t(lang, d.fix.applicability === 'safe' ? 'panel.fix' : 'panel.fixUnsafe'));
      fix.type = 'button';
      fix.title = d.fix.title;
      fix.setAttribute('aria-label', `${t(lang, 'panel.fix')}: ${d.fix.title}`);
      actions.append(fix, el('span', 'item-fix-title', d.fix.title));
    } else {
      actions.append(el('span', 'item-fix-title', `${t(lang, 'fix.suggest')}: ${d.fix.title}`));
    }
    li.append(actions);
  }
  return li;
}
