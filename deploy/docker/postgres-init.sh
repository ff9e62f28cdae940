#!/bin/sh
# Creates the three service databases, as deploy/infra.sh does natively. Runs once, on an empty data volume.
set -e
for db in disiplin_personnel disiplin_reporting disiplin_discipline; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" -c "CREATE DATABASE $db OWNER $POSTGRES_USER"
done
