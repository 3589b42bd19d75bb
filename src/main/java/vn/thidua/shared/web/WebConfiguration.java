package vn.thidua.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JacksonModule;
import vn.thidua.shared.Messages;

/**
 * Decimal fields, and what every request is checked for before a controller sees it: the size of its
 * body, control characters in its parameters and JSON strings.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(java.math.BigDecimal.class, new DecimalFormatter());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // after ?lang= has been read, so that the refusal speaks the language asked for
        registry.addInterceptor(new ParameterCharacters()).excludePathPatterns("/error")
                .order(Ordered.LOWEST_PRECEDENCE);
    }

    /** Registered with the application's JsonMapper, the one that reads request bodies. */
    @Bean
    JacksonModule jsonTextModule() {
        return new JsonTextModule();
    }

    /** Just after the request's language is set (-104), before Spring Security's chain (-100). */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
            @Value("${app.web.max-body-size:1MB}") DataSize limit, Messages messages) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(limit, messages));
        registration.setOrder(-103);
        return registration;
    }
}
