# The newsmon jar on a JRE. Build: docker build -t newsmon . ; run: docker run newsmon <command> [options]
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --home /var/lib/newsmon newsmon && mkdir -p /var/lib/newsmon && chown newsmon /var/lib/newsmon
COPY --from=build /src/app/target/newsmon.jar /opt/newsmon/newsmon.jar
COPY config /etc/newsmon
USER newsmon
WORKDIR /var/lib/newsmon
# loopback is newsmon's default; in a container only every interface is reachable from outside
ENV NEWSMON_HTTP_HOST=0.0.0.0
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/newsmon/newsmon.jar"]
