// Talks to the server's JSON API. Errors arrive as application/problem+json and become Error objects
// whose message is the problem's title and detail (shown as text, never as HTML).

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && (problem.detail || problem.title) ? `${problem.title || 'Error'}: ${problem.detail || ''}` : `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export async function getJson(path, params) {
  const url = new URL(path, window.location.origin);
  if (params) {
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value);
    }
  }
  const response = await fetch(url, { headers: { Accept: 'application/json, application/geo+json, application/problem+json' } });
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** Returns the JSON, or null when the server answers 404 (an endpoint or data the ledger does not have yet). */
export async function getJsonOrNull(path, params) {
  try {
    return await getJson(path, params);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
