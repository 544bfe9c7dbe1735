/** The IPC messages between the bench and its child processes. */
export interface ServiceStats {
  /** User + system CPU of the whole process (event loop and thread pool) since the last reset. */
  cpuMs: number;
  eventLoopDelayP99Ms: number;
  eventLoopDelayMaxMs: number;
}

export type ParentMessage = { type: 'stats'; id: number; reset: boolean } | { type: 'close' };

export type ChildMessage =
  | { type: 'ready'; url: string; users: number; pid: number }
  | { type: 'stats'; id: number; stats: ServiceStats }
  | {
      type: 'bound';
      perSecond: number;
      verifications: number;
      elapsedMs: number;
      concurrency: number;
      /** CPU time per verification: comparable across runs even when others share the cores. */
      cpuMsPerVerification: number;
    }
  | { type: 'failed'; message: string };
