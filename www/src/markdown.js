// The rules' docs are Markdown (headings, paragraphs, lists, fenced code, `code`, **bold**).
// This renders that small subset into DOM nodes with textContent only: nothing is ever parsed as
// HTML, so a rule's docs (or anything else) can never inject markup.

function inline(parent, text) {
  // `code` and **bold**; everything else is text.
  const re = /`([^`]+)`|\*\*([^*]+)\*\*/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) parent.append(document.createTextNode(text.slice(at, m.index)));
    const node = document.createElement(m[1] !== undefined ? 'code' : 'strong');
    node.textContent = m[1] ?? m[2];
    parent.append(node);
    at = m.index + m[0].length;
  }
  if (at < text.length) parent.append(document.createTextNode(text.slice(at)));
}

/** A DocumentFragment for `markdown`. Level-2 headings become `<h4>` (`headingTag`). */
export function renderMarkdown(markdown, headingTag = 'h4') {
  const frag = document.createDocumentFragment();
  const lines = String(markdown ?? '').replace(/\r\n?/g, '\n').split('\n');
  let para = null;
  let list = null;
  const close = () => {
    para = null;
    list = null;
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line.startsWith('```')) {
      close();
      const code = [];
      for (i += 1; i < lines.length && !lines[i].startsWith('```'); i += 1) code.push(lines[i]);
      const pre = document.createElement('pre');
      pre.textContent = code.join('\n');
      frag.append(pre);
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      close();
      const h = document.createElement(headingTag);
      inline(h, heading[1]);
      frag.append(h);
      continue;
    }
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (item) {
      para = null;
      if (!list) {
        list = document.createElement('ul');
        frag.append(list);
      }
      const li = document.createElement('li');
      inline(li, item[1]);
      list.append(li);
      continue;
    }
    if (line.trim() === '') {
      close();
      continue;
    }
    if (list && /^\s+/.test(line)) {
      inline(list.lastElementChild, ' ' + line.trim());
      continue;
    }
    list = null;
    if (!para) {
      para = document.createElement('p');
      frag.append(para);
    } else {
      para.append(document.createTextNode(' '));
    }
    inline(para, line);
  }
  return frag;
}
