import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DatabaseHealth } from './health.js';

/** What one answered request tells the metrics. */
export interface ObservedRequest {
  readonly method: string;
  /** The matched route pattern (`/api/v1/dossiers/:id`), never the raw path: labels stay few. */
  readonly route: string;
  readonly status: number;
  readonly seconds: number;
  readonly replayed: boolean;
}

/**
 * The server's Prometheus metrics, in a registry of its own (two apps in one process never mix): requests and
 * their latency by method, route pattern and status; surveys stored and idempotent replays; the database's
 * health and, when the engine reports it, its connection pool; and Node's process metrics.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  readonly #requests: Counter<'method' | 'route' | 'status'>;
  readonly #duration: Histogram<'method' | 'route' | 'status'>;
  readonly #votes: Counter;
  readonly #replays: Counter;

  constructor(health: () => Promise<DatabaseHealth>) {
    const registers = [this.registry];
    const labelNames = ['method', 'route', 'status'] as const;
    this.#requests = new Counter({ name: 'cqtt_http_requests_total', help: 'HTTP requests answered, by method, route pattern and status.', labelNames, registers });
    this.#duration = new Histogram({
      name: 'cqtt_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method, route pattern and status.',
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.#votes = new Counter({ name: 'cqtt_votes_stored_total', help: 'Survey answers stored (POST /surveys answered 201).', registers });
    this.#replays = new Counter({ name: 'cqtt_idempotent_replays_total', help: 'Survey requests answered again from their Idempotency-Key.', registers });
    // The registry collects its gauges at once: both read one probe per scrape.
    let probing: Promise<DatabaseHealth> | undefined;
    const probe = (): Promise<DatabaseHealth> => (probing ??= health().finally(() => (probing = undefined)));
    new Gauge({
      name: 'cqtt_database_up',
      help: '1 when the database answers and its migrations are applied, else 0.',
      registers,
      async collect() {
        const state = await probe();
        this.set(state.reachable && state.migrationsApplied ? 1 : 0);
      },
    });
    new Gauge({
      name: 'cqtt_database_pool_connections',
      help: 'Database pool connections by state, when the engine has a pool.',
      labelNames: ['state'],
      registers,
      async collect() {
        const { pool } = await probe();
        this.reset();
        if (pool) for (const [state, count] of Object.entries(pool)) this.set({ state }, count);
      },
    });
    collectDefaultMetrics({ register: this.registry });
  }

  /** Counts one answered request. */
  observe(request: ObservedRequest): void {
    const labels = { method: request.method, route: request.route, status: String(request.status) };
    this.#requests.inc(labels);
    this.#duration.observe(labels, request.seconds);
    if (request.replayed) this.#replays.inc();
    else if (request.method === 'POST' && request.route === '/api/v1/surveys' && request.status === 201) this.#votes.inc();
  }
}
