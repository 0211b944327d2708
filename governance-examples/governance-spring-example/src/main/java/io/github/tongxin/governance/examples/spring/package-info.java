/**
 * Example 6: Tongxin inside a Spring Boot 4 service (Spring Boot 示例): upload and validate, the
 * hierarchy and the service line as a REST API, work orders and validation runs in a database.
 *
 * <p>{@link io.github.tongxin.governance.examples.spring.TongxinApplication} starts it; {@link
 * io.github.tongxin.governance.examples.spring.TongxinProperties} is its {@code tongxin.*}
 * configuration; {@link io.github.tongxin.governance.examples.spring.Hierarchy} is the one place
 * the application asks the unit tree anything.
 */
package io.github.tongxin.governance.examples.spring;
