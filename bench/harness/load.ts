import autocannon from 'autocannon';

export interface LoadResult {
  p50: number;
  /** autocannon's histogram reports p97.5, not p95; budgets written for p95 are checked against it (stricter). */
  p97_5: number;
  p99: number;
  rps: number;
  errors: number;
  non2xx: number;
  /** Requests answered in the run; 0 means every request took longer than the run. */
  completed: number;
}

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  cookie: string;
}

/**
 * Drive one request shape at `connections` concurrent users for a fixed time (autocannon,
 * keep-alive HTTP/1.1, one outstanding request per connection).
 */
export function drive(url: string, request: LoadRequest, connections: number, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: url + request.path,
        method: request.method,
        body: request.body,
        headers: { cookie: request.cookie, 'content-type': 'application/json', origin: url },
        connections,
        duration: seconds,
        pipelining: 1,
      },
      (err, result) => {
        if (err) return reject(err);
        resolve({
          p50: result.latency.p50,
          p97_5: result.latency.p97_5,
          p99: result.latency.p99,
          rps: result.requests.average,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          completed: result.requests.total,
        });
      },
    );
  });
}
