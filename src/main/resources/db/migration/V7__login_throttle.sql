-- Sign-in throttle (issue 11). Failures are counted per username AND client address: the lock
-- applies to the address that failed, so nobody can lock someone else out from elsewhere. A
-- slower limit per username over all addresses (client = '*') holds against guessing from many
-- addresses. The username is the one typed (stripped, lower-cased), whether an account has it or
-- not, so that an unknown name is answered exactly like a known one. An attempt is reserved here
-- (pending) before its password is checked, under a row lock, so parallel guesses cannot pass the
-- limit. The counters of account (V1) are replaced by this table.

CREATE TABLE login_throttle (
    username      varchar(64) NOT NULL,
    client        varchar(64) NOT NULL,
    failures      integer     NOT NULL DEFAULT 0,
    pending       integer     NOT NULL DEFAULT 0,
    pending_since timestamptz,
    window_start  timestamptz NOT NULL DEFAULT now(),
    locked_until  timestamptz,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (username, client),
    CONSTRAINT ck_login_throttle_failures CHECK (failures >= 0),
    CONSTRAINT ck_login_throttle_pending CHECK (pending >= 0)
);
CREATE INDEX ix_login_throttle_updated ON login_throttle (updated_at);

-- a lock that was running carries over (for every address)
INSERT INTO login_throttle (username, client, failures, window_start, locked_until)
SELECT lower(username), '*', failed_logins, now(), locked_until
FROM account WHERE locked_until > now();

ALTER TABLE account DROP COLUMN failed_logins, DROP COLUMN locked_until;
