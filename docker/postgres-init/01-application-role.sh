#!/bin/sh
# Runs once, when the database volume is created: the application's own role owns its database
# and schema and is not a superuser (it cannot read files, run programs or bypass the audit triggers).
set -eu
psql -v ON_ERROR_STOP=1 --username postgres --dbname postgres \
     --set app_password="$APP_DB_PASSWORD" <<'SQL'
CREATE ROLE thidua LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE thidua OWNER thidua;
\connect thidua
ALTER SCHEMA public OWNER TO thidua;
SQL
