/**
 * The REST API of the Spring Boot example (接口): uploads validated into Tongxin's report, the
 * hierarchy, work orders and the three rates; errors as RFC 9457 problem details with a message
 * in Chinese and English.
 */
package io.github.tongxin.governance.examples.spring.web;
