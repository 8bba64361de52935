// Drafts and options in localStorage, so that nothing typed is lost.
//
// Each tab keeps its own draft slot (`thethuc.draft.<tab id>`; the tab id lives in
// sessionStorage, so a reload finds its own slot again), so two tabs never overwrite each other.
// A new tab opens the most recent draft of any tab. The other slots can be reopened from the
// "Tạo văn bản mới" dialog. Old and duplicate slots are pruned; when the browser's quota is full
// the oldest other slots go first. Storage may be unavailable (private mode, blocked): every
// function then fails quietly and the page still works.

const SLOT_PREFIX = 'thethuc.draft.';
const LEGACY_DRAFT = 'thethuc.draft';
const OPTIONS_KEY = 'thethuc.options';
const TAB_KEY = 'thethuc.tab';
const MAX_SLOTS = 6;
const MAX_AGE_MS = 90 * 24 * 3600 * 1000;

function local() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function newTabId() {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

let tabId = null;

/** This tab's id (kept in sessionStorage: the same across reloads of this tab). */
export function currentTabId() {
  if (tabId) return tabId;
  try {
    tabId = sessionStorage.getItem(TAB_KEY);
    if (!tabId) {
      tabId = newTabId();
      sessionStorage.setItem(TAB_KEY, tabId);
    }
  } catch {
    tabId = tabId ?? newTabId();
  }
  return tabId;
}

/** Another tab uses our id (a duplicated tab copies sessionStorage): take a new one. */
export function renewTabId() {
  tabId = newTabId();
  try {
    sessionStorage.setItem(TAB_KEY, tabId);
  } catch {
    // keep it in memory
  }
  return tabId;
}

export function slotKey(id = currentTabId()) {
  return SLOT_PREFIX + id;
}

function readSlot(store, key) {
  try {
    const value = JSON.parse(store.getItem(key) ?? 'null');
    if (value && typeof value.text === 'string' && typeof value.at === 'number') return value;
  } catch {
    // a damaged slot is ignored
  }
  return null;
}

/** Every draft slot: [{ key, id, text, at }], newest first. */
export function allDrafts() {
  const store = local();
  if (!store) return [];
  const out = [];
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (!key || !key.startsWith(SLOT_PREFIX)) continue;
    const slot = readSlot(store, key);
    if (slot) out.push({ key, id: key.slice(SLOT_PREFIX.length), text: slot.text, at: slot.at });
  }
  return out.sort((a, b) => b.at - a.at);
}

/** The drafts of other tabs (no duplicates of this tab's text), newest first. */
export function otherDrafts(currentText) {
  const mine = slotKey();
  const seen = new Set([currentText]);
  return allDrafts().filter((d) => {
    if (d.key === mine || seen.has(d.text) || d.text.trim() === '') return false;
    seen.add(d.text);
    return true;
  });
}

/**
 * The draft to show when the page opens: this tab's own (a reload), else the newest of any tab,
 * else the draft of the page's previous version. null on a first visit.
 */
export function loadDraft() {
  const store = local();
  if (!store) return null;
  const own = readSlot(store, slotKey());
  if (own) return { text: own.text, at: own.at, own: true };
  const newest = allDrafts()[0];
  if (newest) return { text: newest.text, at: newest.at, own: false };
  try {
    const legacy = store.getItem(LEGACY_DRAFT);
    if (typeof legacy === 'string') return { text: legacy, at: Date.now(), own: false };
  } catch {
    // ignore
  }
  return null;
}

/** Drop old slots, duplicates and the surplus beyond MAX_SLOTS (never this tab's). */
export function pruneDrafts() {
  const store = local();
  if (!store) return;
  const mine = slotKey();
  const now = Date.now();
  const seen = new Set();
  let kept = 0;
  for (const d of allDrafts()) {
    if (d.key === mine) {
      seen.add(d.text);
      kept += 1;
      continue;
    }
    const drop = now - d.at > MAX_AGE_MS || seen.has(d.text) || kept >= MAX_SLOTS - 1;
    if (drop) {
      try {
        store.removeItem(d.key);
      } catch {
        // ignore
      }
    } else {
      seen.add(d.text);
      kept += 1;
    }
  }
  try {
    store.removeItem(LEGACY_DRAFT);
  } catch {
    // ignore
  }
}

/** Save this tab's draft. Frees the oldest other slots when the quota is full. True when saved. */
export function saveDraft(text) {
  const store = local();
  if (!store) return false;
  const value = JSON.stringify({ text, at: Date.now() });
  const key = slotKey();
  for (let attempt = 0; attempt < MAX_SLOTS + 1; attempt += 1) {
    try {
      store.setItem(key, value);
      return true;
    } catch {
      const others = allDrafts().filter((d) => d.key !== key);
      if (others.length === 0) return false;
      try {
        store.removeItem(others[others.length - 1].key);
      } catch {
        return false;
      }
    }
  }
  return false;
}

export function loadOptions() {
  const store = local();
  if (!store) return null;
  try {
    const value = JSON.parse(store.getItem(OPTIONS_KEY) ?? 'null');
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}

export function saveOptions(options) {
  const store = local();
  if (!store) return;
  try {
    store.setItem(OPTIONS_KEY, JSON.stringify(options));
  } catch {
    // options are a convenience
  }
}

export const KEYS = { SLOT_PREFIX, OPTIONS_KEY, TAB_KEY };
