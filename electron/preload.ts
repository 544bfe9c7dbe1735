/**
 * The preload of our own page: exposes `window.teleq` (TeleqBridge) through contextBridge and
 * nothing else: never ipcRenderer, never the IPC event object (DESIGN.md section 9).
 * Bundled to CommonJS (sandboxed preloads cannot load ES modules).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { BRIDGE_GLOBAL, TeleqBridge, TeleqEvent } from '../shared/bridge/contract';
import { PRELOAD_EVENT_CHANNEL, isPreloadChannel, preloadIpcChannel } from './bridge-channels';

const bridge: TeleqBridge = {
  invoke(channel, arg) {
    if (!isPreloadChannel(channel)) return Promise.reject(new Error('unknown channel'));
    return ipcRenderer.invoke(preloadIpcChannel(channel), arg);
  },
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, payload: TeleqEvent) => listener(payload);
    ipcRenderer.on(PRELOAD_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(PRELOAD_EVENT_CHANNEL, forward);
    };
  },
};

const bridgeGlobal: typeof BRIDGE_GLOBAL = 'teleq';
contextBridge.exposeInMainWorld(bridgeGlobal, Object.freeze(bridge));
