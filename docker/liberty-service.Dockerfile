# syntax=docker/dockerfile:1
#
# One image shape for every Liberty server of the platform: the gateway and each business service.
# Built the Open Liberty way from the repository root, after `./mvnw package` (the WAR, the shared runtime's
# libraries and the server configuration come from the build):
#
#   docker build -f docker/liberty-service.Dockerfile --build-arg MODULE=services/order --build-arg SERVER=order \
#                -t dryfruits/order-service:1.0.0 .
#
# docker/compose.yaml builds every image this way; tests-it is not involved. deploy-checks/ checks statically that
# every file named here exists after the build and that the ports agree with the server configuration.
ARG LIBERTY_IMAGE=icr.io/appcafe/open-liberty:26.0.0.5-kernel-slim-java21-openj9-ubi-minimal
FROM ${LIBERTY_IMAGE}

# MODULE: the Maven module (gateway, services/order, ...); SERVER: its Liberty server and WAR name (gateway, order).
ARG MODULE
ARG SERVER
ARG VERSION=1.0.0

LABEL org.opencontainers.image.title="dryfruits ${SERVER}" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.source="https://github.com/dryfruits/marketplace" \
      org.opencontainers.image.licenses="Apache-2.0"

# The server's own featureManager first: features.sh installs exactly those features at build time (kernel-slim
# has none), and this layer is rebuilt only when the feature list changes. features.sh does not follow includes
# whose location holds a variable, which is why every server.xml keeps its featureManager to itself.
COPY --chown=1001:0 ${MODULE}/src/main/liberty/config/server.xml /config/server.xml
RUN features.sh

# The configuration every server includes (${shared.config.dir}/dryfruits/*.xml), and what no WAR carries: the
# PostgreSQL driver and the global library (Kafka's client, Flyway), as the local runtime has them.
COPY --chown=1001:0 liberty-config/shared/config/ /opt/ol/wlp/usr/shared/config/
COPY --chown=1001:0 target/liberty/wlp/usr/shared/resources/ /opt/ol/wlp/usr/shared/resources/
COPY --chown=1001:0 docker/jvm.options /config/jvm.options

# The application last: it changes most often.
COPY --chown=1001:0 ${MODULE}/src/main/liberty/config/application.xml /config/application.xml
COPY --chown=1001:0 ${MODULE}/target/${SERVER}.war /config/apps/${SERVER}.war

# Every container listens on the same ports (the server.xml defaults are the local platform's); Kubernetes and
# compose may still override them through the environment.
ENV HTTP_PORT=9080 \
    HTTPS_PORT=9443
EXPOSE 9080 9443

# Ready means started, connected and consuming (MicroProfile Health); the orchestrators use their own probes.
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:9080/health/ready || exit 1

# Warms the shared class cache and resolves the server once, so that a container starts faster.
RUN configure.sh

# Serves a few seconds past SIGTERM, until callers have stopped sending here (docker/stop-after-delay.sh); then the
# base image's entry point and command, unchanged.
COPY --chown=1001:0 --chmod=755 docker/stop-after-delay.sh /opt/dryfruits/stop-after-delay.sh
ENTRYPOINT ["/opt/dryfruits/stop-after-delay.sh", "/opt/ol/helpers/runtime/docker-server.sh"]
CMD ["/opt/ol/wlp/bin/server", "run", "defaultServer"]

USER 1001
