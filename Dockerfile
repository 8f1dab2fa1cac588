# Builds e-JKN Cekat from this repository and runs it (used by docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline || true
COPY src src
COPY processes processes
COPY dmn dmn
COPY forms forms
RUN ./mvnw -B -ntp -q -DskipTests package && cp target/ejkn-cekat-*.jar /app.jar

FROM eclipse-temurin:17-jre
ENV TZ=Asia/Jakarta
RUN useradd --system --uid 10001 ejkn
USER ejkn
WORKDIR /app
COPY --from=build /app.jar /app/ejkn-cekat.jar
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s CMD ["sh", "-c", "wget -qO- http://localhost:8080/actuator/health/readiness || exit 1"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/ejkn-cekat.jar"]
