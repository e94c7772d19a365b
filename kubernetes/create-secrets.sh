#!/usr/bin/env bash
# Creates every Secret the manifests of kubernetes/ reference, in the namespace dry-fruits, with random values
# where the platform chooses the value itself. Secrets are never committed; in production prefer a secret manager
# (kubernetes/README.md, "Secrets") and use this script to bootstrap or as the list of what must exist.
#
#   kubernetes/create-secrets.sh small                   # a laptop: everything random, the sandbox's credentials
#   kubernetes/create-secrets.sh production [--istio]    # real third-party credentials from the environment (below)
#
# Options
#   --force     replace Secrets that already exist (rotates every value: read README "Rotating a secret" first).
#               Without it an existing Secret is kept, so running the script again is harmless.
#   --dry-run   print the Secrets as YAML instead of applying them (e.g. to pipe into kubeseal); no cluster access.
#   --istio     production behind the Istio ingress gateway: the TLS Secret goes to istio-system.
#
# Production reads the values only the outside world can give from these environment variables; a Secret whose
# variables are missing is skipped and reported, and the script exits with status 1:
#   PAYMENT_PROCESSOR_KEY_ID, PAYMENT_PROCESSOR_KEY_SECRET, PAYMENT_PROCESSOR_WEBHOOK_SECRET
#   SMTP_USERNAME, SMTP_PASSWORD            the SMTP relay's account
#   SMS_TOKEN                               the SMS provider's API token
#   BACKUP_S3_ACCESS_KEY_ID, BACKUP_S3_SECRET_ACCESS_KEY   the bucket s3://dryfruits-backups/
#   TLS_CERT_FILE, TLS_KEY_FILE             the shop's certificate (PEM); without them a self-signed one is made,
#                                           to be replaced (or leave dryfruits-shop-tls to cert-manager)
set -euo pipefail

NAMESPACE=dry-fruits
SERVICES=(user product inventory notification quality shipping payment order)

usage() { sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 2; }

environment=""
force=false
dry_run=false
istio=false
for argument in "$@"; do
  case "$argument" in
    small | production) environment=$argument ;;
    --force) force=true ;;
    --dry-run) dry_run=true ;;
    --istio) istio=true ;;
    -h | --help) usage ;;
    *) echo "create-secrets.sh: unknown argument $argument" >&2; usage ;;
  esac
done
[ -n "$environment" ] || usage
command -v kubectl >/dev/null || { echo "create-secrets.sh: kubectl is needed" >&2; exit 2; }
command -v openssl >/dev/null || { echo "create-secrets.sh: openssl is needed" >&2; exit 2; }

missing=0
workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT

# 32 letters and digits: no character that needs quoting in a JAAS line, a URL or a shell.
random() { LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c "${1:-32}"; }

# The administrator's password must pass the platform's password policy, which refuses one that contains the
# administrator's email local part ("admin").
admin_password() {
  local candidate
  while :; do
    candidate=$(random 32)
    case "$(printf %s "$candidate" | tr 'A-Z' 'a-z')" in *admin*) ;; *) printf %s "$candidate"; return ;; esac
  done
}

# apply NAME [NAMESPACE] < manifest: creates the Secret unless it exists (or --force), or prints it (--dry-run).
apply() {
  local name=$1 namespace=${2:-$NAMESPACE}
  if $dry_run; then
    echo "---"; cat
  elif ! $force && kubectl get secret "$name" -n "$namespace" >/dev/null 2>&1; then
    cat >/dev/null
    echo "kept     secret/$name ($namespace): it exists (--force replaces it)"
  else
    kubectl apply -n "$namespace" -f - >/dev/null
    echo "written  secret/$name ($namespace)"
  fi
}

# secret NAME [kubectl create secret generic arguments...]: the manifest of a Secret, not yet applied.
secret() {
  local name=$1; shift
  kubectl create secret generic "$name" -n "$NAMESPACE" "$@" --dry-run=client -o yaml
}

