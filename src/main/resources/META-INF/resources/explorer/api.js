// The public JSON API, read as any client would (see openapi.yaml). Reads need no key by default.

export class ApiError extends Error {
  constructor(status, problem, path) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status} for ${path}`);
    this.status = status;
    this.problem = problem;
  }
}

async function request(path, options = {}) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, ...options });
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body, path);
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const api = {
  articles: (params = {}) => request(`/articles${query(params)}`),
  article: (id) => request(`/articles/${encodeURIComponent(id)}`),
  articleEntities: (id) => request(`/articles/${encodeURIComponent(id)}/entities`),
  articleLanguages: (id) => request(`/articles/${encodeURIComponent(id)}/languages`),
  crossReferences: (id) => request(`/articles/${encodeURIComponent(id)}/cross-references`),
  entities: (params = {}) => request(`/entities${query(params)}`),
  entity: (id) => request(`/entities/${encodeURIComponent(id)}`),
  entityArticles: (id, params = {}) => request(`/entities/${encodeURIComponent(id)}/articles${query(params)}`),
  relatedEntities: (id) => request(`/entities/${encodeURIComponent(id)}/related`),
  stories: (params = {}) => request(`/stories${query(params)}`),
  story: (id) => request(`/stories/${encodeURIComponent(id)}`),
  /** The dates the analysis found in the stored article, with offsets into its title or body. */
  articleDates: (id) => request(`/articles/${encodeURIComponent(id)}/dates`),
};
