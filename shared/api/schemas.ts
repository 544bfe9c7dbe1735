/**
 * Login API v1: one zod schema per request and answer. The service validates with these, the
 * client parses answers with these, and the OpenAPI document is generated from these, so the
 * three cannot drift. Requests are strict: an unknown field is a 400, not silently ignored.
 */
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Building blocks

export const UsernameSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}._@+-]+$/u, 'letters, digits and . _ @ + - only')
  .meta({ description: 'teleQ username; compared case-insensitively', example: 'anna.agent' });

export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .meta({ example: 'anna.agent@demo-clinic.example' });

/** Passwords are accepted up to 1024 characters on input, so that a too-long new password gets
 * the `too_long` policy violation (limit 128) instead of a bare 400. */
export const PasswordInputSchema = z.string().min(1).max(1024);

export const DeviceProofSchema = z
  .string()
  .min(20)
  .max(4096)
  .meta({ description: 'Device proof: compact JWS, see DESIGN.md section 4' });

export const FlowIdSchema = z
  .string()
  .min(16)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/);

export const LoginMethodSchema = z.enum(['password', 'sso']);
export type LoginMethod = z.infer<typeof LoginMethodSchema>;

export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

export const OrganisationSchema = z
  .object({ id: z.string(), name: z.string() })
  .meta({ id: 'Organisation' });

export const UserSchema = z
  .object({
    username: z.string(),
    displayName: z.string(),
    email: z.string(),
    organisation: OrganisationSchema,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof UserSchema>;

export const PasswordStatusSchema = z
  .object({
    expiresAt: IsoDateTimeSchema,
    daysLeft: z.number().int(),
    /** true when 14 days or fewer remain (R7) */
    warning: z.boolean(),
    /** true for a password set before the rules took effect (R8) */
    legacy: z.boolean(),
  })
  .meta({ id: 'PasswordStatus' });
export type PasswordStatus = z.infer<typeof PasswordStatusSchema>;

export const SessionInfoSchema = z
  .object({
    /** ≥256-bit bearer token; also the value of the web app's `teleq_session` cookie. */
    token: z.string().min(43),
    expiresAt: IsoDateTimeSchema,
    idleTimeoutSeconds: z.number().int().positive(),
  })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

// ---------------------------------------------------------------------------------------------
// Health

export const HealthResponseSchema = z.object({ status: z.literal('ok'), version: z.string() });

// ---------------------------------------------------------------------------------------------
// Device

export const DeviceChallengeResponseSchema = z.object({
  nonce: z.string().min(22),
  expiresAt: IsoDateTimeSchema,
});

export const DeviceHelloRequestSchema = z.strictObject({ proof: DeviceProofSchema });

export const KnownUserSchema = z
  .object({
    username: z.string(),
    displayName: z.string(),
    methods: z.array(LoginMethodSchema).min(1),
    organisation: z.string().optional(),
  })
  .meta({ id: 'KnownUser' });
export type KnownUser = z.infer<typeof KnownUserSchema>;

export const DeviceHelloResponseSchema = z.object({ knownUsers: z.array(KnownUserSchema) });

export const DeviceForgetRequestSchema = z.strictObject({
  username: UsernameSchema,
  proof: DeviceProofSchema,
});

// ---------------------------------------------------------------------------------------------
// Login

export const IdentifyRequestSchema = z.strictObject({
  username: UsernameSchema,
  email: EmailSchema,
});

/** Same shape for unknown users and wrong emails (no enumeration): `methods: ["password"]`. */
export const IdentifyResponseSchema = z.object({
  flowId: FlowIdSchema,
  methods: z.array(LoginMethodSchema).min(1),
  /** present only with `sso`: the organisation whose SSO is offered */
  organisation: z.string().optional(),
});

/** Step 2 by password: after step 1 (`flowId`) or on a device that knows the user (`username`). */
export const PasswordLoginRequestSchema = z.union([
  z.strictObject({ flowId: FlowIdSchema, password: PasswordInputSchema, proof: DeviceProofSchema }),
  z.strictObject({
    username: UsernameSchema,
    password: PasswordInputSchema,
    proof: DeviceProofSchema,
  }),
]);

export const LoginOkSchema = z
  .object({
    status: z.literal('ok'),
    session: SessionInfoSchema,
    user: UserSchema,
    password: PasswordStatusSchema,
  })
  .meta({ id: 'LoginOk' });
export type LoginOk = z.infer<typeof LoginOkSchema>;

export const PasswordChangeRequiredSchema = z
  .object({
    status: z.literal('password_change_required'),
    /** Short-lived bearer token that allows only POST /password/change. */
    changeToken: z.string().min(43),
    reason: z.enum(['expired']),
    expiresAt: IsoDateTimeSchema,
  })
  .meta({ id: 'PasswordChangeRequired' });
export type PasswordChangeRequired = z.infer<typeof PasswordChangeRequiredSchema>;

export const LoginResponseSchema = z.discriminatedUnion('status', [
  LoginOkSchema,
  PasswordChangeRequiredSchema,
]);
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Password

/** Bearer: a session token (voluntary change) or a change token (forced change). */
export const PasswordChangeRequestSchema = z.strictObject({
  currentPassword: PasswordInputSchema,
  newPassword: PasswordInputSchema,
});

/** With a session token: `changed`. With a change token: a full login (`ok`), so the user
 * goes straight on into the web app after a forced change. */
export const PasswordChangeResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('changed'), password: PasswordStatusSchema }),
  LoginOkSchema,
]);
export type PasswordChangeResponse = z.infer<typeof PasswordChangeResponseSchema>;

export const PasswordForgotRequestSchema = z.strictObject({
  username: UsernameSchema,
  email: EmailSchema,
});
export const PasswordForgotResponseSchema = z.object({ status: z.literal('accepted') });

export const ResetCodeSchema = z
  .string()
  .trim()
  .regex(/^[0-9]{6,10}$/, '6–10 digits');
export const PasswordResetRequestSchema = z.strictObject({
  username: UsernameSchema,
  code: ResetCodeSchema,
  newPassword: PasswordInputSchema,
});
export const PasswordResetResponseSchema = z.object({
  status: z.literal('reset'),
  password: PasswordStatusSchema,
});

// ---------------------------------------------------------------------------------------------
// SSO

export const PkceChallengeSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'base64url SHA-256, 43 characters');
export const PkceVerifierSchema = z.string().regex(/^[A-Za-z0-9._~-]{43,128}$/);
export const RedirectUriSchema = z.string().max(2048);

export const SsoStartRequestSchema = z.union([
  z.strictObject({
    flowId: FlowIdSchema,
    codeChallenge: PkceChallengeSchema,
    redirectUri: RedirectUriSchema,
  }),
  /** On a device that knows the user: the device proof stands in for step 1. */
  z.strictObject({
    username: UsernameSchema,
    proof: DeviceProofSchema,
    codeChallenge: PkceChallengeSchema,
    redirectUri: RedirectUriSchema,
  }),
]);
export const SsoStartResponseSchema = z.object({ authorizationUrl: z.url() });

export const SsoExchangeRequestSchema = z.strictObject({
  code: z.string().min(16).max(256),
  codeVerifier: PkceVerifierSchema,
  proof: DeviceProofSchema,
});

// ---------------------------------------------------------------------------------------------
// Session

export const SessionResponseSchema = z.object({
  user: UserSchema,
  session: z.object({ expiresAt: IsoDateTimeSchema, idleExpiresAt: IsoDateTimeSchema }),
  password: PasswordStatusSchema,
});
