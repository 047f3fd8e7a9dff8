package io.atlas4j.hcl;

import java.util.List;

/**
 * {@code type "label" ... { body }}. {@code typeRange} covers the type name, {@code labelRanges} each label,
 * {@code range} the whole block to its closing brace.
 */
public record Block(String type, List<String> labels, Body body, Range typeRange, List<Range> labelRanges, Range range)
        implements BodyItem {
    public Block {
        labels = List.copyOf(labels);
        labelRanges = List.copyOf(labelRanges);
    }

    /** {@return the range HCL reports a block's own problems at: its type and labels} */
    public Range defRange() {
        return labelRanges.isEmpty() ? typeRange : typeRange.to(labelRanges.get(labelRanges.size() - 1));
    }
}
