// The explorer: a hash-routed page over the public JSON API (#/search?q=…, #/article/12, #/entity/7, #/story/3).
import { h, empty } from './dom.js';
import { homeView, searchView, storiesView } from './views/lists.js';
import { articleView } from './views/article.js';
import { entityView } from './views/entity.js';
import { storyView } from './views/story.js';

const routes = [
  [/^$/, () => homeView()],
  [/^search$/, (_, params) => searchView(params.get('q') || '')],
  [/^stories$/, () => storiesView()],
  [/^article\/(\d+)$/, (m) => articleView(m[1])],
  [/^entity\/(\d+)$/, (m) => entityView(m[1])],
  [/^story\/(\d+)$/, (m) => storyView(m[1])],
];

const view = document.getElementById('view');
let generation = 0;

async function render() {
  const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  const [path, queryString = ''] = hash.split('?');
  const params = new URLSearchParams(queryString);
  const mine = ++generation;
  view.dataset.state = 'loading';
  view.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
  let content;
  try {
    const match = routes.map(([re, make]) => [path.match(re), make]).find(([m]) => m);
    content = match ? await match[1](match[0], params) : empty('No such page.');
  } catch (error) {
    content = h('div', { class: 'error', role: 'alert' },
      h('h1', null, error.status === 404 ? 'Not found' : 'Something went wrong'), h('p', null, error.message));
  }
  if (mine !== generation) return; // a later navigation won
  view.replaceChildren(content);
  view.dataset.state = 'ready';
  document.getElementById('search-input').value = path === 'search' ? params.get('q') || '' : '';
  window.scrollTo(0, 0);
  document.dispatchEvent(new CustomEvent('explorer:rendered', { detail: { path } }));
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  location.hash = q ? `#/search?q=${encodeURIComponent(q)}` : '#/';
});
window.addEventListener('hashchange', render);
render();
