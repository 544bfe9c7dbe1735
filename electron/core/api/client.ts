/**
 * The typed Login API v1 client (DESIGN.md section 4). Every answer is parsed with the shared
 * schemas, so a service that drifts from the contract is reported as `server_error` instead of
 * surfacing as undefined fields later. Every call has a timeout; only safe or idempotent calls
 * are retried, and only after a network failure, never after an answer.
 */
import type { z } from 'zod';
import { ApiErrorSchema } from '../../../shared/api/errors';
import { API_PATHS, apiUrl, type ApiPath } from '../../../shared/api/paths';
import {
  DeviceChallengeResponseSchema,
  DeviceHelloResponseSchema,
  HealthResponseSchema,
  IdentifyResponseSchema,
  LoginResponseSchema,
  PasswordChangeResponseSchema,
  PasswordForgotResponseSchema,
  PasswordResetResponseSchema,
  SessionResponseSchema,
  SsoStartResponseSchema,
} from '../../../shared/api/schemas';
import type { ClientError } from '../../../shared/bridge/contract';
import { classifyNetworkError, fromApiError } from './errors';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ClientError };

/** Signs a device proof for one call; the nonce comes from POST /device/challenge. */
export type ProofSigner = (request: { htm: string; htu: string; nonce: string }) => Promise<string>;

export interface LoginApiOptions {
  serverUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
  /** Attempts for safe/idempotent calls after a network failure (default 2 in all). */
  safeAttempts?: number;
}

interface CallOptions<S extends z.ZodType | null> {
  method: 'GET' | 'POST';
  path: ApiPath;
  body?: unknown;
  bearer?: string;
  schema: S;
  /** Safe or idempotent: may be repeated after a network failure. */
  retry?: boolean;
}

type Parsed<S> = S extends z.ZodType ? z.infer<S> : void;

export class LoginApi {
  readonly serverUrl: string;
  private readonly fetchFn: typeof fetch;
  private readonly timeoutMs: number;
  private readonly safeAttempts: number;

  constructor(options: LoginApiOptions) {
    this.serverUrl = options.serverUrl;
    this.fetchFn = options.fetch;
    this.timeoutMs = options.timeoutMs;
    this.safeAttempts = Math.max(1, options.safeAttempts ?? 2);
  }

  health() {
    return this.call({
      method: 'GET',
      path: API_PATHS.health,
      schema: HealthResponseSchema,
      retry: true,
    });
  }

  challenge() {
    // A fresh nonce per call; asking again after a lost answer only wastes a nonce.
    return this.call({
      method: 'POST',
      path: API_PATHS.deviceChallenge,
      body: {},
      schema: DeviceChallengeResponseSchema,
      retry: true,
    });
  }

  async hello(sign: ProofSigner) {
    const proof = await this.proofFor(API_PATHS.deviceHello, sign);
    if (!proof.ok) return proof;
    return this.call({
      method: 'POST',
      path: API_PATHS.deviceHello,
      body: { proof: proof.value },
      schema: DeviceHelloResponseSchema,
    });
  }

  async forget(username: string, sign: ProofSigner) {
    const proof = await this.proofFor(API_PATHS.deviceForget, sign);
    if (!proof.ok) return proof;
    return this.call({
      method: 'POST',
      path: API_PATHS.deviceForget,
      body: { username, proof: proof.value },
      schema: null,
    });
  }

  identify(username: string, email: string) {
    return this.call({
      method: 'POST',
      path: API_PATHS.identify,
      body: { username, email },
      schema: IdentifyResponseSchema,
    });
  }

  async loginPassword(
    who: { flowId: string } | { username: string },
    password: string,
    sign: ProofSigner,
  ) {
    const proof = await this.proofFor(API_PATHS.loginPassword, sign);
    if (!proof.ok) return proof;
    return this.call({
      method: 'POST',
      path: API_PATHS.loginPassword,
      body: { ...who, password, proof: proof.value },
      schema: LoginResponseSchema,
    });
  }

  changePassword(bearer: string, currentPassword: string, newPassword: string) {
    return this.call({
      method: 'POST',
      path: API_PATHS.passwordChange,
      bearer,
      body: { currentPassword, newPassword },
      schema: PasswordChangeResponseSchema,
    });
  }

