// Builds DOM nodes without ever parsing strings as HTML: every text the API returns goes in as a text node,
// so article text, names and titles cannot inject markup (no innerHTML anywhere in the explorer).

/**
 * h('a', {href: '#/x', class: 'c'}, 'text', child) → element. Attributes starting with "on" take functions;
 * `dataset` takes an object; children may be strings, numbers, nodes, arrays, null or false.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Only same-page routes and relative API links are ever put in an href. */
export function route(...parts) {
  return '#/' + parts.map((p) => encodeURIComponent(String(p))).join('/');
}

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);
const RTL_LANGUAGES = new Set(['ar', 'fa', 'prs', 'ur', 'ps', 'ckb', 'ug', 'sd', 'he', 'yi', 'dv', 'azb', 'ks']);

/** Writing direction of a run from its script, else its language; null when neither says. */
export function directionOf(script, language) {
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  if (language && language !== 'und') return RTL_LANGUAGES.has(language.split('-')[0]) ? 'rtl' : 'ltr';
  return null;
}

/** A title or name whose direction the browser takes from its first strong character. */
export function bidi(tag, text, attrs = {}) {
  return h(tag, { dir: 'auto', ...attrs }, text);
}

export function formatDate(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toISOString().slice(0, 16).replace('T', ' ') + (iso.length > 10 ? ' UTC' : '');
}

export function formatDay(iso) {
  return iso ? String(iso).slice(0, 10) : '';
}

export function languageName(code) {
  if (!code || code === 'und') return 'undetermined';
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) || code;
  } catch {
    return code;
  }
}

export function badge(text, kind = '') {
  return h('span', { class: `badge ${kind}`.trim() }, text);
}

export function kindBadge(kind) {
  const names = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };
  return h('span', { class: `kind kind-${kind}`, title: names[kind] || kind }, kind);
}

export function section(title, ...children) {
  return h('section', { class: 'panel' }, h('h2', null, title), ...children);
}

export function empty(text) {
  return h('p', { class: 'empty' }, text);
}
