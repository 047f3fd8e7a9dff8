package io.atlas4j.erd;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.schema.Realm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The computed layout: boxes never overlap, stay in their schema's frame, and lines join the right boxes. */
class LayoutTest {
    private static void assertSound(ErdDiagram d) {
        Layout layout = Layout.of(d);
        Map<String, Layout.Box> boxes = layout.boxes();
        assertThat(boxes).hasSize(d.nodes().size());
        // Sort by x so the overlap check is a sweep, not n squared.
        List<Layout.Box> sorted = new ArrayList<>(boxes.values());
        sorted.sort((a, b) -> Integer.compare(a.x(), b.x()));
        for (int i = 0; i < sorted.size(); i++) {
            Layout.Box a = sorted.get(i);
            for (int j = i + 1; j < sorted.size() && sorted.get(j).x() < a.x() + a.w(); j++) {
                Layout.Box b = sorted.get(j);
                boolean apart = b.y() >= a.bottom() || a.y() >= b.bottom();
                assertThat(apart).as("%s overlaps %s", a, b).isTrue();
            }
        }
        for (int g = 0; g < d.groups().size(); g++) {
            Layout.Frame f = layout.frames().get(g);
            assertThat(f.name()).isEqualTo(d.groups().get(g).name());
            for (String id : d.groups().get(g).nodeIds()) {
                Layout.Box b = boxes.get(id);
                assertThat(b.x() >= f.x() && b.y() >= f.y() && b.x() + b.w() <= f.x() + f.w() && b.bottom() <= f.y() + f.h())
                        .as("%s inside frame %s", id, f).isTrue();
            }
            for (int h = g + 1; h < d.groups().size(); h++) {
                Layout.Frame o = layout.frames().get(h);
                boolean apart = o.x() >= f.x() + f.w() || f.x() >= o.x() + o.w() || o.y() >= f.y() + f.h() || f.y() >= o.y() + o.h();
                assertThat(apart).as("frames %s and %s", f.name(), o.name()).isTrue();
            }
            assertThat(f.x() + f.w()).isLessThanOrEqualTo(layout.width());
            assertThat(f.y() + f.h()).isLessThanOrEqualTo(layout.height());
        }
        for (ErdEdge e : d.edges()) {
            List<int[]> points = onCurve(layout.paths().get(e.id()));
            int[] first = points.get(0);
            int[] last = points.get(points.size() - 1);
            assertThat(on(boxes.get(e.from()), first[0], first[1])).as("%s starts on its table", e).isTrue();
            assertThat(on(boxes.get(e.to()), last[0], last[1])).as("%s ends on its table", e).isTrue();
            // The points a line is threaded through lie in gaps, never inside another box.
            for (int[] pt : points.subList(1, points.size() - 1)) {
                for (var other : boxes.entrySet()) {
                    Layout.Box b = other.getValue();
                    assertThat(pt[0] > b.x() && pt[0] < b.x() + b.w() && pt[1] > b.y() && pt[1] < b.bottom())
                            .as("%s bends inside %s", e, other.getKey()).isFalse();
                }
            }
        }
    }

    /** The points a path passes through: its start and each segment's end (control points left out). */
    static List<int[]> onCurve(String path) {
        List<int[]> out = new ArrayList<>();
        String[] parts = path.trim().split("(?=[MCL])");
        for (String part : parts) {
            String[] n = part.substring(1).trim().split("\\s+");
            int k = n.length;
            out.add(new int[] {Integer.parseInt(n[k - 2]), Integer.parseInt(n[k - 1])});
        }
        return out;
    }

    private static boolean on(Layout.Box b, int x, int y) {
        boolean inside = x >= b.x() && x <= b.x() + b.w() && y >= b.y() && y <= b.bottom();
        boolean border = x == b.x() || x == b.x() + b.w() || y == b.y() || y == b.bottom();
        return inside && border;
    }

    @Test
    void shop() {
        assertSound(Erd.of(SampleSchemas.shop()));
    }

    @Test
    void aThousandTables() {
        Realm realm = SampleSchemas.generated(1000, 21);
        ErdDiagram d = Erd.of(realm);
        assertSound(d);
        Layout layout = Layout.of(d);
        // Usable on a screen: not a thin strip (the deep key chains of this schema would make one).
        double aspect = (double) layout.width() / layout.height();
        assertThat(aspect).isBetween(0.33, 3.0);
        assertThat(Layout.of(d)).isEqualTo(layout);
    }

    @Test
    void referencedTablesSitAboveTheTablesReferencingThem() {
        ErdDiagram d = Erd.of(SampleSchemas.shop().schema("main").orElseThrow());
        Layout layout = Layout.of(d);
        for (ErdEdge e : d.edges()) {
            if (e.kind() != ErdEdge.Kind.FOREIGN_KEY || e.from().equals(e.to())) continue;
            assertThat(layout.boxes().get(e.to()).bottom()).as("%s", e).isLessThan(layout.boxes().get(e.from()).y());
        }
    }

    @Test
    void cyclesAndSelfReferencesStillLayOut() {
        Realm realm = SampleSchemas.generated(300, 99);
        assertSound(Erd.of(realm));
    }
}
