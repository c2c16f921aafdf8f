package vn.binhdang.catalogue;

/** One of the plan's six objectives. */
public record Objective(int number, String nameVi, String nameEn) implements java.io.Serializable {}
