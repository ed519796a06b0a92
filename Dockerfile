# Herald's feed server: `docker build -t herald .` then see the README's "Deploy".
# Both base images are build arguments, so a machine without a registry can use local ones
# (.ci/container-test builds Debian images with debootstrap).
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /build
# Dependencies get their own layer, rebuilt only when a pom changes.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY core/pom.xml core/
COPY cli/pom.xml cli/
COPY feed-server/pom.xml feed-server/
RUN ./mvnw -B -q -pl feed-server -am dependency:go-offline
COPY core/src/main core/src/main
COPY feed-server/src/main feed-server/src/main
RUN ./mvnw -B -q -pl feed-server -am package -Dmaven.test.skip=true

FROM ${RUNTIME_IMAGE}
RUN useradd --uid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin herald \
    && mkdir /data && chown herald:herald /data
# The Quarkus fast-jar, owned by root: the server reads it and writes only to /data.
COPY --from=build /build/feed-server/target/quarkus-app/ /app/
# A class-data-sharing archive from one start of the server with this image's own JVM (an archive
# fits only the JVM that made it): every later start maps those classes, about a second sooner.
COPY feed-server/src/main/docker/make-cds-archive /usr/local/bin/
RUN make-cds-archive /app/app-cds.jsa /app
WORKDIR /app
USER herald
VOLUME /data
EXPOSE 8080
ENV HERALD_DATA_DIR=/data \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:SharedArchiveFile=/app/app-cds.jsa"
# bash and /dev/tcp rather than curl, which not every JRE image has
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${QUARKUS_HTTP_PORT:-8080} && printf 'GET /q/health/ready HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# exec: java becomes PID 1 and gets the container's SIGTERM for a clean shutdown
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
