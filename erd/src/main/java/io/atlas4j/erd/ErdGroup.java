package io.atlas4j.erd;

import java.util.List;
import java.util.Objects;

/** A schema drawn as a frame around its boxes. */
public record ErdGroup(String name, List<String> nodeIds, ErdMark mark) {
    public ErdGroup {
        Objects.requireNonNull(name, "name");
        nodeIds = List.copyOf(nodeIds);
        Objects.requireNonNull(mark, "mark");
    }
}
