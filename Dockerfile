# The Cairn application image. Build the jar first, then the image:
#   ./mvnw -B -DskipTests package && docker compose up --build
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /data cairn && mkdir -p /data && chown cairn /data
COPY platform-api/target/cairn.jar /app/cairn.jar
USER cairn
# The app keeps its local data (Lucene indexes) under ./data; with / as working dir that is the /data volume.
WORKDIR /
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-jar", "/app/cairn.jar"]
