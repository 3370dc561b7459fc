// The explorer page (/) in a real browser: Debian's chromium driven by playwright-core against a running
// Newsgraph that holds the five seed articles (started by .ci/browser). Expected values are read from the
// JSON API, never written down here. Prints one line per check and `browser: N passed, M failed` last.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const BASE = (process.env.EXPLORER_URL || 'http://127.0.0.1:18081').replace(/\/$/, '');
const SHOTS = process.env.SCREENSHOTS || 'target/screenshots';
const KEY = process.env.NEWSGRAPH_API_KEY || '';
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

const T0 = Date.now();
mkdirSync(SHOTS, { recursive: true });
const results = [];
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push(true);
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL ${name}: ${error.message.split('\n')[0]}`);
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message);
}
async function get(path) {
  const response = await fetch(BASE + path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return response.json();
}

const articles = (await get('/articles?limit=200&view=full')).items;
const persian = articles.filter((a) => a.language === 'fa');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
const problems = [];
page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
page.on('request', (r) => !r.url().startsWith(BASE) && !r.url().startsWith('data:') && problems.push(`outside request: ${r.url()}`));
page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} for ${r.url()}`));

async function open(hash) {
  await page.goto(`${BASE}/${hash}`);
  await page.waitForSelector('#view[data-state="ready"]', { timeout: 30_000 });
}

