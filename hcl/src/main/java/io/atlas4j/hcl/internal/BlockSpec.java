package io.atlas4j.hcl.internal;

import io.atlas4j.hcl.HclDialect;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a block of one type may hold: its label count, its attributes (kind, required, which dialects) and its
 * child blocks. An {@code open} block is known but its body is not checked (objects this slice does not map).
 */
public final class BlockSpec {
    /** One attribute's rule. */
    public record AttrSpec(Kind kind, boolean required, Set<HclDialect> dialects) {
    }

    final String type;
    final int minLabels;
    final int maxLabels;
    final boolean open;
    final Map<String, AttrSpec> attrs = new LinkedHashMap<>();
    final Map<String, BlockSpec> children = new LinkedHashMap<>();

    BlockSpec(String type, int minLabels, int maxLabels, boolean open) {
        this.type = type;
        this.minLabels = minLabels;
        this.maxLabels = maxLabels;
        this.open = open;
    }

    BlockSpec attr(String name, Kind kind) {
        attrs.put(name, new AttrSpec(kind, false, EnumSet.allOf(HclDialect.class)));
        return this;
    }

    BlockSpec required(String name, Kind kind) {
        attrs.put(name, new AttrSpec(kind, true, EnumSet.allOf(HclDialect.class)));
        return this;
    }

    BlockSpec only(HclDialect dialect, String name, Kind kind) {
        AttrSpec prior = attrs.get(name);
        Set<HclDialect> ds = prior == null ? EnumSet.noneOf(HclDialect.class) : EnumSet.copyOf(prior.dialects());
        ds.add(dialect);
        attrs.put(name, new AttrSpec(kind, false, ds));
        return this;
    }

    BlockSpec child(BlockSpec child) {
        children.put(child.type, child);
        return this;
    }

    public String type() {
        return type;
    }

    String labelRule() {
        if (minLabels == maxLabels) {
            return "exactly " + minLabels + (minLabels == 1 ? " label" : " labels");
        }
        return "between " + minLabels + " and " + maxLabels + " labels";
    }

    // Read-only views for HclVocabulary (editor completion); the checker reads the fields directly.

    /** {@return the attributes by name, in declaration order (read-only)} */
    public Map<String, AttrSpec> attributes() {
        return java.util.Collections.unmodifiableMap(attrs);
    }

    /** {@return the child block specs by type, in declaration order (read-only)} */
    public Map<String, BlockSpec> children() {
        return java.util.Collections.unmodifiableMap(children);
    }

    /** {@return whether the body of such a block is not checked} */
    public boolean isOpen() {
        return open;
    }

    /** {@return the fewest labels such a block takes} */
    public int minLabels() {
        return minLabels;
    }

    /** {@return the most labels such a block takes} */
    public int maxLabels() {
        return maxLabels;
    }
}
