-- SSO (issue 3): each organisation's identity provider, and the links from a provider's subject
-- to a teleQ user. The client secret is stored as given because the service must present it to
-- the provider; no route or log ever returns it.

CREATE TABLE sso_configs (
  organisation_id TEXT PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
  issuer TEXT NOT NULL,
  client_id TEXT NOT NULL,
  client_secret TEXT NOT NULL,
  scopes TEXT NOT NULL,             -- space-separated, always including openid
  user_claim TEXT NOT NULL,         -- the claim that names the user on a first login, e.g. email
  required_acr TEXT,                -- space-separated acceptable acr values; NULL: not checked
  max_age_seconds INTEGER,          -- auth_time must be this recent; NULL: not checked
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- An identity is namespaced by issuer + subject: the same `sub` at another provider is a
-- different person. One link per user and issuer, so a second provider account cannot quietly
-- take over a user who is already linked.
CREATE TABLE sso_identities (
  issuer TEXT NOT NULL,
  subject TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  linked_at TEXT NOT NULL,
  last_login_at TEXT NOT NULL,
  PRIMARY KEY (issuer, subject)
);
CREATE UNIQUE INDEX sso_identities_user_issuer ON sso_identities(user_id, issuer);
