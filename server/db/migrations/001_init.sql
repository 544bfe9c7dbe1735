-- The login service's schema. Times are ISO-8601 UTC strings from the service's clock, so tests
-- that move the clock see consistent data.

CREATE TABLE organisations (
  id TEXT PRIMARY KEY,              -- stable slug, e.g. 'demo-clinic'
  name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  email TEXT NOT NULL,
  display_name TEXT NOT NULL,
  organisation_id TEXT NOT NULL REFERENCES organisations(id),
  -- NULL until the user sets a first password through the emailed code (R9: no admin sets it)
  password_hash TEXT,
  password_changed_at TEXT,
  password_legacy INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE INDEX users_organisation ON users(organisation_id);

-- Every password a user has set, newest last; the history rule compares with the latest ones.
CREATE TABLE password_history (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  password_hash TEXT NOT NULL,
  set_at TEXT NOT NULL
);
CREATE INDEX password_history_user ON password_history(user_id, id);

-- Keyed by the lower-cased username given, whether or not the account exists, so unknown
-- accounts lock exactly like known ones (no enumeration through lockout).
CREATE TABLE login_failures (
  username_key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  locked_until TEXT,
  last_failure_at TEXT NOT NULL
);

CREATE TABLE devices (
  thumbprint TEXT PRIMARY KEY,      -- RFC 7638 JWK thumbprint of the device key
  jwk TEXT NOT NULL,
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
);

CREATE TABLE device_users (
  thumbprint TEXT NOT NULL REFERENCES devices(thumbprint) ON DELETE CASCADE,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  bound_at TEXT NOT NULL,
  last_login_at TEXT NOT NULL,
  PRIMARY KEY (thumbprint, user_id)
);

CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,  -- SHA-256 of the bearer token; the token itself is never stored
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  device_thumbprint TEXT,
  method TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,         -- absolute limit
  revoked_at TEXT
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE change_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  device_thumbprint TEXT,
  method TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);

CREATE TABLE reset_codes (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  code_hash TEXT NOT NULL,
  salt TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  used_at TEXT
);
CREATE INDEX reset_codes_user ON reset_codes(user_id, id);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  event TEXT NOT NULL,
  outcome TEXT NOT NULL,
  user_id INTEGER,
  username TEXT,
  ip TEXT,
  device TEXT,
  details TEXT
);
CREATE INDEX audit_log_event ON audit_log(event, id);

-- Service-wide settings, e.g. rules_effective_at: when the new password rules took effect here
-- (R8), written once when the database is created unless configured.
CREATE TABLE service_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
