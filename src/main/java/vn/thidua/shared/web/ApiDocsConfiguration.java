package vn.thidua.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public contract (API.md) as OpenAPI at /v3/api-docs, with a UI at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    @Bean
    OpenAPI thiDuaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Thi đua API").version("v1")
                        .description("Emulation campaigns: organisation, campaigns and criteria, pledges, "
                                + "evaluations, rankings. Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
