package io.atlas4j.change;

/** Any change: the common type of {@link Change} and {@link TableChange}. */
public sealed interface Edit permits Change, TableChange {
}
