-- Accounts made with a one-time initial password (import, "accounts for everyone without one"):
-- the person may do nothing but change it until they have.
alter table account add column must_change_password boolean not null default false;

-- The list of initial passwords of one batch, kept only until the admin who made it downloads it
-- once. Encrypted (AES-GCM) with a key that only the admin's browser holds (a cookie), so neither
-- this table, a backup of it nor a restarted server can show the passwords; the row is deleted on
-- the download and expired rows are deleted on the next batch or download.
create table initial_password_list (
    id                uuid        primary key,
    owner_account_id  bigint      not null references account (id) on delete cascade,
    accounts          integer     not null check (accounts > 0),
    created_at        timestamptz not null,
    expires_at        timestamptz not null,
    nonce             bytea       not null,
    ciphertext        bytea       not null,
    check (expires_at > created_at)
);
create index initial_password_list_expires on initial_password_list (expires_at);
