/**
 * The concentric circle (同心圆): the hierarchy of a dataset as a sunburst, coloured by the
 * coverage of households by central households or by the three rates of 接诉即办, in a
 * self-contained HTML report
 * ({@link io.github.tongxin.governance.examples.render.ConcentricCircle}).
 */
package io.github.tongxin.governance.examples.render;
