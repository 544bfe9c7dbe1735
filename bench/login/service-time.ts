/**
 * The service's own time per request, observed through Node's HTTP diagnostics channels
 * (request start to response finish) for the service's server only, when it runs in this
 * process. No change to the service is needed, and the figure includes everything the
 * service does for a request: routing, parsing, argon2id, SQLite, serialising.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, Server } from 'node:http';
import type { Interval } from '../lib/busy-time';

/** Milliseconds on the wall clock (epoch), comparable with a browser's timeOrigin + now(). */
export const wallNow = (): number => performance.timeOrigin + performance.now();

interface ServerMessage {
  request: IncomingMessage;
  server: Server;
}

export interface ServiceTimeTracker {
  intervals: Interval[];
  stop(): void;
}

export function trackServiceTime(server: Server): ServiceTimeTracker {
  const started = new WeakMap<IncomingMessage, number>();
  const intervals: Interval[] = [];
  const onStart = (message: unknown): void => {
    const m = message as ServerMessage;
    if (m.server === server) started.set(m.request, wallNow());
  };
  const onFinish = (message: unknown): void => {
    const m = message as ServerMessage;
    const start = started.get(m.request);
    if (start !== undefined) intervals.push({ start, end: wallNow() });
  };
  subscribe('http.server.request.start', onStart);
  subscribe('http.server.response.finish', onFinish);
  return {
    intervals,
    stop() {
      unsubscribe('http.server.request.start', onStart);
      unsubscribe('http.server.response.finish', onFinish);
    },
  };
}
