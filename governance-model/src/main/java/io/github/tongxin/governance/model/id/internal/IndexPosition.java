package io.github.tongxin.governance.model.id.internal;

/**
 * A position (位置) an index remembered for one identifier object: the stamp of the index that
 * found it and the position it found. Immutable, so a thread that reads it through a data race
 * sees both fields as written or not the holder at all, never one field of one and one of
 * another (the final-field guarantee of the Java memory model, as for {@code String}'s hash).
 *
 * <p>The stamp is a number the index drew for itself, not a reference to it: a remembered
 * position keeps no index alive.
 *
 * @param stamp the drawing index's stamp, unique per index for the life of the JVM
 * @param position the position that index gave the identifier, 0 or more
 */
public record IndexPosition(long stamp, int position) {}
