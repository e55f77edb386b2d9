import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The Prometheus metrics of one server: default process metrics plus HTTP and scans. */
export interface ServerMetrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  scans: Counter<'status'>;
}

/** A fresh registry per server, so that tests can start several servers in one process. */
export function createMetrics(): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: 'shuan_http_request_duration_seconds',
    help: 'HTTP request duration by route pattern',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const scans = new Counter({
    name: 'shuan_scans_total',
    help: 'Scans finished, by final status',
    labelNames: ['status'],
    registers: [registry],
  });
  return { registry, httpDuration, scans };
}
