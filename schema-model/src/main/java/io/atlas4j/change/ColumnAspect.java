package io.atlas4j.change;

/** The parts of a column that a {@link ModifyColumn} changes. */
public enum ColumnAspect {
    NULLABILITY, TYPE, DEFAULT, GENERATED, COMMENT, CHARSET, COLLATION, ATTRS
}
