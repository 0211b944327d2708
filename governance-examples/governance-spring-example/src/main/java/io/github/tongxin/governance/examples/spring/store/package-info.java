/**
 * What the Spring Boot example keeps in its database (持久化), with Spring Data JDBC: work orders
 * with their event logs (one aggregate each) and validation runs. The schema is Flyway's
 * ({@code db/migration}, one script for H2 and PostgreSQL).
 */
package io.github.tongxin.governance.examples.spring.store;
