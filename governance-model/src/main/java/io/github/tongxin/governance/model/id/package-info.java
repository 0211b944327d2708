/**
 * Typed identifiers (编号) of governance records: {@link io.github.tongxin.governance.model.id.UnitId},
 * {@link io.github.tongxin.governance.model.id.PersonId} and the others, each a checked wrapper
 * of a short string that serialises to JSON as that string.
 */
package io.github.tongxin.governance.model.id;
