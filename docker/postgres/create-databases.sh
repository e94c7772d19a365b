#!/bin/bash
# First start of the compose PostgreSQL (docker-entrypoint-initdb.d): one database per service, owned by a role of
# the same name (dryfruits_order...), whose password is <SERVICE>_DB_PASSWORD. Nothing else may use another
# service's database: no role is granted anything outside its own.
set -euo pipefail
for service in ${DRYFRUITS_SERVICES}; do
    password_variable="${service^^}_DB_PASSWORD"
    password="${!password_variable:?${password_variable} is not set}"
    psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER}" --dbname postgres \
         -v role="dryfruits_${service}" -v password="${password}" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role";
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
done
