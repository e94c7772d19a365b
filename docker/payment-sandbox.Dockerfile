# syntax=docker/dockerfile:1
#
# The payment processor sandbox (sandboxes/payment-processor): a plain Java process, the stand-in for a real card
# and UPI processor in compose and in the small Kubernetes overlay, never in production. Built from the repository
# root after `./mvnw package`:
#
#   docker build -f docker/payment-sandbox.Dockerfile -t dryfruits/payment-sandbox:1.0.0 .
#
# Its settings are its command line (see SandboxSettings.of); compose and Kubernetes pass them.
ARG JRE_IMAGE=eclipse-temurin:21-jre-ubi9-minimal
FROM ${JRE_IMAGE}

ARG VERSION=1.0.0
LABEL org.opencontainers.image.title="dryfruits payment sandbox" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.licenses="Apache-2.0"

COPY --chown=1001:0 sandboxes/payment-processor/target/lib/ /app/lib/
COPY --chown=1001:0 sandboxes/payment-processor/target/payment-sandbox.jar /app/lib/

EXPOSE 13300
USER 1001
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:13300/health || exit 1

ENTRYPOINT ["java", "-Xmx64m", "-XX:+UseSerialGC", "-cp", "/app/lib/*", "dev.dryfruits.sandbox.payments.PaymentSandbox", "--host", "0.0.0.0", "--port", "13300"]
