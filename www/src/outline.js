// The A4 page outline: a small picture of the first page laid out as Nghị định 30 places the
// components (spec §2): the issuing body top left with the number under it, the national title
// and motto top right with the place and date under them, the type name and summary centred,
// Kính gửi, the body, then Nơi nhận bottom left and the signature bottom right. Each box is a
// button showing whether its component was found, is missing or has problems; activating it
// selects the component (or the place of the finding) in the editor.
import { kindLabel, t } from './i18n.js';

/**
 * The boxes. `members`: the component kinds a box stands for (its state is the worst of them;
 * `main` decides found/missing). `optional`: shown only when found or flagged. `when`: shown only
 * for (`cv`) or except for (`not-cv`) a công văn, whose summary ("V/v …") sits under the number.
 */
const BOXES = [
  { key: 'co-quan', area: 'issuer', members: ['co-quan-chu-quan', 'co-quan-ban-hanh'], main: 'co-quan-ban-hanh', short: { vi: 'Tên cơ quan', en: 'Issuing body' } },
  { key: 'quoc-hieu', area: 'national', members: ['quoc-hieu'] },
  { key: 'tieu-ngu', area: 'national', members: ['tieu-ngu'] },
  { key: 'so-ky-hieu', area: 'number', members: ['so-ky-hieu'] },
  { key: 'trich-yeu-cv', area: 'number', members: ['trich-yeu'], when: 'cv', short: { vi: 'V/v …', en: 'V/v …' } },
  { key: 'do-mat', area: 'number', members: ['do-mat', 'do-khan'], optional: true, short: { vi: 'Độ mật, khẩn', en: 'Secrecy, urgency' } },
  { key: 'dia-danh-thoi-gian', area: 'date', members: ['dia-danh-thoi-gian'], short: { vi: 'Địa danh, ngày', en: 'Place, date' } },
  { key: 'ten-loai', area: 'title', members: ['ten-loai'], short: { vi: 'TÊN LOẠI', en: 'TYPE NAME' } },
  { key: 'trich-yeu', area: 'title', members: ['trich-yeu'], when: 'not-cv' },
  { key: 'kinh-gui', area: 'kinh', members: ['kinh-gui'], optional: true },
  { key: 'noi-dung', area: 'body', members: ['noi-dung'] },
  { key: 'noi-nhan', area: 'recipients', members: ['noi-nhan'] },
  { key: 'chu-ky', area: 'signature', members: ['chu-ky'] },
  { key: 'phu-luc', area: 'appendix', members: ['phu-luc'], optional: true },
];
const AREAS = ['issuer', 'national', 'number', 'date', 'title', 'kinh', 'body', 'recipients', 'signature', 'appendix'];
const RANK = { error: 3, warning: 2, info: 1 };

/**
 * Build the outline in `root` (a `role="group"` element). `onPick(kinds)` is called with the
 * component kinds of the activated box.
 */
export function createOutline(root, onPick) {
  const page = document.createElement('div');
  page.className = 'page';
  const cells = new Map();
  for (const area of AREAS) {
    const cell = document.createElement('div');
    cell.className = `area area-${area}`;
    cells.set(area, cell);
    page.append(cell);
  }
  const boxes = [];
  for (const spec of BOXES) {
    const box = document.createElement('button');
    box.type = 'button';
    box.className = `box box-${spec.key}`;
    box.dataset.box = spec.key;
    box.dataset.kinds = spec.members.join(' ');
    const name = document.createElement('span');
    name.className = 'box-name';
    const mark = document.createElement('span');
    mark.className = 'box-mark';
    mark.setAttribute('aria-hidden', 'true');
    box.append(name, mark);
    box.addEventListener('click', () => onPick(spec.members));
    cells.get(spec.area).append(box);
    boxes.push({ spec, box, name });
  }
  root.replaceChildren(page);

  // Arrow keys, Home and End move between the boxes in reading order; Tab leaves the outline.
  root.addEventListener('keydown', (event) => {
    const visible = boxes.map((b) => b.box).filter((b) => !b.hidden && !b.disabled);
    const at = visible.indexOf(document.activeElement);
    if (at < 0) return;
    let next = -1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = Math.min(visible.length - 1, at + 1);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = Math.max(0, at - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = visible.length - 1;
    if (next < 0) return;
    event.preventDefault();
    visible[next].focus();
  });

  return {
    /** Show `report` (null: nothing checked yet) with labels in `lang`. */
    update(report, lang) {
      const isCongVan = report?.documentType === 'cong-van';
      const found = new Set((report?.components ?? []).map((c) => c.kind));
      const worst = new Map();
      const counts = new Map();
      for (const d of report?.diagnostics ?? []) {
        worst.set(d.component, Math.max(worst.get(d.component) ?? 0, RANK[d.severity] ?? 0));
        counts.set(d.component, (counts.get(d.component) ?? 0) + 1);
      }
      for (const { spec, box, name } of boxes) {
        const main = spec.main ?? spec.members[0];
        const rank = Math.max(0, ...spec.members.map((k) => worst.get(k) ?? 0));
        const n = spec.members.reduce((sum, k) => sum + (counts.get(k) ?? 0), 0);
        let state;
        if (!report) state = 'idle';
        else if (!found.has(main)) state = rank > 0 ? 'missing' : 'absent';
        else state = rank === 3 ? 'error' : rank === 2 ? 'warning' : 'ok';
        const placed = !spec.when || (spec.when === 'cv') === isCongVan;
        box.hidden = !placed || (spec.optional && (state === 'absent' || state === 'idle'));
        box.dataset.state = state;
        box.disabled = state === 'idle' || state === 'absent';
        const full = spec.members.map((k) => kindLabel(lang, k)).join(', ');
        name.textContent = spec.short?.[lang] ?? spec.short?.vi ?? kindLabel(lang, main);
        const status =
          state === 'missing' ? t(lang, 'outline.missing') :
          state === 'error' ? `${t(lang, 'outline.faulty')} (${n})` :
          state === 'warning' ? `${t(lang, 'outline.warn')} (${n})` :
          state === 'ok' ? t(lang, 'outline.found') + (n ? ` (${n})` : '') : '';
        const label = status ? `${full}: ${status}` : full;
        box.setAttribute('aria-label', label);
        box.title = label;
      }
      root.dataset.state = report ? 'checked' : 'idle';
    },
  };
}
