package vn.binhdang.charts.spec;

import vn.binhdang.charts.theme.Light;

/** A traffic light and the word printed beside it ("Đạt", "Bị ẩn", "Chưa đánh giá"). */
public record StatusMark(Light light, String word) {
}
