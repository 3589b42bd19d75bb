package vn.thidua.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.thidua.shared.Messages;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Two filter chains: the REST API (HTTP Basic, stateless, or the page session with the CSRF
 * header; 401/403 as problem details) and the pages (form login, CSRF, session). URL rules here
 * are the outer fence; services check roles and units again. Sessions live in PostgreSQL (Spring
 * Session JDBC) and only signed-in people get one: the CSRF token of an anonymous page and the page
 * to return to after signing in are kept in cookies.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableScheduling
public class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI styles itself inline; it gets its own, otherwise equally strict, policy. */
    static final String API_DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
            .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiAuthenticationEntryPoint entryPoint,
                                    ApiAccessDeniedHandler accessDenied, CsrfTokenRepository csrfTokens,
                                    Messages messages, ProblemWriter problems,
                                    @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie,
                                    @Value("${app.metrics.token:}") String metricsToken)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").access(new MetricsScrapers(metricsToken))
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        // the emulation office's endpoints; services check again, and check units
                        .requestMatchers("/api/v1/accounts", "/api/v1/accounts/**", "/api/v1/imports/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/units", "/api/v1/units/*/accounts",
                                "/api/v1/individuals", "/api/v1/campaigns",
                                "/api/v1/campaigns/*/transitions", "/api/v1/campaigns/*/criteria").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/units/*", "/api/v1/individuals/*",
                                "/api/v1/campaigns/*", "/api/v1/campaigns/*/criteria/*").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/campaigns/*/criteria/*").hasRole("ADMIN")
                        .requestMatchers("/api/v1/audit").hasAnyRole("ADMIN", "BOARD")
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new BasicWithSessionFilter(sessionCookie, messages, problems),
                        BasicAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeRequiredFilter(true, messages, problems), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken)
                        .csrfTokenRequestHandler(new TamperProofCsrfTokenHandler()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .headers(headers -> secureHeaders(headers, CONTENT_SECURITY_POLICY));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocsSecurity(HttpSecurity http, CsrfTokenRepository csrfTokens) throws Exception {
        http.securityMatcher("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new TamperProofCsrfTokenHandler()))
                .headers(headers -> secureHeaders(headers, API_DOCS_CONTENT_SECURITY_POLICY));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationFailureHandler loginFailureHandler,
                                     CsrfTokenRepository csrfTokens, Messages messages, ProblemWriter problems,
                                     @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler(loginFailureHandler)
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies(sessionCookie))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .requestCache(cache -> cache.requestCache(returnAfterSignIn()))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new TamperProofCsrfTokenHandler()))
                .addFilterBefore(new MultipartCsrfTokenFilter("_csrf"), CsrfFilter.class)
                .addFilterBefore(new PasswordChangeRequiredFilter(false, messages, problems), AuthorizationFilter.class)
                .headers(headers -> secureHeaders(headers, CONTENT_SECURITY_POLICY));
        return http.build();
    }

    /** One CSRF token store for all chains: a page's token also serves the API calls the page makes. */
    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return new SessionOrCookieCsrfTokenRepository();
    }

    /**
     * The page asked for before signing in, to go back to afterwards, kept in a cookie rather than
     * a session (an anonymous visitor has none). Only pages a browser navigates to.
     */
    private static RequestCache returnAfterSignIn() {
        CookieRequestCache cache = new CookieRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && request.getHeader("HX-Request") == null
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With")));
        return cache;
    }

    private static void secureHeaders(HeadersConfigurer<HttpSecurity> headers, String policy) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=()"));
    }

    /**
     * Basic-authenticated API calls need no CSRF token; session calls do. (A call with both a
     * session cookie and Basic credentials is refused by {@link BasicWithSessionFilter}.)
     */
    private static boolean needsCsrfToken(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && !BasicWithSessionFilter.hasBasicCredentials(request);
    }

    @Bean
    PasswordEncoder passwordEncoder(@Value("${app.security.remember-verified-password:5m}") Duration remember) {
        String id = "pbkdf2@SpringSecurity_v5_8";
        PasswordEncoder hashing = new UnicodePasswordEncoder(new DelegatingPasswordEncoder(id, Map.of(
                id, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder(),
                InitialPasswords.HASH_ID, InitialPasswords.hashing())));
        return new RecentlyVerifiedPasswordEncoder(hashing, remember, 10_000, Clock.systemUTC());
    }

    /** The password check, behind the sign-in throttle (which counts per username and address). */
    @Bean
    AuthenticationProvider authenticationProvider(AccountUserDetailsService userDetailsService,
                                                  PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(enabledChecks());
        return new ThrottledAuthenticationProvider(provider, throttle);
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    AuthenticationManager authenticationManager(AuthenticationProvider provider,
                                                AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /** Disabled only after the right password, so the message does not tell strangers the account exists. */
    private static UserDetailsChecker enabledChecks() {
        return user -> {
            if (!user.isEnabled()) {
                throw new org.springframework.security.authentication.DisabledException("disabled");
            }
        };
    }
}
