import autocannon from "autocannon";
import { fork } from "node:child_process";

export interface LoadJob {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  /** The status every response must have (200, or 304 for conditional reads). */
  expectStatus: number;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  totalRequests: number;
  latency: { p50: number; p97_5: number; p99: number; max: number };
  /** Connection errors and timeouts, warm-up included. */
  errors: number;
  /** Responses of another status than expected, warm-up included. */
  unexpected: number;
}

/**
 * Runs autocannon in a child process so that the load generator does not share
 * the event loop (nor the core) of the servers being measured.
 */
export function runLoad(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let result: LoadResult | undefined;
    child.once("message", (message) => (result = message as LoadResult));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (result) resolve(result);
      else reject(new Error(`Load generator exited with code ${code} and no result.`));
    });
    child.send(job);
  });
}

async function generateLoad(job: LoadJob): Promise<LoadResult> {
  const fire = (duration: number) =>
    autocannon({
      url: job.url,
      method: job.method,
      headers: job.headers,
      body: job.body,
      connections: job.connections,
      duration,
    });
  const warmup = await fire(job.warmupSeconds);
  const run = await fire(job.durationSeconds);
  const expectedClass = `${Math.floor(job.expectStatus / 100)}xx` as "2xx" | "3xx";
  const unexpected = (result: typeof run) => result["1xx"] + result["2xx"] + result["3xx"] + result["4xx"] + result["5xx"] - result[expectedClass];
  return {
    requestsPerSecond: run.requests.average,
    totalRequests: run.requests.total,
    latency: { p50: run.latency.p50, p97_5: run.latency.p97_5, p99: run.latency.p99, max: run.latency.max },
    errors: warmup.errors + run.errors,
    unexpected: unexpected(warmup) + unexpected(run),
  };
}

if (require.main === module) {
  process.once("message", (job: LoadJob) => {
    generateLoad(job)
      .then((result) => process.send!(result, () => process.disconnect()))
      .catch((error) => {
        console.error("Load generator failed:", error);
        process.exit(1);
      });
  });
}
