package vn.thidua.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Vietnamese is the default language. Pages switch with {@code ?lang=en} (remembered in a
 * cookie); API clients choose with {@code Accept-Language}, or a GET with {@code ?lang=vi|en} (the
 * download links of a page carry its language, which a link cannot put in a header).
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration implements WebMvcConfigurer {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    @Bean
    public LocaleResolver localeResolver() {
        return new AppLocaleResolver();
    }

    /** Runs just after Spring's request context filter and before Spring Security's chain (-100). */
    @Bean
    FilterRegistrationBean<LocaleContextFilter> localeContextFilter(LocaleResolver localeResolver) {
        FilterRegistrationBean<LocaleContextFilter> registration =
                new FilterRegistrationBean<>(new LocaleContextFilter(localeResolver));
        registration.setOrder(-104);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws jakarta.servlet.ServletException {
                // an upload is parsed by its controller (size limits answered there), not for ?lang
                String contentType = request.getContentType();
                return contentType != null && contentType.toLowerCase().startsWith("multipart/")
                        || super.preHandle(request, response, handler);
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
    }

    static final class AppLocaleResolver extends CookieLocaleResolver {

        AppLocaleResolver() {
            super("lang");
            setDefaultLocale(VIETNAMESE);
            setCookieMaxAge(Duration.ofDays(365));
            setCookieSameSite("Lax");
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                // a file downloaded from a page (?lang=vi) speaks the page's language, whatever the browser's
                Locale chosen = "GET".equals(request.getMethod()) ? supported(request.getParameter("lang")) : null;
                if (chosen != null) {
                    return chosen;
                }
                String header = request.getHeader("Accept-Language");
                if (header == null || header.isBlank()) {
                    return VIETNAMESE;
                }
                try {
                    Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                    return match != null ? match : VIETNAMESE;
                } catch (IllegalArgumentException e) {
                    return VIETNAMESE;
                }
            }
            Locale locale = super.resolveLocale(request);
            return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage()))
                    .findFirst().orElse(VIETNAMESE);
        }

        /**
         * Controllers and views read the locale through this (DispatcherServlet), not through
         * {@link #resolveLocale}: answer the same, lazily, so that {@code ?lang=} still applies.
         */
        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            LocaleContext stored = super.resolveLocaleContext(request);
            return new TimeZoneAwareLocaleContext() {
                @Override
                public Locale getLocale() {
                    return resolveLocale(request);
                }

                @Override
                public TimeZone getTimeZone() {
                    return stored instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
                }
            };
        }

        private static Locale supported(String language) {
            if (language == null || language.isBlank()) {
                return null;
            }
            return SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(language.trim())).findFirst()
                    .orElse(null);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale supported = locale == null ? null : SUPPORTED.stream()
                    .filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(null);
            super.setLocale(request, response, supported);
        }
    }
}
