/**
 * JFreeChart factories, one per chart kind (trend, commune bars, funnel plot, women/men pairs): dataset,
 * plot and renderer from a spec, then the shared theme. {@link vn.binhdang.charts.factory.Charts} picks the
 * factory of a spec.
 */
package vn.binhdang.charts.factory;
