package io.atlas4j.mysql.internal;

import io.atlas4j.schema.Attr;

/**
 * Marks, during one comparison, an index that looks like the one InnoDB adds for a foreign key but
 * must be matched by name: the other side holds an index of the same parts under another name.
 * Left to structural matching the two would pass for equal while the server's catalog still shows
 * different names; matched by name they are dropped and added, which leaves the other side's name.
 * Derived, so it takes no part in equality.
 */
record MatchByName() implements Attr.Derived {
}
