/**
 * A SCRIPTED bridge: a stand-in for the preload's `window.teleq` at the renderer's one
 * boundary, allowed there by issue 5. Each request channel answers from a list of scripted
 * replies (the last one repeats), every call is recorded, events are emitted on demand, and a
 * reply can be held back ("pending") to show a screen that waits. The real main process is
 * exercised by the browser-shell end-to-end tests in test/.
 */
import type { RequestChannel, RequestResults, TeleqEvent } from '../../shared/bridge/contract';

/** A reply: the value the invoke resolves with, or held back, or a rejected invoke. */
export type ScriptedReply<C extends RequestChannel = RequestChannel> =
  { value: RequestResults[C] } | { pending: true } | { reject: string };

export type BridgeScript = { [C in RequestChannel]?: ScriptedReply<C>[] };

export interface RecordedCall {
  channel: RequestChannel;
  arg: unknown;
}

/** What the page exposes to the test as window.__scriptedBridge. */
export interface ScriptedBridgeHandle {
  calls: RecordedCall[];
  cspViolations: string[];
  emit(event: TeleqEvent): void;
  script(channel: RequestChannel, replies: ScriptedReply[]): void;
  /** Resolve the oldest held-back call on a channel. */
  release(channel: RequestChannel, value: unknown): boolean;
}

/** Runs in the page before any of the app's scripts: serialised, so it uses nothing outside. */
function installScriptedBridge(initial: Record<string, unknown[]>): void {
  type Reply = { value?: unknown; pending?: true; reject?: string };
  const replies = new Map<string, Reply[]>(Object.entries(initial) as [string, Reply[]][]);
  const held = new Map<string, ((value: unknown) => void)[]>();
  const listeners = new Set<(event: unknown) => void>();
  const handle = {
    calls: [] as { channel: string; arg: unknown }[],
    cspViolations: [] as string[],
    emit(event: unknown) {
      for (const listener of listeners) listener(event);
    },
    script(channel: string, list: Reply[]) {
      replies.set(channel, list);
    },
    release(channel: string, value: unknown) {
      const waiting = held.get(channel) ?? [];
      const resolve = waiting.shift();
      if (!resolve) return false;
      resolve(value);
      return true;
    },
  };
  document.addEventListener('securitypolicyviolation', (e) => {
    handle.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
  const bridge = {
    invoke(channel: string, arg: unknown): Promise<unknown> {
      handle.calls.push({
        channel,
        arg: arg === undefined ? null : JSON.parse(JSON.stringify(arg)),
      });
      const list = replies.get(channel) ?? [];
      const reply = list.length > 1 ? list.shift() : list[0];
      if (!reply) return Promise.reject(new Error(`scripted bridge: no reply for ${channel}`));
      if (reply.pending) {
        return new Promise((resolve) => {
          held.set(channel, [...(held.get(channel) ?? []), resolve]);
        });
      }
      if (reply.reject !== undefined) return Promise.reject(new Error(reply.reject));
      // A copy, as structured clone over IPC would give: the renderer cannot mutate the script.
      return Promise.resolve(
        reply.value === undefined ? undefined : JSON.parse(JSON.stringify(reply.value)),
      );
    },
    onEvent(listener: (event: unknown) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  Object.defineProperty(window, 'teleq', { value: Object.freeze(bridge), configurable: false });
  Object.defineProperty(window, '__scriptedBridge', { value: handle, configurable: false });
}

/** The init script's source. Given as text, so that helpers a TS transpiler may wrap functions
 * with (such as esbuild's __name) never reach the page. */
export function scriptedBridgeSource(script: BridgeScript): string {
  return `{ const __name = (f) => f; (${installScriptedBridge.toString()})(${JSON.stringify(script)}); }`;
}
