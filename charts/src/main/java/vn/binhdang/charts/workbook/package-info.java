/**
 * The editable workbook that goes with the chart pack ({@code summary-<year>-<lang>.xlsx}): the one-page
 * summary for the provincial report, the commune × indicator status matrix and the indicator metadata sheet,
 * written with Apache POI from the same plan as the PDF and the HTML report.
 */
package vn.binhdang.charts.workbook;
