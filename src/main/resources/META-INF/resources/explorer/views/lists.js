// Home, search results and the list of stories.
import { api } from '../api.js';
import { h, route, bidi, badge, kindBadge, section, empty, formatDate, languageName } from '../dom.js';

export function articleItem(a) {
  return h('li', { class: 'item article-item', dataset: { articleId: a.id } },
    h('a', { href: route('article', a.id) }, bidi('span', a.title || '(untitled)', { class: 'title' })),
    h('div', { class: 'meta' },
      a.language ? badge(a.language, 'lang') : null,
      a.source ? bidi('span', a.source, { class: 'source' }) : null,
      a.publishedAt ? h('time', { datetime: a.publishedAt }, formatDate(a.publishedAt)) : null,
      a.analysisStatus && a.analysisStatus !== 'done' ? badge(a.analysisStatus, 'status') : null));
}

/** An entity in a list; given its details, with the names it has in other languages and scripts. */
export function entityItem(e, extra = null, detail = null) {
  const others = detail ? [...new Set(Object.values(detail.names))].filter((n) => n !== e.name) : [];
  return h('li', { class: 'item entity-item', dataset: { entityId: e.id } },
    kindBadge(e.kind), ' ',
    h('a', { href: route('entity', e.id) }, bidi('span', e.name, { class: 'title' })),
    h('span', { class: 'meta' }, `${e.articleCount} article${e.articleCount === 1 ? '' : 's'}`,
      e.qid ? h('span', { class: 'qid' }, e.qid) : null, extra),
    others.length ? h('div', { class: 'also' }, 'also ', others.map((n, i) => [i ? ' · ' : '', bidi('bdi', n)])) : null);
}

export function storyItem(s) {
  const titles = Object.entries(s.titles || {});
  return h('li', { class: 'item story-item', dataset: { storyId: s.id } },
    h('a', { href: route('story', s.id), class: 'story-link' },
      h('span', { class: 'title' }, `Story ${s.id}`),
      h('span', { class: 'meta' }, `${s.articleCount} article${s.articleCount === 1 ? '' : 's'} · `,
        Object.entries(s.languages || {}).map(([lang, n]) => badge(`${lang} ${n}`, 'lang')))),
    h('ul', { class: 'titles' }, titles.map(([lang, title]) =>
      h('li', null, badge(lang, 'lang'), ' ', bidi('span', title, { lang })))));
}

export async function homeView() {
  const [articles, stories, entities] = await Promise.all([
    api.articles({ limit: 20 }), api.stories({ sort: 'largest', limit: 10 }), api.entities({ limit: 200 })]);
  const top = [...entities.items].sort((a, b) => b.articleCount - a.articleCount).slice(0, 12);
  return h('div', { class: 'home' },
    h('div', { class: 'intro' },
      h('h1', null, 'Explore the news graph'),
      h('p', null, 'Articles in any language and script, the people, organizations and places they mention linked ',
        'across scripts, and the stories that join them. Search above in any script: ',
        h('a', { href: '#/search?q=Aliyev' }, 'Aliyev'), ', ', h('a', { href: '#/search?q=' + encodeURIComponent('باکو'), dir: 'rtl', lang: 'fa' }, 'باکو'), '.')),
    h('div', { class: 'columns' },
      section('Latest articles', articles.items.length
        ? h('ul', { class: 'list', id: 'latest-articles' }, articles.items.map(articleItem)) : empty('No articles yet.')),
      h('div', null,
        section('Largest stories', stories.items.length
          ? h('ul', { class: 'list', id: 'stories' }, stories.items.map(storyItem)) : empty('No stories yet.')),
        section('Most mentioned entities', top.length
          ? h('ul', { class: 'list compact' }, top.map((e) => entityItem(e))) : empty('No entities yet.')))));
}

/** Entities by any of their names in any script, the articles that mention them, and full-text matches. */
export async function searchView(q) {
  if (!q) return empty('Type a name or words to search for.');
  const [entities, articles] = await Promise.all([api.entities({ q, limit: 50 }), api.articles({ q, limit: 50 })]);
  const top = entities.items.slice(0, 5);
  const [details, mentioning] = await Promise.all([
    Promise.all(top.map((e) => api.entity(e.id).catch(() => null))),
    Promise.all(top.map((e) => api.entityArticles(e.id, { limit: 20 }).catch(() => ({ items: [] })))),
  ]);
  const seen = new Set(articles.items.map((a) => a.id));
  const viaEntities = mentioning.flatMap((page) => page.items).filter((a) => !seen.has(a.id) && seen.add(a.id));
  return h('div', { class: 'search-results' },
    h('h1', null, 'Results for ', bidi('q', q)),
    h('div', { class: 'columns' },
      section(`Entities (${entities.items.length}${entities.next ? '+' : ''})`, entities.items.length
        ? h('ul', { class: 'list', id: 'entity-results' }, entities.items.map((e, i) => entityItem(e, null, details[i])))
        : empty('No entity has this name in any script.')),
      h('div', null,
        section(`Articles mentioning ${top.length === 1 ? 'it' : 'them'} (${viaEntities.length})`, viaEntities.length
          ? h('ul', { class: 'list', id: 'entity-article-results' }, viaEntities.map(articleItem))
          : empty('No other article mentions the entities found.')),
        section(`Articles with these words (${articles.items.length}${articles.next ? '+' : ''})`, articles.items.length
          ? h('ul', { class: 'list', id: 'article-results' }, articles.items.map(articleItem))
          : empty('No article contains these words.')))));
}

export async function storiesView() {
  const stories = await api.stories({ sort: 'largest', limit: 100 });
  return h('div', null, h('h1', null, 'Stories'),
    h('p', { class: 'lead' }, 'Articles joined by duplicate, translation and same-story links, across languages.'),
    stories.items.length ? h('ul', { class: 'list', id: 'stories' }, stories.items.map(storyItem)) : empty('No stories yet.'),
    languageNote(stories.items));
}

function languageNote(stories) {
  const langs = new Set(stories.flatMap((s) => Object.keys(s.languages || {})));
  return langs.size ? h('p', { class: 'note' }, 'Languages: ', [...langs].map(languageName).join(', '), '.') : null;
}
