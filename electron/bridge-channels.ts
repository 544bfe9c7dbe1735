/**
 * The channel names the preload needs, without the zod schemas the contract module carries
 * (the sandboxed preload stays small). Typed against the contract, and bridge-channels.test.ts
 * checks the strings against ipcChannel() and EVENT_CHANNEL.
 */
import type { EVENT_CHANNEL, RequestChannel } from '../shared/bridge/contract';

/** Every request channel, exactly: a missing or extra key is a type error. */
export const PRELOAD_CHANNELS: Record<RequestChannel, true> = {
  'app:startup': true,
  'app:set-language': true,
  'login:identify': true,
  'login:password': true,
  'login:sso': true,
  'login:sso-cancel': true,
  'password:change': true,
  'password:forgot': true,
  'password:reset': true,
  'device:forget-user': true,
  'session:logout': true,
  'session:continue': true,
  'session:layout': true,
};

export const PRELOAD_EVENT_CHANNEL: typeof EVENT_CHANNEL = 'teleq:event';

export function preloadIpcChannel(channel: RequestChannel): string {
  return `teleq:${channel}`;
}

export function isPreloadChannel(channel: unknown): channel is RequestChannel {
  return typeof channel === 'string' && Object.hasOwn(PRELOAD_CHANNELS, channel);
}
