// The CodeMirror 6 editor, mounted in a shadow root.
//
// Why a shadow root: CodeMirror (through style-mod) writes its base styles into a <style>
// element when it is mounted in the document, and the page's CSP (`style-src 'self'`, no
// 'unsafe-inline') blocks that. Inside a shadow root style-mod uses a constructable stylesheet
// (adoptedStyleSheets) instead, which the CSP allows. The page's own editor styles come in as
// a same-origin <link> inside the shadow root (editor.css), and they also replace the lint
// package's `data:` SVG gutter markers and wavy underlines, which `img-src` (default 'self')
// would block.
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, placeholder } from '@codemirror/view';
import { EditorState, Compartment } from '@codemirror/state';
import { history, historyKeymap, standardKeymap } from '@codemirror/commands';
import { lintGutter, lintKeymap, linter } from '@codemirror/lint';

/**
 * Create the editor inside `host` (a light-DOM element that gets the shadow root).
 * Resolves once editor.css is loaded, so that the editor never shows unstyled.
 */
export async function createEditor({ host, cssUrl, doc, label, placeholderText, onUpdate, domHandlers }) {
  const shadow = host.attachShadow({ mode: 'open', delegatesFocus: false });
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = cssUrl;
  const loaded = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  shadow.append(link);
  const mount = document.createElement('div');
  mount.className = 'mount';
  shadow.append(mount);
  await loaded;

  const labels = new Compartment();
  const labelExtensions = (l, p) => [
    EditorView.contentAttributes.of({ 'aria-label': l, 'aria-multiline': 'true' }),
    placeholder(p),
  ];

  const view = new EditorView({
    root: shadow,
    parent: mount,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        lintGutter({ hoverTime: 150 }),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        history(),
        EditorView.lineWrapping,
        // Tab is not bound: keyboard users leave the editor with Tab (the text needs no tabs).
        keymap.of([...standardKeymap, ...historyKeymap, ...lintKeymap]),
        // Diagnostics come from the page (setDiagnostics); this only configures the lint UI.
        linter(null, { tooltipFilter: (ds) => ds }),
        EditorView.contentAttributes.of({ spellcheck: 'false', autocorrect: 'off', autocapitalize: 'off', lang: 'vi' }),
        labels.of(labelExtensions(label, placeholderText)),
        EditorView.updateListener.of(onUpdate),
        EditorView.domEventHandlers(domHandlers ?? {}),
      ],
    }),
  });

  return {
    view,
    shadow,
    /** Change the accessible label and the placeholder (language switch). */
    setLabels(l, p) {
      view.dispatch({ effects: labels.reconfigure(labelExtensions(l, p)) });
    },
  };
}
