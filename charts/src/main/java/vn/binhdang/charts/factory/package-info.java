/**
 * JFreeChart factories: dataset, plot and renderer from a spec, then the shared theme.
 */
package vn.binhdang.charts.factory;
