/**
 * Validation of input larger than the heap (分区校验): {@link
 * io.github.tongxin.governance.rules.partition.PartitionedValidator} reads the files once and
 * validates them a partition at a time (two at once on two processors), with the findings of the in-memory validator.
 */
package io.github.tongxin.governance.rules.partition;
