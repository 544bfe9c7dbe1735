/**
 * Step 1 (identify) leaves a flow behind: a random id that step 2 (password or SSO start) names.
 * A flow remembers which username was given and, only when username and email matched, which
 * user it resolved to; unknown users get a flow too, so the answer cannot tell them apart.
 * In memory: flows are short-lived and a restart simply sends the user back to step 1.
 */
import { randomToken } from '../crypto-tokens';

export const FLOW_TTL_SECONDS = 10 * 60;

export interface LoginFlow {
  id: string;
  /** As typed in step 1 (trimmed); lockout is keyed by it even when no user matched. */
  username: string;
  /** The matched user, or null for an unknown user or a wrong email. */
  userId: number | null;
  createdAt: Date;
  expiresAt: Date;
  /** Extra state for later steps (e.g. SSO keeps its state here). */
  data: Record<string, unknown>;
}

export interface FlowStore {
  create(input: { username: string; userId: number | null }): LoginFlow;
  /** The live flow, or null when unknown or expired. */
  get(id: string): LoginFlow | null;
  delete(id: string): void;
}

export function createFlowStore(now: () => Date, ttlSeconds = FLOW_TTL_SECONDS): FlowStore {
  const flows = new Map<string, LoginFlow>();
  let lastSweep = 0;
  const sweep = (t: number): void => {
    if (t - lastSweep < 10_000) return;
    for (const [id, flow] of flows) if (flow.expiresAt.getTime() <= t) flows.delete(id);
    lastSweep = t;
  };
  return {
    create({ username, userId }) {
      const createdAt = now();
      sweep(createdAt.getTime());
      const flow: LoginFlow = {
        id: randomToken(24),
        username,
        userId,
        createdAt,
        expiresAt: new Date(createdAt.getTime() + ttlSeconds * 1000),
        data: {},
      };
      flows.set(flow.id, flow);
      return flow;
    },
    get(id) {
      const flow = flows.get(id);
      if (!flow) return null;
      if (flow.expiresAt.getTime() <= now().getTime()) {
        flows.delete(id);
        return null;
      }
      return flow;
    },
    delete(id) {
      flows.delete(id);
    },
  };
}
