// One article: its text with entity mentions, language runs and dates marked; its entities, languages,
// dates and cross-references beside it.
import { api } from '../api.js';
import { annotatedText } from '../text.js';
import { h, route, bidi, badge, kindBadge, section, empty, formatDate, languageName, directionOf } from '../dom.js';

export async function articleView(id) {
  const article = await api.article(id);
  const [entities, xrefs, stored] = await Promise.all([
    api.articleEntities(id),
    api.crossReferences(id),
    api.articleDates(id).catch(() => null), // dates are optional extras
  ]);
  const dates = stored ? stored.dates : [];
  const fieldOf = (field) => ({
    runs: article.segments.filter((s) => s.field === field),
    mentions: entities.mentions.filter((m) => m.field === field),
    dates: dates.filter((d) => d.field === field),
    fallbackDir: directionOf(article.script, article.language),
    mainLanguage: article.language,
  });
  const articleDir = directionOf(article.script, article.language) || 'auto';

  return h('div', { class: 'article-page', dataset: { articleId: article.id } },
    h('article', { class: 'article', lang: article.language || null },
      h('div', { class: 'article-meta' },
        article.language ? badge(`${languageName(article.language)} · ${article.script || '?'}`, 'lang') : null,
        article.source ? bidi('span', article.source, { class: 'source' }) : null,
        article.publishedAt ? h('time', { datetime: article.publishedAt }, formatDate(article.publishedAt)) : null,
        article.publishedRaw ? h('span', { class: 'raw-date' }, '(', bidi('bdi', article.publishedRaw),
          article.publishedCalendar ? `, ${article.publishedCalendar.replace('_', ' ')}` : '', ')') : null,
        article.storyId ? h('a', { href: route('story', article.storyId), class: 'story-chip' }, `Story ${article.storyId}`) : null),
      h('h1', { class: 'article-title', dir: articleDir }, annotatedText(article.title, { ...fieldOf('title'), block: 'span' })),
      h('div', { class: 'article-body', id: 'article-body', dir: articleDir }, annotatedText(article.body, fieldOf('body'))),
      article.url ? h('p', { class: 'note' }, 'Source: ', bidi('span', article.url)) : null),
    h('aside', { class: 'sidebar' },
      legend(),
      entitiesPanel(entities),
      languagesPanel(article),
      datesPanel(dates, stored),
      crossReferencesPanel(xrefs)));
}

function legend() {
  return h('div', { class: 'legend' },
    h('span', { class: 'mention kind-PER' }, 'person'), h('span', { class: 'mention kind-ORG' }, 'organization'),
    h('span', { class: 'mention kind-LOC' }, 'place'), h('span', { class: 'mention kind-MISC' }, 'other'),
    h('mark', { class: 'date' }, 'date'), h('span', { class: 'run run-foreign', dataset: { language: 'en' } }, 'other language'));
}

function entitiesPanel(entities) {
  const counts = new Map();
  for (const m of entities.mentions) counts.set(m.entityId, (counts.get(m.entityId) || 0) + 1);
  const sorted = [...entities.entities].sort((a, b) => (counts.get(b.id) || 0) - (counts.get(a.id) || 0));
  return section(`Entities (${sorted.length})`, sorted.length
    ? h('ul', { class: 'list compact', id: 'article-entities' }, sorted.map((e) =>
      h('li', { class: 'item' }, kindBadge(e.kind), ' ',
        h('a', { href: route('entity', e.id) }, bidi('span', e.name)),
        h('span', { class: 'meta' }, `×${counts.get(e.id) || 0}`))))
    : empty('No entity found.'));
}

function languagesPanel(article) {
  const alternatives = (article.alternatives || []).slice(0, 3)
    .map((a) => `${a.language} ${Math.round((a.confidence || 0) * 100)}%`).join(', ');
  return section('Language runs',
    h('p', { class: 'meta' }, `${languageName(article.language)} (${article.script || '?'})`,
      typeof article.languageConfidence === 'number' ? `, ${Math.round(article.languageConfidence * 100)}% sure` : '',
      alternatives ? `; also ${alternatives}` : ''),
    h('table', { class: 'runs' },
      h('thead', null, h('tr', null, h('th', null, 'field'), h('th', null, 'language'), h('th', null, 'chars'), h('th', null, 'conf.'))),
      h('tbody', null, article.segments.map((s) => h('tr', null,
        h('td', null, s.field), h('td', null, `${s.language}${s.script ? ' · ' + s.script : ''}`),
        h('td', { class: 'num' }, s.end - s.start), h('td', { class: 'num' }, `${Math.round(s.confidence * 100)}%`))))));
}

function datesPanel(dates, stored) {
  if (!stored) return section('Dates', empty('The dates could not be read.'));
  return section(`Dates (${dates.length})`, dates.length
    ? h('ul', { class: 'list compact', id: 'article-dates' }, dates.map((d) => h('li', { class: 'item' },
      bidi('span', d.text, { class: 'date-text' }), ' ',
      h('span', { class: 'meta' }, `${d.calendar.replace('_', ' ')} → ${d.startDate === d.endDate ? d.startDate : `${d.startDate} – ${d.endDate}`}`))))
    : empty('No date mentioned.'));
}

function crossReferencesPanel(xrefs) {
  return section(`Cross-references (${xrefs.items.length})`, xrefs.items.length
    ? h('ul', { class: 'list compact', id: 'article-xrefs' }, xrefs.items.map((x) => h('li', { class: 'item' },
      h('span', { class: `relation rel-${x.relation}` }, x.relation.replace('_', ' ')), ' ',
      h('a', { href: route('article', x.article.id) }, bidi('span', x.article.title)),
      h('span', { class: 'meta' }, `${x.article.language || ''} · score ${x.score.toFixed(2)}`))))
    : empty(xrefs.linkStatus === 'pending' ? 'Linking is still running.' : 'No linked article.'));
}
