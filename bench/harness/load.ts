import autocannon from 'autocannon';

export interface LoadResult {
  /** Percentiles of the measured requests' own latencies (nearest rank over every response), ms. */
  p50: number;
  p95: number;
  p99: number;
  /** Measured requests answered per second over the run. */
  rps: number;
  errors: number;
  non2xx: number;
  /** Measured requests answered in the run; 0 means every request took longer than the run. */
  completed: number;
}

/** Per connection, what a step may keep for the next one (an id the server just made). */
export type StepContext = Record<string, string>;

/**
 * One request of a user's action. An action of several requests (start a draft, then submit it)
 * is a sequence each connection repeats in order; only `measured` steps count in the figures.
 */
export interface LoadStep {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: string | ((context: StepContext) => string);
  body?: string | ((context: StepContext) => string);
  /** Read what the next steps need from this step's response body. */
  capture?: (body: string, context: StepContext) => void;
  measured: boolean;
}

/** Nearest-rank percentile of sorted values: the smallest value with at least p of them at or below it. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]! : 0;

const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * Drive one action at `connections` concurrent users for a fixed time (autocannon, keep-alive
 * HTTP/1.1, one outstanding request per connection). Each measured response's latency is kept,
 * so p50/p95/p99 are exact over the run rather than autocannon's fixed p97.5 buckets.
 */
export function drive(url: string, steps: LoadStep[], cookie: string, connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  // autocannon calls a step's onResponse and then, synchronously, emits 'response' for the same
  // reply: this flag carries "was that a measured step" from one to the other.
  let lastWasMeasured = false;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        headers: { cookie, 'content-type': 'application/json', origin: url },
        connections,
        duration: seconds,
        pipelining: 1,
        requests: steps.map((step) => ({
          method: step.method,
          ...(typeof step.path === 'string' ? { path: step.path } : {}),
          ...(typeof step.body === 'string' ? { body: step.body } : {}),
          ...(typeof step.path === 'function' || typeof step.body === 'function'
            ? {
                setupRequest: (request: autocannon.Request, context: object) => ({
                  ...request,
                  ...(typeof step.path === 'function' ? { path: step.path(context as StepContext) } : {}),
                  ...(typeof step.body === 'function' ? { body: step.body(context as StepContext) } : {}),
                }),
              }
            : {}),
          onResponse: (status: number, body: string, context: object) => {
            lastWasMeasured = step.measured;
            if (status < 300) step.capture?.(body, context as StepContext);
          },
        })),
      },
      (err, result) => {
        if (err) return reject(err);
        latencies.sort((a, b) => a - b);
        resolve({
          p50: round(percentile(latencies, 0.5)),
          p95: round(percentile(latencies, 0.95)),
          p99: round(percentile(latencies, 0.99)),
          rps: round(latencies.length / seconds),
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          completed: latencies.length,
        });
      },
    );
    instance.on('response', (_client: unknown, _statusCode: number, _bytes: number, responseTime: number) => {
      if (!lastWasMeasured) return;
      latencies.push(responseTime);
    });
  });
}
