// Type-only re-exports, so that no runtime code of the contract (zod) reaches the bundle.
export type {
  ClientError,
  ClientErrorCode,
  KeychainProblem,
  KnownUserView,
  LoginOutcome,
  LogoutReason,
  Notice,
  PasswordStatusView,
  Result,
  StartupState,
  TeleqEvent,
  UserView,
} from '../../../shared/bridge/contract';
export type { Language, Mode } from '../../../shared/config/schema';
