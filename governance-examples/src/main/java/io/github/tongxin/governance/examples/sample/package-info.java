/**
 * The sample district (示例城区) on the real tree of Xunyang District (浔阳区), generated
 * deterministically from a seed ({@link io.github.tongxin.governance.examples.sample.XunyangSample}),
 * and its dirty variant with a documented list of defects
 * ({@link io.github.tongxin.governance.examples.sample.DirtySample}).
 */
package io.github.tongxin.governance.examples.sample;
