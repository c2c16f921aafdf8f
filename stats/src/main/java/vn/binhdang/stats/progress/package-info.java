/**
 * Progress towards a target from the observed change since a base year (DESIGN §6 "Progress"), in the
 * style of the Open SDG / UNESCAP / Statistics Canada progress measures.
 */
package vn.binhdang.stats.progress;
