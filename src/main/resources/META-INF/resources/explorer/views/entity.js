// One entity: its names per language and script, its articles, the entities mentioned with it.
import { api } from '../api.js';
import { h, route, bidi, badge, kindBadge, section, empty, formatDate, languageName } from '../dom.js';

const SCRIPTS = { Arab: 'Arabic', Latn: 'Latin', Cyrl: 'Cyrillic', Hebr: 'Hebrew', Grek: 'Greek', Armn: 'Armenian',
  Geor: 'Georgian', Hans: 'Simplified Han', Hant: 'Traditional Han', Jpan: 'Japanese', Kore: 'Korean', Deva: 'Devanagari' };
const scriptName = (code) => SCRIPTS[code] || code;
import { entityItem } from './lists.js';

export async function entityView(id) {
  const [entity, articles, related] = await Promise.all([
    api.entity(id), api.entityArticles(id, { limit: 100 }), api.relatedEntities(id)]);
  const byScript = new Map();
  for (const alias of entity.aliases) {
    const key = alias.script ? `${scriptName(alias.script)} (${alias.script})` : 'Unknown script';
    byScript.set(key, [...(byScript.get(key) || []), alias]);
  }
  return h('div', { class: 'entity-page', dataset: { entityId: entity.id } },
    h('div', { class: 'entity-head' },
      kindBadge(entity.kind),
      bidi('h1', entity.name),
      h('p', { class: 'meta' }, `${entity.articleCount} article${entity.articleCount === 1 ? '' : 's'} · key `,
        h('code', null, entity.key), entity.qid ? [' · Wikidata ', h('code', null, entity.qid)] : null)),
    h('div', { class: 'columns' },
      h('div', null,
        section('Names per language', Object.keys(entity.names).length
          ? h('table', { class: 'names', id: 'entity-names' },
            h('tbody', null, Object.entries(entity.names).sort().map(([lang, name]) => h('tr', null,
              h('th', { scope: 'row' }, badge(lang, 'lang'), ' ', h('span', { class: 'meta' }, languageName(lang))),
              h('td', { lang, dir: 'auto' }, name)))))
          : empty('No preferred names.')),
        section(`All names by script (${entity.aliases.length})`,
          h('div', { id: 'entity-aliases' }, [...byScript.entries()].map(([script, aliases]) =>
            h('div', { class: 'script-group' }, h('h3', null, script),
              h('ul', { class: 'chips' }, aliases.map((a) => h('li', {
                class: `chip origin-${a.origin}`,
                title: `${a.language || 'any language'} · ${a.origin}`,
              }, bidi('span', a.name, { lang: a.language || null }), a.language ? h('sub', null, a.language) : null)))))))),
      h('div', null,
        section(`Articles (${articles.items.length}${articles.next ? '+' : ''})`, articles.items.length
          ? h('ul', { class: 'list', id: 'entity-articles' }, articles.items.map((a) => h('li', { class: 'item' },
            h('a', { href: route('article', a.id) }, bidi('span', a.title, { class: 'title' })),
            h('div', { class: 'meta' }, a.language ? badge(a.language, 'lang') : null,
              a.publishedAt ? h('time', { datetime: a.publishedAt }, formatDate(a.publishedAt)) : null))))
          : empty('No article mentions it.')),
        section(`Related entities (${related.length})`, related.length
          ? h('ul', { class: 'list compact', id: 'entity-related' }, related.map((r) =>
            entityItem(r.entity, h('span', { class: 'shared' }, ` · ${r.sharedArticles} shared`))))
          : empty('No entity is mentioned with it.')))));
}