# require VARIABLE...: true when every variable is set; otherwise reports them and counts a missing Secret.
require() {
  local absent=()
  for variable in "$@"; do [ -n "${!variable:-}" ] || absent+=("$variable"); done
  if [ ${#absent[@]} -gt 0 ]; then
    echo "MISSING  ${absent[*]} not set: that Secret is skipped" >&2
    missing=$((missing + 1))
    return 1
  fi
}

if ! $dry_run; then
  kubectl create namespace "$NAMESPACE" --dry-run=client -o yaml | kubectl apply -f - >/dev/null
fi

# --- the platform's own secrets (both environments) ---------------------------------------------------------

# Liberty Admin Center's "admin" on every server, and the first platform administrator (user service).
secret dryfruits-admin --from-literal=password="$(admin_password)" | apply dryfruits-admin

# The RSA key the user service signs tokens with (PKCS#8 PEM). Every replica shares it; rotating it ends every
# session (README).
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out "$workdir/signing-key.pem" 2>/dev/null
secret dryfruits-jwt-signing-key --from-file=signing-key.pem="$workdir/signing-key.pem" \
  | apply dryfruits-jwt-signing-key

# The client secrets of the services that get tokens of their own (the user service holds all three; each
# service its own). At least 24 characters.
secret dryfruits-service-clients \
  --from-literal=order="$(random 40)" --from-literal=payment="$(random 40)" --from-literal=shipping="$(random 40)" \
  | apply dryfruits-service-clients

# One PostgreSQL role per service: the service's DB_USER/DB_PASSWORD and CloudNativePG's managed role. The
# cnpg.io/reload label makes the operator apply a changed password to the role.
for service in "${SERVICES[@]}"; do
  secret "dryfruits-db-$service" --type=kubernetes.io/basic-auth \
    --from-literal=username="dryfruits_$service" --from-literal=password="$(random 32)" \
    | kubectl label --local -f - cnpg.io/reload=true -o yaml \
    | apply "dryfruits-db-$service"
done

# --- the outside world's credentials ------------------------------------------------------------------------

if [ "$environment" = small ]; then
  # The sandbox accepts whatever it is started with: it and the payment service read the same Secret.
  secret dryfruits-payment-processor --from-literal=key-id="rzp_sandbox_$(random 12)" \
    --from-literal=key-secret="$(random 32)" --from-literal=webhook-secret="$(random 32)" \
    | apply dryfruits-payment-processor
else
  if require PAYMENT_PROCESSOR_KEY_ID PAYMENT_PROCESSOR_KEY_SECRET PAYMENT_PROCESSOR_WEBHOOK_SECRET; then
    secret dryfruits-payment-processor --from-literal=key-id="$PAYMENT_PROCESSOR_KEY_ID" \
      --from-literal=key-secret="$PAYMENT_PROCESSOR_KEY_SECRET" \
      --from-literal=webhook-secret="$PAYMENT_PROCESSOR_WEBHOOK_SECRET" | apply dryfruits-payment-processor
  fi
  if require SMTP_USERNAME SMTP_PASSWORD; then
    secret dryfruits-smtp --type=kubernetes.io/basic-auth --from-literal=username="$SMTP_USERNAME" \
      --from-literal=password="$SMTP_PASSWORD" | apply dryfruits-smtp
  fi
  if require SMS_TOKEN; then
    secret dryfruits-sms --from-literal=token="$SMS_TOKEN" | apply dryfruits-sms
  fi
  # The Barman Cloud plugin's credentials for s3://dryfruits-backups/ (overlays/production/backups.yaml).
  if require BACKUP_S3_ACCESS_KEY_ID BACKUP_S3_SECRET_ACCESS_KEY; then
    secret dryfruits-backup-s3 --from-literal=ACCESS_KEY_ID="$BACKUP_S3_ACCESS_KEY_ID" \
      --from-literal=ACCESS_SECRET_KEY="$BACKUP_S3_SECRET_ACCESS_KEY" | apply dryfruits-backup-s3
  fi
  # The shop's TLS certificate: the Ingress reads it in dry-fruits, the Istio ingress gateway in istio-system.
  tls_namespace=$NAMESPACE
  $istio && tls_namespace=istio-system
  if [ -n "${TLS_CERT_FILE:-}" ] && [ -n "${TLS_KEY_FILE:-}" ]; then
    cp "$TLS_CERT_FILE" "$workdir/tls.crt"; cp "$TLS_KEY_FILE" "$workdir/tls.key"
  else
    echo "NOTE     no TLS_CERT_FILE/TLS_KEY_FILE: dryfruits-shop-tls gets a self-signed certificate (browsers warn);" \
      "replace it, or let cert-manager manage it" >&2
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=shop.dryfruits.example" \
      -addext "subjectAltName=DNS:shop.dryfruits.example" \
      -keyout "$workdir/tls.key" -out "$workdir/tls.crt" 2>/dev/null
  fi
  kubectl create secret tls dryfruits-shop-tls -n "$tls_namespace" --cert="$workdir/tls.crt" \
    --key="$workdir/tls.key" --dry-run=client -o yaml | apply dryfruits-shop-tls "$tls_namespace"
fi

# Created by the operators, not here: the KafkaUsers' Secrets (user-service, ...) and the cluster CA
# (dryfruits-kafka-cluster-ca-cert) by Strimzi; dryfruits-db-app, dryfruits-db-superuser and the pooler's by
# CloudNativePG.
if [ "$missing" -gt 0 ]; then
  echo "$missing Secret(s) not created: set the variables above and run the script again." >&2
  exit 1
fi
