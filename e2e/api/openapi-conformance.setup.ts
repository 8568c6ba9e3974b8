import { OpenApiConformance } from '../../apps/api/test/support/openapi-conformance';
import { recordResponses, type RecordedApp } from '../../apps/api/test/support/response-recorder';

/**
 * Every response of the API end-to-end suite is checked against the OpenAPI document the app serves: a test
 * fails when the API answered something the document does not tell (an operation, a status, a content type,
 * a body, a header).
 */
const apps = recordResponses();
const checkers = new WeakMap<RecordedApp, OpenApiConformance>();

async function checkRecordedResponses(): Promise<void> {
  // A response the client has read has finished on the server by the next turn of the event loop.
  await new Promise((resolve) => setImmediate(resolve));
  const failures = new Map<string, number>();
  for (const app of apps) {
    let checker = checkers.get(app);
    if (!checker) checkers.set(app, (checker = new OpenApiConformance(app.document)));
    for (const response of app.responses.splice(0)) {
      for (const failure of checker.check(response)) failures.set(failure, (failures.get(failure) ?? 0) + 1);
    }
  }
  if (failures.size === 0) return;
  const listed = [...failures].map(([failure, times]) => (times > 1 ? `${failure}\n  (${times} times)` : failure));
  throw new Error(`The OpenAPI document does not tell the truth about ${failures.size} response(s):\n\n${listed.join('\n\n')}`);
}

afterEach(checkRecordedResponses);
afterAll(checkRecordedResponses);
