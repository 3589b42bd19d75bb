# Production-like image: build with the Maven wrapper, run on a JRE as an unprivileged user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# curl for the health check of docker-compose.yml
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home thidua
USER thidua
WORKDIR /home/thidua
COPY --from=build /src/target/thidua-*.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/home/thidua/app.jar"]