  forgotPassword(username: string, email: string) {
    return this.call({
      method: 'POST',
      path: API_PATHS.passwordForgot,
      body: { username, email },
      schema: PasswordForgotResponseSchema,
    });
  }

  resetPassword(username: string, code: string, newPassword: string) {
    return this.call({
      method: 'POST',
      path: API_PATHS.passwordReset,
      body: { username, code, newPassword },
      schema: PasswordResetResponseSchema,
    });
  }

  async ssoStart(
    who: { flowId: string } | { username: string },
    codeChallenge: string,
    redirectUri: string,
    sign: ProofSigner,
  ) {
    let body: Record<string, unknown> = { ...who, codeChallenge, redirectUri };
    if ('username' in who) {
      const proof = await this.proofFor(API_PATHS.ssoStart, sign);
      if (!proof.ok) return proof;
      body = { ...body, proof: proof.value };
    }
    return this.call({
      method: 'POST',
      path: API_PATHS.ssoStart,
      body,
      schema: SsoStartResponseSchema,
    });
  }

  async ssoExchange(code: string, codeVerifier: string, sign: ProofSigner) {
    const proof = await this.proofFor(API_PATHS.ssoExchange, sign);
    if (!proof.ok) return proof;
    return this.call({
      method: 'POST',
      path: API_PATHS.ssoExchange,
      body: { code, codeVerifier, proof: proof.value },
      schema: LoginResponseSchema,
    });
  }

  session(bearer: string) {
    return this.call({
      method: 'GET',
      path: API_PATHS.session,
      bearer,
      schema: SessionResponseSchema,
      retry: true,
    });
  }

  logout(bearer: string) {
    // Revoking twice is harmless, so a lost answer is retried.
    return this.call({
      method: 'POST',
      path: API_PATHS.sessionLogout,
      bearer,
      body: {},
      schema: null,
      retry: true,
    });
  }

  private async proofFor(path: ApiPath, sign: ProofSigner): Promise<ApiResult<string>> {
    const challenge = await this.challenge();
    if (!challenge.ok) return challenge;
    try {
      const proof = await sign({
        htm: 'POST',
        htu: apiUrl(this.serverUrl, path),
        nonce: challenge.value.nonce,
      });
      return { ok: true, value: proof };
    } catch {
      return { ok: false, error: { code: 'keychain_unavailable' } };
    }
  }

  private async call<S extends z.ZodType | null>(
    options: CallOptions<S>,
  ): Promise<ApiResult<Parsed<S>>> {
    const attempts = options.retry ? this.safeAttempts : 1;
    let last: ApiResult<Parsed<S>> = {
      ok: false,
      error: { code: 'server_unreachable', serverUrl: this.serverUrl },
    };
    for (let attempt = 0; attempt < attempts; attempt++) {
      const outcome = await this.once(options);
      if (outcome.kind === 'answer') return outcome.result;
      last = outcome.result;
    }
    return last;
  }

  private async once<S extends z.ZodType | null>(
    options: CallOptions<S>,
  ): Promise<{ kind: 'answer' | 'network'; result: ApiResult<Parsed<S>> }> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
    let response: Response;
    let text: string;
    try {
      response = await this.fetchFn(apiUrl(this.serverUrl, options.path), {
        method: options.method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: controller.signal,
        redirect: 'error',
        credentials: 'omit',
      });
      text = await response.text();
    } catch (error) {
      return {
        kind: 'network',
        result: { ok: false, error: classifyNetworkError(error, this.serverUrl, timedOut) },
      };
    } finally {
      clearTimeout(timer);
    }
    return { kind: 'answer', result: this.parse(response, text, options.schema) };
  }

  private parse<S extends z.ZodType | null>(
    response: Response,
    text: string,
    schema: S,
  ): ApiResult<Parsed<S>> {
    let json: unknown = undefined;
    if (text.length > 0) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    if (!response.ok) {
      const body = ApiErrorSchema.safeParse(json);
      return {
        ok: false,
        error: fromApiError(
          response.status,
          body.success ? body.data : null,
          response.headers.get('retry-after'),
          this.serverUrl,
        ),
      };
    }
    if (schema === null) return { ok: true, value: undefined as Parsed<S> };
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      return { ok: false, error: { code: 'server_error', serverUrl: this.serverUrl } };
    return { ok: true, value: parsed.data as Parsed<S> };
  }
}
