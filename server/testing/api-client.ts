/**
 * A small Login API v1 client for tests and benchmarks: real HTTP with fetch, a device key, and
 * a fresh proof (nonce from /device/challenge) for every call that needs one.
 */
import { API_PATHS, API_PREFIX, apiUrl } from '../../shared/api/paths';
import type { ApiPath } from '../../shared/api/paths';
import { createDeviceKey, signDeviceProof } from '../device/proof-signer';
import type { DeviceKey } from '../device/proof-signer';

/** Tests read answers field by field and assert on them; a strict type would only get in the way. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LooseBody = Record<string, any>;

export interface ApiAnswer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export class ApiClient {
  constructor(
    readonly baseUrl: string,
    public device: DeviceKey,
    /** The clock proofs take `iat` from: the service's, when a test moves it. */
    readonly now: () => Date = () => new Date(),
  ) {}

  static async create(baseUrl: string, now?: () => Date): Promise<ApiClient> {
    return new ApiClient(baseUrl, await createDeviceKey(), now);
  }

  /** The same device key, another client object (e.g. after a restart). */
  sameDevice(): ApiClient {
    return new ApiClient(this.baseUrl, this.device, this.now);
  }

  async call<T = LooseBody>(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    token?: string,
  ): Promise<ApiAnswer<T>> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await fetch(this.baseUrl + API_PREFIX + path, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text ? JSON.parse(text) : {}) as T,
    };
  }

  async nonce(): Promise<string> {
    const answer = await this.call<{ nonce: string }>('POST', API_PATHS.deviceChallenge);
    if (answer.status !== 200) throw new Error(`challenge failed: ${answer.status}`);
    return answer.body.nonce;
  }

  async proof(
    path: ApiPath,
    overrides: { htm?: string; htu?: string; iat?: number; jti?: string; nonce?: string } = {},
  ): Promise<string> {
    return signDeviceProof(this.device, {
      nonce: overrides.nonce ?? (await this.nonce()),
      htm: overrides.htm ?? 'POST',
      htu: overrides.htu ?? apiUrl(this.baseUrl, path),
      iat: overrides.iat ?? Math.floor(this.now().getTime() / 1000),
      ...(overrides.jti !== undefined ? { jti: overrides.jti } : {}),
    });
  }

  identify(username: string, email: string) {
    return this.call<{ flowId: string; methods: string[]; organisation?: string }>(
      'POST',
      API_PATHS.identify,
      { username, email },
    );
  }

  async loginWithFlow(flowId: string, password: string) {
    return this.call<LooseBody>('POST', API_PATHS.loginPassword, {
      flowId,
      password,
      proof: await this.proof(API_PATHS.loginPassword),
    });
  }

  async loginKnownDevice(username: string, password: string) {
    return this.call<LooseBody>('POST', API_PATHS.loginPassword, {
      username,
      password,
      proof: await this.proof(API_PATHS.loginPassword),
    });
  }

  /** Step 1 then step 2. */
  async login(username: string, email: string, password: string) {
    const flow = await this.identify(username, email);
    if (flow.status !== 200) return flow as ApiAnswer<LooseBody>;
    return this.loginWithFlow(flow.body.flowId, password);
  }

  async hello() {
    return this.call<LooseBody>('POST', API_PATHS.deviceHello, {
      proof: await this.proof(API_PATHS.deviceHello),
    });
  }
}
