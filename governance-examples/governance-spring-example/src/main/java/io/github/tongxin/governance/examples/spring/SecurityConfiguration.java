package io.github.tongxin.governance.examples.spring;

import io.github.tongxin.governance.model.id.UnitId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call (访问控制): a caller sends {@code Authorization: Bearer TOKEN}; the token is looked
 * up in {@code tongxin.callers} and the caller gets the access scope of the unit it names
 * ({@link Caller}). Without a token, or with one the configuration does not name, the answer is
 * 401; the OpenAPI description and its UI are open.
 *
 * <p>A real platform puts its own identity provider in front (an OAuth2 resource server, a
 * gateway) and maps the user's post to a unit the same way: only {@link #callerOf} changes.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

  /** Creates the configuration; Spring calls it. */
  public SecurityConfiguration() {}

  /**
   * Returns the filter chain: stateless, no CSRF (no cookies are used), the token filter before
   * anonymous authentication, every API path authenticated.
   *
   * @param http Spring Security's builder
   * @param properties the configuration, with the callers
   * @param hierarchy the hierarchy the callers' units must be in
   * @param json the mapper of error bodies
   * @return the chain
   * @throws Exception when Spring Security cannot build it
   * @throws IllegalStateException when a configured caller names a unit the hierarchy lacks
   */
  @Bean
  public SecurityFilterChain securityFilterChain(HttpSecurity http,
      TongxinProperties properties, Hierarchy hierarchy, JsonMapper json) throws Exception {
    properties.callers().forEach((token, unit) -> {
      if (hierarchy.unit(unit).isEmpty()) {
        throw new IllegalStateException("tongxin.callers." + token + " names unit " + unit
            + ", which the dataset " + properties.dataset() + " does not hold");
      }
    });
    return http
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> a
            .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error")
            .permitAll()
            .anyRequest().authenticated())
        .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) ->
            Problems.write(response, json, HttpStatus.UNAUTHORIZED, "unauthenticated",
                "缺少或无法识别访问令牌（Authorization: Bearer TOKEN）",
                "missing or unknown access token (Authorization: Bearer TOKEN)")))
        .addFilterBefore(new TokenFilter(properties.callers(), hierarchy),
            AnonymousAuthenticationFilter.class)
        .build();
  }

  /**
   * Returns the caller a token stands for.
   *
   * @param callers the configured tokens
   * @param hierarchy the hierarchy
   * @param token the token sent
   * @return the caller, or null when the token is not configured
   */
  static Caller callerOf(Map<String, UnitId> callers, Hierarchy hierarchy, String token) {
    UnitId unit = callers.get(token);
    return unit == null ? null : new Caller(unit, hierarchy.scopeOf(unit));
  }

  /** Authenticates a request by its bearer token; leaves others to the entry point (401). */
  static final class TokenFilter extends OncePerRequestFilter {
    private static final String PREFIX = "Bearer ";
    private final Map<String, UnitId> callers;
    private final Hierarchy hierarchy;

    TokenFilter(Map<String, UnitId> callers, Hierarchy hierarchy) {
      this.callers = Map.copyOf(callers);
      this.hierarchy = hierarchy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      String header = request.getHeader("Authorization");
      if (header != null && header.startsWith(PREFIX)) {
        Caller caller = callerOf(callers, hierarchy, header.substring(PREFIX.length()).trim());
        if (caller != null) {
          var auth = new PreAuthenticatedAuthenticationToken(caller, null,
              List.of(new SimpleGrantedAuthority("ROLE_CALLER")));
          var context = SecurityContextHolder.createEmptyContext();
          context.setAuthentication(auth);
          SecurityContextHolder.setContext(context);
        }
      }
      chain.doFilter(request, response);
    }
  }
}
