/**
 * The client controller: the one entry point through which the renderer's requests reach the
 * core. Electron's IPC adapter (after its trusted-sender check) and the browser test shell both
 * call `handle(channel, arg)`; nothing else in the core is reachable from a renderer.
 */
import {
  REQUEST_ARGS,
  type RequestChannel,
  type RequestResults,
} from '../../shared/bridge/contract';
import type { EffectiveConfig } from './config/types';
import { ClientCore } from './login/client-core';
import { systemClock, type Clock, type Logger, type Ports } from './ports';

export interface ClientControllerOptions {
  config: EffectiveConfig;
  /** Electron's net.fetch in the app, Node's fetch in tests. */
  fetch: typeof fetch;
  ports: Ports;
  log: Logger;
  /** Defaults to the system clock; tests pass a fake one. */
  clock?: Clock;
  /** The OS locale (app.getLocale(), navigator.language), for language 'auto'. */
  systemLocale?: string;
}

export interface ClientController {
  /**
   * Validates `arg` with REQUEST_ARGS[channel] and answers RequestResults[channel].
   * Invalid arguments: channels answering a Result get `{ ok: false, error: { code:
   * 'invalid_input' } }`; the others reject. An unknown channel rejects.
   */
  handle<C extends RequestChannel>(channel: C, arg: unknown): Promise<RequestResults[C]>;
  /** Subscribes to system events; call once the renderer can receive events. */
  start(): Promise<void>;
  /** Logs out (revoking the session), closes windows, stops timers and listeners. */
  dispose(): Promise<void>;
}

export class InvalidRequestError extends Error {
  constructor(readonly channel: string) {
    super(`invalid request on ${channel}`);
    this.name = 'InvalidRequestError';
  }
}

export function isRequestChannel(channel: string): channel is RequestChannel {
  return Object.hasOwn(REQUEST_ARGS, channel);
}

/** Parses `arg` for `channel`; null when invalid. */
export function parseRequest<C extends RequestChannel>(
  channel: C,
  arg: unknown,
): { arg: unknown } | null {
  const parsed = REQUEST_ARGS[channel].safeParse(arg);
  return parsed.success ? { arg: parsed.data } : null;
}

const RESULT_CHANNELS = new Set<RequestChannel>([
  'login:identify',
  'login:password',
  'login:sso',
  'password:change',
  'password:forgot',
  'password:reset',
  'device:forget-user',
]);

export function createClientController(options: ClientControllerOptions): ClientController {
  const core = new ClientCore({ ...options, clock: options.clock ?? systemClock });
  return {
    async handle<C extends RequestChannel>(channel: C, arg: unknown): Promise<RequestResults[C]> {
      if (typeof channel !== 'string' || !isRequestChannel(channel)) {
        throw new InvalidRequestError(String(channel));
      }
      const parsed = parseRequest(channel, arg);
      if (!parsed) {
        // Field names only: the values may be passwords.
        options.log.warn('refused a request with invalid arguments', { channel });
        if (RESULT_CHANNELS.has(channel)) {
          return { ok: false, error: { code: 'invalid_input' } } as RequestResults[C];
        }
        throw new InvalidRequestError(channel);
      }
      return core.dispatch(channel, parsed.arg as never) as Promise<RequestResults[C]>;
    },
    start: () => core.start(),
    dispose: () => core.dispose(),
  };
}
