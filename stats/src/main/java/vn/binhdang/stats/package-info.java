/** Statistical methods of Bình Đẳng: pure Java over Apache Commons Math, no Spark. */
package vn.binhdang.stats;
