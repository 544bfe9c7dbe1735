import { describe, expect, it } from 'vitest';
import { EVENT_CHANNEL, REQUEST_CHANNELS, ipcChannel } from '../shared/bridge/contract';
import {
  PRELOAD_CHANNELS,
  PRELOAD_EVENT_CHANNEL,
  isPreloadChannel,
  preloadIpcChannel,
} from './bridge-channels';

describe('the preload speaks the contract', () => {
  it('knows exactly the request channels of the contract, by the same IPC names', () => {
    expect(Object.keys(PRELOAD_CHANNELS).sort()).toEqual([...REQUEST_CHANNELS].sort());
    for (const channel of REQUEST_CHANNELS)
      expect(preloadIpcChannel(channel)).toBe(ipcChannel(channel));
    expect(PRELOAD_EVENT_CHANNEL).toBe(EVENT_CHANNEL);
  });

  it('refuses anything else', () => {
    for (const bad of ['constructor', '__proto__', 'toString', 'shell:open', '', 42, null]) {
      expect(isPreloadChannel(bad)).toBe(false);
    }
  });
});
