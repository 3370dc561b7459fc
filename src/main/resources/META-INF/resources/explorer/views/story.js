// One story: its articles per language and a graph of the articles and their typed cross-references.
// Hovering or clicking a link shows its evidence (shared entities, dates, numbers, names, score).
import { api } from '../api.js';
import { h, route, bidi, badge, section, empty, formatDate, formatDay, languageName } from '../dom.js';

export const RELATION_COLORS = {
  duplicate: '#7c3aed', translation: '#0f766e', same_story: '#2563eb', related: '#9ca3af',
};

export async function storyView(id) {
  const story = await api.story(id);
  const articles = Object.values(story.articles).flat();
  const xrefs = await Promise.all(articles.map((a) => api.crossReferences(a.id)));
  const { nodes, edges } = storyGraph(articles, xrefs);
  const evidence = h('div', { class: 'evidence', id: 'edge-evidence' },
    empty('Hover over or click a link in the graph to see its evidence.'));
  const graph = h('div', { class: 'graph', id: 'story-graph', role: 'img',
    'aria-label': `Graph of ${nodes.length} articles and ${edges.length} cross-references` });

  const page = h('div', { class: 'story-page', dataset: { storyId: story.id } },
    h('h1', null, `Story ${story.id}`),
    h('p', { class: 'meta' }, `${story.articleCount} articles in ${Object.keys(story.languages).length} languages`,
      story.firstPublished ? ` · ${formatDay(story.firstPublished)}` : '',
      story.lastPublished && formatDay(story.lastPublished) !== formatDay(story.firstPublished) ? ` – ${formatDay(story.lastPublished)}` : ''),
    h('div', { class: 'story-grid' },
      h('div', { class: 'graph-panel panel' }, h('h2', null, 'Articles and cross-references'), graph, graphLegend()),
      h('div', null, section('Link evidence', evidence), keysPanel('Main entities', story.entities),
        keysPanel('Shared names', story.names))),
    section('Articles per language', h('div', { class: 'per-language', id: 'story-articles' },
      Object.entries(story.articles).map(([lang, list]) => h('div', { class: 'language-column' },
        h('h3', null, badge(lang, 'lang'), ' ', languageName(lang), ` (${list.length})`),
        h('ul', { class: 'list compact' }, list.map((a) => h('li', { class: 'item' },
          h('a', { href: route('article', a.id) }, bidi('span', a.title, { lang })),
          a.publishedAt ? h('div', { class: 'meta' }, formatDate(a.publishedAt)) : null))))))));

  // Cytoscape needs the container laid out, so it starts once the page is in the document.
  document.addEventListener('explorer:rendered', () => drawGraph(graph, nodes, edges, evidence), { once: true });
  return page;
}

/**
 * The graph's nodes: the story's articles and the articles outside it that they link to (`related` links do not
 * join a story). One edge per linked pair (both sides list the link), carrying its relation and evidence.
 */
