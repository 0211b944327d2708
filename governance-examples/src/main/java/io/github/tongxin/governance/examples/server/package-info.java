/**
 * Example 5: embedding Tongxin in a service. A small HTTP JSON API on the JDK's built-in
 * {@code com.sun.net.httpserver} (no framework): {@code POST /validate},
 * {@code GET /units/{id}/path}, {@code GET /units/{id}/summary}, with a scope header that limits
 * what a caller sees. Run {@link io.github.tongxin.governance.examples.server.GovernanceApiServer}.
 */
package io.github.tongxin.governance.examples.server;
