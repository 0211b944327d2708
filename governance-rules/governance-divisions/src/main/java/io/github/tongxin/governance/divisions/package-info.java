/**
 * The official division codes (官方行政区划代码), opt-in: the national division tables shipped in
 * this module ({@link io.github.tongxin.governance.divisions.OfficialDivisions#bundled()}) or a
 * newer edition in the same CSV layout ({@link
 * io.github.tongxin.governance.divisions.OfficialDivisions#load(java.nio.file.Path)}), and the
 * rules {@code identifier.division-code.unknown} and {@code identifier.division-code.name-mismatch}
 * that check a unit's division code and name against them. The rules run only where a caller
 * adds {@link io.github.tongxin.governance.divisions.OfficialDivisions#rules()} to its rule set.
 */
package io.github.tongxin.governance.divisions;
