package io.atlas4j.erd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SVG paths for the lines: a cubic curve from the referencing box to the referenced one, leaving
 * and entering through the facing sides. Lines that share a side get evenly spaced anchors, sorted
 * by where their other end is, so they do not start on top of each other.
 */
final class EdgeRouter {
    private enum Side { TOP, BOTTOM, LEFT, RIGHT }

    private record End(ErdEdge edge, boolean start, int other) {
    }

    private EdgeRouter() {
    }

    static Map<String, String> route(ErdDiagram d, Map<String, Integer> index, Layout.Box[] boxes, Map<String, int[]> bends) {
        Map<String, List<End>> sides = new HashMap<>();
        Map<String, Side[]> chosen = new HashMap<>();
        for (ErdEdge e : d.edges()) {
            Layout.Box c = boxes[index.get(e.from())];
            Layout.Box p = boxes[index.get(e.to())];
            Side from;
            Side to;
            int[] via = bends.get(e.from() + ">" + e.to());
            if (via != null && !e.from().equals(e.to())) {
                // Threaded through the rows between: leave towards the first bend, arrive from the last.
                from = via[1] < c.y() ? Side.TOP : Side.BOTTOM;
                to = via[via.length - 1] > p.bottom() ? Side.BOTTOM : Side.TOP;
                chosen.put(e.id(), new Side[] {from, to});
                sides.computeIfAbsent(e.from() + from, k -> new ArrayList<>()).add(new End(e, true, via[0]));
                sides.computeIfAbsent(e.to() + to, k -> new ArrayList<>()).add(new End(e, false, via[via.length - 2]));
                continue;
            }
            if (e.from().equals(e.to())) {
                from = Side.RIGHT;
                to = Side.RIGHT;
            } else if (p.bottom() <= c.y()) {
                from = Side.TOP;
                to = Side.BOTTOM;
            } else if (c.bottom() <= p.y()) {
                from = Side.BOTTOM;
                to = Side.TOP;
            } else if (p.cx() >= c.cx()) {
                from = Side.RIGHT;
                to = Side.LEFT;
            } else {
                from = Side.LEFT;
                to = Side.RIGHT;
            }
            chosen.put(e.id(), new Side[] {from, to});
            boolean vertical = from == Side.TOP || from == Side.BOTTOM;
            sides.computeIfAbsent(e.from() + from, k -> new ArrayList<>()).add(new End(e, true, vertical ? p.cx() : p.y()));
            sides.computeIfAbsent(e.to() + to, k -> new ArrayList<>()).add(new End(e, false, vertical ? c.cx() : c.y()));
        }
        Map<String, int[]> anchors = new HashMap<>();
        for (var entry : new java.util.TreeMap<>(sides).entrySet()) {
            List<End> ends = entry.getValue();
            ends.sort(Comparator.comparingInt(End::other).thenComparing(x -> x.edge().id()).thenComparing(End::start));
            for (int i = 0; i < ends.size(); i++) {
                End end = ends.get(i);
                ErdEdge e = end.edge();
                Layout.Box b = boxes[index.get(end.start() ? e.from() : e.to())];
                Side side = chosen.get(e.id())[end.start() ? 0 : 1];
                int k = ends.size();
                int[] xy = switch (side) {
                    case TOP -> new int[] {b.x() + b.w() * (i + 1) / (k + 1), b.y()};
                    case BOTTOM -> new int[] {b.x() + b.w() * (i + 1) / (k + 1), b.bottom()};
                    case LEFT -> new int[] {b.x(), b.y() + Layout.HEADER / 2 + (b.h() - Layout.HEADER / 2) * i / k};
                    case RIGHT -> new int[] {b.x() + b.w(), b.y() + Layout.HEADER / 2 + (b.h() - Layout.HEADER / 2) * i / k};
                };
                anchors.put(e.id() + (end.start() ? ">" : "<"), xy);
            }
        }
        Map<String, String> paths = new LinkedHashMap<>();
        for (ErdEdge e : d.edges()) {
            int[] s = anchors.get(e.id() + ">");
            int[] t = anchors.get(e.id() + "<");
            Side from = chosen.get(e.id())[0];
            int[] via = bends.get(e.from() + ">" + e.to());
            String path;
            if (via != null && !e.from().equals(e.to())) {
                StringBuilder b = new StringBuilder("M").append(s[0]).append(' ').append(s[1]);
                int px = s[0];
                int py = s[1];
                for (int i = 0; i <= via.length; i += 2) {
                    int qx = i < via.length ? via[i] : t[0];
                    int qy = i < via.length ? via[i + 1] : t[1];
                    if (i % 4 == 2) {
                        b.append(" L").append(qx).append(' ').append(qy); // straight down or up through the row
                    } else {
                        int my = (py + qy) / 2;
                        b.append(" C").append(px).append(' ').append(my).append(' ').append(qx).append(' ').append(my)
                                .append(' ').append(qx).append(' ').append(qy);
                    }
                    px = qx;
                    py = qy;
                }
                path = b.toString();
            } else if (e.from().equals(e.to())) {
                int loop = 40;
                path = "M" + s[0] + " " + s[1] + " C" + (s[0] + loop) + " " + s[1] + " " + (t[0] + loop) + " " + t[1]
                        + " " + t[0] + " " + t[1];
            } else if (from == Side.TOP || from == Side.BOTTOM) {
                int my = (s[1] + t[1]) / 2;
                path = "M" + s[0] + " " + s[1] + " C" + s[0] + " " + my + " " + t[0] + " " + my + " " + t[0] + " " + t[1];
            } else {
                int mx = (s[0] + t[0]) / 2;
                path = "M" + s[0] + " " + s[1] + " C" + mx + " " + s[1] + " " + mx + " " + t[1] + " " + t[0] + " " + t[1];
            }
            paths.put(e.id(), path);
        }
        return paths;
    }
}
