/**
 * The one look of every chart and page: shipped fonts, Okabe-Ito palette, sizes, and per-language number
 * formats and UI strings ({@code messages_vi.properties}, {@code messages_en.properties}).
 */
package vn.binhdang.charts.theme;
