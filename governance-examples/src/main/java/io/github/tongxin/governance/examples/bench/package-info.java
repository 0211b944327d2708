/**
 * JMH benchmarks of issue 8 (性能基准): B1 validation throughput against a raw token stream, B2
 * the hierarchy index against JGraphT, B3 the national division tables, B4 the decision-rule and
 * work-order engines; plus the helpers they share (loading generated JSON Lines, measuring heap).
 * Run them with {@code java -cp governance-examples/target/tongxin.jar org.openjdk.jmh.Main}; see
 * {@code governance-examples/PERFORMANCE.md}.
 */
package io.github.tongxin.governance.examples.bench;
