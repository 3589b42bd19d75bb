# Production-like image: build with the Maven wrapper, run on a JRE as an unprivileged user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home thidua
USER thidua
WORKDIR /home/thidua
COPY --from=build /src/target/thidua-*.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/home/thidua/app.jar"]
