#!/usr/bin/env bash
# Prints a docker compose .env with fresh random secrets for docker/compose.yaml:
#   docker/generate-env.sh > docker/.env
# The administrator's password must pass the platform's password policy (12+ characters, not containing "admin",
# ...): give your own as DRYFRUITS_ADMIN_PASSWORD, or take the random one printed here.
set -euo pipefail
secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
echo "DRYFRUITS_ADMIN_PASSWORD=${DRYFRUITS_ADMIN_PASSWORD:-Dry-$(secret)}"
echo "POSTGRES_PASSWORD=$(secret)"
for service in USER PRODUCT INVENTORY NOTIFICATION QUALITY SHIPPING PAYMENT ORDER; do
    echo "${service}_DB_PASSWORD=$(secret)"
done
for client in ORDER PAYMENT SHIPPING; do
    echo "${client}_CLIENT_SECRET=$(secret)"
done
echo "PAYMENT_PROCESSOR_KEY_ID=rzp_sandbox_$(secret | head -c 12)"
echo "PAYMENT_PROCESSOR_KEY_SECRET=$(secret)"
echo "PAYMENT_PROCESSOR_WEBHOOK_SECRET=$(secret)"