try {
  await check('the home page lists the stored articles and the largest stories', async () => {
    await open('');
    const listed = await page.locator('#latest-articles .article-item').count();
    expect(listed === Math.min(articles.length, 20), `listed ${listed} of ${articles.length} articles`);
    expect(await page.locator('#stories .story-item').count() > 0, 'no story listed');
    await page.screenshot({ path: `${SHOTS}/home.png` });
  });

  let aliyev = null;
  await check('a Latin search for "Aliyev" finds the entity written علیاف/علييف in the Arabic-script seeds', async () => {
    await open('');
    await page.fill('#search-input', 'Aliyev');
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('#view[data-state="ready"] .search-results');
    const ids = await page.locator('#entity-results .entity-item').evaluateAll((els) => els.map((e) => e.dataset.entityId));
    expect(ids.length > 0, 'no entity found for Aliyev');
    for (const id of ids) {
      const entity = await get(`/entities/${id}`);
      if (entity.aliases.some((a) => ARABIC_SCRIPT.test(a.name)) && entity.articleCount > 0) { aliyev = entity; break; }
    }
    expect(aliyev, `none of entities ${ids} has an Arabic-script name and an article`);
    const shownNames = await page.locator(`#entity-results .entity-item[data-entity-id="${aliyev.id}"]`).innerText();
    expect(ARABIC_SCRIPT.test(shownNames), `the result shows no Arabic-script name: ${shownNames}`);
    const mentioning = await page.locator('#entity-article-results .article-item').evaluateAll((els) => els.map((e) => e.innerText));
    expect(mentioning.some((t) => ARABIC_SCRIPT.test(t)), 'no Arabic-script article listed as mentioning the entity');
    await page.screenshot({ path: `${SHOTS}/search-aliyev.png` });
  });

  await check('the entity page shows its names per language and script, its articles and related entities', async () => {
    expect(aliyev, 'no Aliyev entity to open');
    await page.click(`#entity-results .entity-item[data-entity-id="${aliyev.id}"] a`);
    await page.waitForSelector(`#view[data-state="ready"] .entity-page[data-entity-id="${aliyev.id}"]`);
    const names = await page.locator('#entity-names tr').count();
    expect(names === Object.keys(aliyev.names).length, `${names} name rows for ${Object.keys(aliyev.names).length} languages`);
    const aliases = await page.locator('#entity-aliases').innerText();
    expect(ARABIC_SCRIPT.test(aliases) && /[A-Za-z]/.test(aliases), 'aliases lack an Arabic-script or a Latin name');
    const shown = await page.locator('#entity-articles .item').count();
    expect(shown === (await get(`/entities/${aliyev.id}/articles?limit=100`)).items.length, `${shown} articles shown`);
    const related = (await get(`/entities/${aliyev.id}/related`)).length;
    expect(await page.locator('#entity-related .item').count() === related, 'related entities differ from the API');
    await page.screenshot({ path: `${SHOTS}/entity-aliyev.png`, fullPage: true });
  });

  for (const article of persian) {
    await check(`Persian article ${article.id}: its text runs right to left, paragraph by paragraph`, async () => {
      await open(`#/article/${article.id}`);
      const layout = await page.evaluate(() => {
        const paras = [...document.querySelectorAll('#article-body .para')];
        return paras.map((p) => {
          const range = document.createRange();
          const first = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode();
          const start = first.textContent.search(/\S/);
          range.setStart(first, start);
          range.setEnd(first, start + 1);
          const box = p.getBoundingClientRect();
          const glyph = range.getBoundingClientRect();
          return { direction: getComputedStyle(p).direction, text: p.textContent,
            startsRight: box.right - glyph.right < 24 };
        });
      });
      const arabicParas = layout.filter((p) => ARABIC_SCRIPT.test(p.text.replace(/[\s\d.,:;()-]/g, '').slice(0, 1)));
      expect(arabicParas.length > 0, 'no Persian paragraph rendered');
      const wrong = arabicParas.filter((p) => p.direction !== 'rtl' || !p.startsRight);
      expect(wrong.length === 0, `${wrong.length} Persian paragraphs not laid out right to left: ${wrong[0]?.text.slice(0, 40)}`);
      const runs = await page.locator('#article-body .run[data-language="fa"]').evaluateAll((els) =>
        els.map((e) => [e.getAttribute('dir'), getComputedStyle(e).direction]));
      expect(runs.length > 0 && runs.every(([dir, css]) => dir === 'rtl' && css === 'rtl'), 'Persian runs are not rtl');
      const latin = await page.locator('#article-body .run-ltr').evaluateAll((els) => els.map((e) => getComputedStyle(e).direction));
      expect(latin.every((d) => d === 'ltr'), 'a Latin-script run is not left to right');
      const body = await page.locator('#article-body').evaluate((e) => e.textContent.replace(/\s+/g, ''));
      expect(body === article.body.replace(/\s+/g, ''), 'the rendered body differs from the stored text');
    });

    await check(`Persian article ${article.id}: the entity mentions are highlighted and link to their entities`, async () => {
      const api = await get(`/articles/${article.id}/entities`);
      const mentions = await page.locator('#article-body .mention, .article-title .mention').evaluateAll((els) => els.map((e) => ({
        id: e.dataset.entityId, text: e.textContent, background: getComputedStyle(e).backgroundColor,
        href: e.getAttribute('href') })));
      const expected = new Set(api.mentions.map((m) => String(m.entityId)));
      const shown = new Set(mentions.map((m) => m.id));
      expect(api.mentions.length > 0, 'the API lists no mention for this article');
      expect([...expected].every((id) => shown.has(id)), `entities ${[...expected].filter((id) => !shown.has(id))} not highlighted`);
      const surfaces = new Set(api.mentions.map((m) => m.surface));
      const unknown = mentions.filter((m) => !surfaces.has(m.text) && !api.mentions.some((a) => a.surface.includes(m.text)));
      expect(unknown.length === 0, `highlighted text that is no mention: ${unknown[0]?.text}`);
      expect(mentions.every((m) => m.background !== 'rgba(0, 0, 0, 0)'), 'a mention has no highlight colour');
      expect(mentions.every((m) => m.href === `#/entity/${m.id}`), 'a mention does not link to its entity');
    });
  }

  const dated = persian.find((a) => a.publishedRaw) || persian[0];
  await check(`Persian article ${dated?.id}: the dates it mentions are marked with their calendar and ISO day`, async () => {
    await open(`#/article/${dated.id}`);
    const marks = await page.locator('#article-body mark.date, .article-title mark.date').evaluateAll((els) =>
      els.map((e) => ({ text: e.textContent, iso: e.dataset.iso, title: e.title })));
    expect(marks.length > 0, 'no date marked');
    expect(marks.every((m) => /^\d{4}-\d{2}-\d{2}$/.test(m.iso) || m.iso === ''), 'a date mark has no ISO day');
    expect(marks.some((m) => /solar hijri/.test(m.title)), 'no Solar Hijri date marked in a Persian article');
    expect(await page.locator('#article-dates .item').count() === marks.length, 'dates listed beside differ from those marked');
    const written = (await get(`/articles/${dated.id}/dates`)).dates.map((d) => d.text).sort();
    expect(JSON.stringify(marks.map((m) => m.text).sort()) === JSON.stringify(written),
      `marked ${marks.map((m) => m.text)} but the analysis stored ${written}`);
    await page.screenshot({ path: `${SHOTS}/article-fa.png`, fullPage: true });
  });

  const stories = (await get('/stories?sort=largest&limit=1')).items;
  await check('the story graph has the story\'s articles, those they link to, and every link as a typed edge', async () => {
    expect(stories.length && stories[0].articleCount > 1, 'no story with two or more articles');
    const story = await get(`/stories/${stories[0].id}`);
    const members = Object.values(story.articles).flat().map((a) => String(a.id));
    const nodes = new Set(members);
    const pairs = new Map();
    for (const id of members) {
      for (const x of (await get(`/articles/${id}/cross-references`)).items) {
        nodes.add(String(x.article.id));
        pairs.set([id, String(x.article.id)].sort().join('-'), x.relation);
      }
    }
    await open(`#/story/${story.id}`);
    await page.waitForSelector('#story-graph[data-edges]');
    const graph = await page.evaluate(() => {
      const cy = window.newsgraphExplorer.graph;
      return { nodes: cy.nodes().map((n) => n.id()).sort(), inStory: cy.nodes('.in-story').map((n) => n.id()).sort(),
        edges: cy.edges().map((e) => [[e.source().id(), e.target().id()].sort().join('-'), e.data('relation')]) };
    });
    expect(JSON.stringify(graph.nodes) === JSON.stringify([...nodes].sort()), `nodes ${graph.nodes} vs ${[...nodes].sort()}`);
    expect(JSON.stringify(graph.inStory) === JSON.stringify(members.sort()), `story nodes ${graph.inStory} vs ${members}`);
    expect(graph.edges.length === pairs.size, `${graph.edges.length} edges for ${pairs.size} linked pairs`);
    expect(graph.edges.every(([pair, relation]) => pairs.get(pair) === relation), 'an edge has the wrong relation');
    expect(await page.locator('#story-articles .language-column').count() === Object.keys(story.articles).length,
      'articles are not listed per language');
  });

  await check('clicking a link in the graph shows its evidence', async () => {
    const point = await page.evaluate(() => {
      const cy = window.newsgraphExplorer.graph;
      const edge = cy.edges().sort((a, b) => b.data('width') - a.data('width'))[0];
      const box = cy.container().getBoundingClientRect();
      const mid = edge.renderedMidpoint();
      return { x: box.left + mid.x, y: box.top + mid.y, id: edge.id(), relation: edge.data('relation') };
    });
    await page.mouse.click(point.x, point.y);
    const detail = page.locator(`#edge-evidence .evidence-detail[data-edge="${point.id}"]`);
    await detail.waitFor({ timeout: 5000 });
    const text = await detail.innerText();
    expect(text.toLowerCase().includes(point.relation.replace('_', ' ')), 'the evidence does not name the relation');
    expect(/entities/.test(text) && /score/.test(text), 'the evidence lacks entities or score');
    await page.screenshot({ path: `${SHOTS}/story.png`, fullPage: true });
  });

  await check('text from the API is shown as text, never run as markup', async () => {
    expect(KEY, 'NEWSGRAPH_API_KEY is not set');
    const hostile = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const response = await fetch(`${BASE}/articles`, { method: 'POST',
      headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: `Markup ${Date.now()} ${hostile}`, body: `Body ${hostile} about Baku and Ilham Aliyev.`, language: 'en' }) });
    expect(response.status === 201, `POST answered ${response.status}`);
    const created = await response.json();
    try {
      await open(`#/article/${created.id}`);
      expect((await page.locator('.article-title').innerText()).includes('<img src=x'), 'the title is not shown as written');
      await open('#/search?q=Markup');
      expect((await page.locator('#article-results').innerText()).includes('<img src=x'), 'the listed title is not shown as written');
      const clean = await page.evaluate(() => window.__xss === undefined && !document.querySelector('#view img, #view script'));
      expect(clean, 'markup from an article was run');
    } finally {
      await fetch(`${BASE}/articles/${created.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${KEY}` } });
    }
  });

  await check('nothing failed in the page and nothing was fetched from outside the service', async () => {
    expect(problems.length === 0, problems.slice(0, 3).join('; '));
  });
} finally {
  await browser.close();
}

const passed = results.filter(Boolean).length;
console.log(`browser: screenshots in ${SHOTS}/, checks took ${Math.round((Date.now() - T0) / 1000)} s`);
console.log(`browser: ${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
