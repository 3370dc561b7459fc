// Renders one field of an article (title or body) with its annotations as nested elements:
//   paragraph (own direction) > language run (lang, dir) > entity mention (link) > date mark > text.
// Offsets from the API are UTF-16 code units, which is what JavaScript strings index, so they slice as is.
import { h, route, directionOf } from './dom.js';

/**
 * @param text      the field's text
 * @param runs      language segments [{start, end, language, script, confidence}] of this field
 * @param mentions  entity mentions [{start, end, kind, entityId, entityName, surface, recognizer, confidence}]
 * @param dates     date expressions [{start, end, text, calendar, startDate, endDate}]
 * @param block     element name for a paragraph ('p' for the body, 'span' for a title)
 * @param fallbackDir  direction of a paragraph no run covers; mainLanguage: the article's language
 */
export function annotatedText(text, { runs = [], mentions = [], dates = [], block = 'p', fallbackDir = null, mainLanguage = null } = {}) {
  const paragraphs = paragraphSpans(text, block === 'p');
  const layers = [
    { spans: paragraphs, open: (p) => h(block, { class: 'para', dir: p.dir || 'auto' }) },
    { spans: clip(runs, text), open: (run) => openRun(run, mainLanguage) },
    { spans: nonOverlapping(clip(mentions, text)), open: openMention },
    { spans: nonOverlapping(clip(dates, text)), open: openDate },
  ];
  paragraphs.forEach((p) => (p.dir = dominantDirection(p, layers[1].spans) || fallbackDir));

  const root = document.createDocumentFragment();
  const cuts = new Set([0, text.length]);
  for (const layer of layers) for (const s of layer.spans) cuts.add(s.start).add(s.end);
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);

  // One open element per layer; consecutive pieces inside the same spans share them.
  let stack = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const active = layers.map((layer) => layer.spans.find((s) => s.start <= from && to <= s.end) || null);
    if (!active[0]) continue; // the blank lines between paragraphs
    let depth = 0;
    while (depth < stack.length && stack[depth].span === active[depth]) depth++;
    stack = stack.slice(0, depth);
    for (let level = depth; level < layers.length; level++) {
      const span = active[level];
      const parent = level === 0 ? root : stack[level - 1].el;
      const el = span ? layers[level].open(span) : null;
      if (el) parent.append(el);
      stack.push({ span, el: el || parent });
    }
    stack[stack.length - 1].el.append(text.slice(from, to));
  }
  return root;
}

/** Paragraphs are separated by blank lines in a body; a title is one paragraph. */
function paragraphSpans(text, split) {
  if (!split) return [{ start: 0, end: text.length }];
  const spans = [];
  const re = /\n\s*\n|\n/g;
  let start = 0;
  for (let m; (m = re.exec(text)); ) {
    if (m.index > start && text.slice(start, m.index).trim()) spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length && text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans;
}

function clip(spans, text) {
  return spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
}

/** Within one layer spans must not overlap: a later span starting inside an earlier one is cut to its end. */
function nonOverlapping(spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let end = -1;
  for (const s of sorted) {
    const start = Math.max(s.start, end);
    if (s.end > start) {
      out.push({ ...s, start });
      end = s.end;
    }
  }
  return out;
}

/** A paragraph takes the direction of the language it has most characters of. */
function dominantDirection(paragraph, runs) {
  const weight = { rtl: 0, ltr: 0 };
  for (const r of runs) {
    const overlap = Math.min(r.end, paragraph.end) - Math.max(r.start, paragraph.start);
    const dir = directionOf(r.script, r.language);
    if (overlap > 0 && dir) weight[dir] += overlap;
  }
  if (!weight.rtl && !weight.ltr) return null;
  return weight.rtl >= weight.ltr ? 'rtl' : 'ltr';
}

/** Runs in the article's own language stay plain; runs in another language are tagged and underlined. */
function openRun(run, mainLanguage) {
  const dir = directionOf(run.script, run.language);
  const foreign = mainLanguage && run.language && run.language !== mainLanguage && run.language !== 'und';
  const confidence = typeof run.confidence === 'number' ? ` (${Math.round(run.confidence * 100)}%)` : '';
  return h('span', {
    class: `run run-${dir || 'auto'}${foreign ? ' run-foreign' : ''}`,
    lang: run.language && run.language !== 'und' ? run.language : null,
    dir: dir || 'auto',
    title: `language ${run.language || 'und'}${run.script ? ' · ' + run.script : ''}${confidence}`,
    dataset: { language: run.language || 'und' },
  });
}

function openMention(m) {
  const label = `${m.kind} · ${m.entityName || m.surface}` + (m.recognizer ? ` · ${m.recognizer}` : '');
  return h('a', {
    class: `mention kind-${m.kind}`,
    href: route('entity', m.entityId),
    title: label,
    dataset: { entityId: m.entityId },
  });
}

function openDate(d) {
  const day = d.startDate === d.endDate ? d.startDate : `${d.startDate || '?'} – ${d.endDate || '?'}`;
  return h('mark', {
    class: `date cal-${d.calendar}`,
    title: `${d.calendar.replace('_', ' ')} date · ${day || 'unresolved'}`,
    dataset: { iso: d.startDate || '' },
  });
}