export function storyGraph(articles, xrefs) {
  const nodes = new Map(articles.map((a) => [a.id, { ...a, inStory: true }]));
  const edges = new Map();
  articles.forEach((a, i) => {
    for (const x of xrefs[i].items) {
      if (!nodes.has(x.article.id)) nodes.set(x.article.id, { ...x.article, inStory: false });
      const [s, t] = a.id < x.article.id ? [a.id, x.article.id] : [x.article.id, a.id];
      const key = `${s}-${t}`;
      if (!edges.has(key)) edges.set(key, { id: key, source: s, target: t, from: a, to: x.article, ...x });
    }
  });
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function drawGraph(container, nodes, edges, evidence) {
  if (!container.isConnected) return; // another page was shown meanwhile
  if (typeof window.cytoscape !== 'function') {
    container.replaceChildren(empty('The graph library did not load.'));
    return;
  }
  const cy = window.cytoscape({
    container,
    elements: [
      ...nodes.map((a) => ({ data: { id: String(a.id), label: nodeLabel(a), language: a.language || 'und' },
        classes: a.inStory ? 'in-story' : 'outside' })),
      ...edges.map((e) => ({ data: { id: e.id, source: String(e.source), target: String(e.target),
        relation: e.relation, label: `${e.relation.replace('_', ' ')} ${e.score.toFixed(2)}`,
        width: 1.5 + 5 * e.score, color: RELATION_COLORS[e.relation] || '#9ca3af' } })),
    ],
    layout: { name: nodes.length > 2 ? 'circle' : 'grid', padding: 60, animate: false },
    minZoom: 0.3, maxZoom: 3, wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'background-color': '#1e3a8a', label: 'data(label)', color: '#111827', 'font-size': 13,
        'text-wrap': 'wrap', 'text-max-width': 200, 'text-valign': 'bottom', 'text-margin-y': 8,
        width: 34, height: 34, 'border-width': 3, 'border-color': '#fff' } },
      { selector: 'node.outside', style: { opacity: 0.55, 'border-style': 'dashed', 'border-color': '#6b7280' } },
      { selector: 'node[language = "fa"]', style: { 'background-color': '#b45309' } },
      { selector: 'node[language = "ar"]', style: { 'background-color': '#15803d' } },
      { selector: 'node[language = "az"]', style: { 'background-color': '#1d4ed8' } },
      { selector: 'edge', style: {
        width: 'data(width)', 'line-color': 'data(color)', 'curve-style': 'bezier', label: 'data(label)',
        'font-size': 12, color: '#374151', 'text-background-color': '#fff', 'text-background-opacity': 0.85,
        'text-background-padding': 2, 'text-rotation': 'autorotate' } },
      { selector: 'edge.selected', style: { 'underlay-color': '#f59e0b', 'underlay-opacity': 0.45, 'underlay-padding': 6 } },
    ],
  });
  cy.on('mouseover click tap', 'edge', (event) => {
    cy.edges().removeClass('selected');
    event.target.addClass('selected');
    const edge = edges.find((e) => e.id === event.target.id());
    evidence.replaceChildren(evidenceView(edge));
  });
  cy.on('tap', 'node', (event) => { location.hash = route('article', event.target.id()); });
  container.dataset.nodes = cy.nodes().length;
  container.dataset.edges = cy.edges().length;
  window.newsgraphExplorer = { ...(window.newsgraphExplorer || {}), graph: cy };
}

function nodeLabel(a) {
  const title = a.title.length > 48 ? a.title.slice(0, 46) + '…' : a.title;
  return `${a.language || '?'} · ${title}`;
}

function graphLegend() {
  return h('div', { class: 'legend' }, Object.entries(RELATION_COLORS).map(([relation, color]) =>
    h('span', { class: 'legend-edge' }, h('i', { style: `background:${color}` }), relation.replace('_', ' '))),
  h('span', { class: 'legend-node outside' }, 'linked article outside the story'));
}

function keysPanel(title, keys) {
  return section(title, keys.length
    ? h('ul', { class: 'chips' }, keys.map((k) => h('li', { class: 'chip', title: `${k.key} · ${k.articles} articles` },
      k.names.map((n, i) => [i ? ' · ' : '', bidi('span', n)]), h('sub', null, k.articles))))
    : empty('None.'));
}

function evidenceView(e) {
  const ev = e.evidence;
  const names = (list) => list.map((n) => h('li', { class: 'chip', title: `${n.key} · +${n.contribution.toFixed(3)}` },
    bidi('span', n.name || n.key), n.otherName && n.otherName !== n.name ? [' ↔ ', bidi('span', n.otherName)] : null));
  const row = (label, content) => h('tr', null, h('th', { scope: 'row' }, label), h('td', null, content));
  return h('div', { class: 'evidence-detail', dataset: { edge: e.id } },
    h('p', null, h('span', { class: `relation rel-${e.relation}` }, e.relation.replace('_', ' ')),
      ` score ${e.score.toFixed(3)}`),
    h('p', { class: 'pair' }, h('a', { href: route('article', e.from.id) }, bidi('span', e.from.title)), ' ↔ ',
      h('a', { href: route('article', e.to.id) }, bidi('span', e.to.title))),
    h('table', { class: 'evidence-table' }, h('tbody', null,
      row('entities', ev.entities.length ? h('ul', { class: 'chips' }, names(ev.entities)) : '—'),
      row('names', ev.names.length ? h('ul', { class: 'chips' }, names(ev.names)) : '—'),
      row('dates', ev.dates.length ? ev.dates.join(', ') : '—'),
      row('numbers', ev.numbers.length ? ev.numbers.join(', ') : '—'),
      row('time gap', ev.timeGapHours == null ? '—' : `${Math.round(ev.timeGapHours)} h (factor ${ev.timeFactor.toFixed(2)})`),
      row('signals', Object.entries(ev.contributions).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ') || '—'),
      row('fingerprint', ev.fingerprintSimilarity.toFixed(3)),
      row('method', ev.methodVersion))));
}
