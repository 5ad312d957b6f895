# Builds and runs the Zaplecze app (used by docker-compose.yml).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests install

FROM eclipse-temurin:25-jre
WORKDIR /opt/zaplecze
COPY --from=build /src/app/target/app-*.jar app.jar
ENV ZAPLECZE_ROUTING_GRAPH_CACHE_DIR=/var/lib/zaplecze/graph-cache
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
