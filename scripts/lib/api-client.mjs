/**
 * A JSON client for the benchmarks' seeding: `api(method, path, { token, body, ifMatch })`, throwing on any
 * non-2xx. `ifMatch` is the revision a change (or a decision) is based on.
 */
export function client(baseUrl) {
  return async (method, path, { token, body, ifMatch } = {}) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(ifMatch === undefined ? {} : { 'if-match': `"${ifMatch}"` }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = res.status === 204 ? null : await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
}
