package io.atlas4j.erd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Where every box, frame and line of the HTML page goes, computed here so the browser only draws.
 * Per schema, connected components of the key graph are laid out in layers (referenced tables above
 * the tables that reference them, cycles broken by depth-first search in id order, rows ordered by
 * barycentre sweeps, wide layers wrapped); tables without keys fill a grid; components and then
 * schemas are packed on shelves. All integer arithmetic over sorted input: the same diagram always
 * gets the same picture.
 */
record Layout(Map<String, Box> boxes, List<Frame> frames, Map<String, String> paths, int width, int height) {
    static final double CHAR = 7.3;        // advance of the 12px monospace font the page uses
    static final double TITLE_CHAR = 8.2;  // the bold 13px title
    static final int HEADER = 26;
    static final int ROW = 18;
    static final int PAD = 8;
    static final int GAP = 14;
    static final int MAX_TEXT = 40;
    private static final int H_GAP = 36;
    private static final int V_GAP = 70;
    private static final int FRAME_PAD = 24;
    private static final int FRAME_TITLE = 30;
    private static final int SWEEPS = 4;
    private static final int MAX_SPAN = 6;      // longer links are drawn straight across, not threaded through rows
    private static final int BEND_W = 16;

    /** A box's place plus where its column texts start. */
    record Box(int x, int y, int w, int h, int typeX, int keysX) {
        int cx() {
            return x + w / 2;
        }

        int bottom() {
            return y + h;
        }
    }

    /** A schema's frame. */
    record Frame(String name, ErdMark mark, int x, int y, int w, int h) {
    }

    /** Positions of a part's boxes, and the bend points of its lines keyed {@code "child>parent"} (global indices). */
    private record Placed(int[] x, int[] y, int w, int h, Map<String, int[]> bends) {
        Placed(int[] x, int[] y, int w, int h) {
            this(x, y, w, h, Map.of());
        }

        static void shift(Map<String, int[]> from, int dx, int dy, Map<String, int[]> into) {
            from.forEach((k, pts) -> {
                int[] moved = new int[pts.length];
                for (int i = 0; i < pts.length; i += 2) {
                    moved[i] = pts[i] + dx;
                    moved[i + 1] = pts[i + 1] + dy;
                }
                into.put(k, moved);
            });
        }
    }

    static String clip(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 1) + "…";
    }

    static Layout of(ErdDiagram d) {
        int n = d.nodes().size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) index.put(d.nodes().get(i).id(), i);
        int[] w = new int[n];
        int[] h = new int[n];
        int[] typeX = new int[n];
        int[] keysX = new int[n];
        for (int i = 0; i < n; i++) size(d.nodes().get(i), i, w, h, typeX, keysX);

        List<int[]> links = new ArrayList<>();  // child -> parent, self references left out
        for (ErdEdge e : d.edges()) {
            int a = index.get(e.from());
            int b = index.get(e.to());
            if (a != b) links.add(new int[] {a, b});
        }

        int[] x = new int[n];
        int[] y = new int[n];
        List<Placed> groups = new ArrayList<>();
        List<int[]> groupMembers = new ArrayList<>();
        for (ErdGroup g : d.groups()) {
            int[] members = g.nodeIds().stream().mapToInt(index::get).sorted().toArray();
            groupMembers.add(members);
            groups.add(group(members, links, w, h));
        }
        // Frames on shelves, then absolute positions.
        long area = 0;
        for (Placed p : groups) area += (long) (p.w() + 2 * FRAME_PAD) * (p.h() + 2 * FRAME_PAD + FRAME_TITLE);
        int widest = groups.stream().mapToInt(p -> p.w() + 2 * FRAME_PAD).max().orElse(0);
        int shelf = Math.max(widest, (int) (Math.sqrt(area) * 1.4));
        List<Frame> frames = new ArrayList<>();
        Map<String, int[]> bends = new HashMap<>();
        int cx = 0;
        int cy = 0;
        int rowH = 0;
        int totalW = 0;
        for (int g = 0; g < groups.size(); g++) {
            Placed p = groups.get(g);
            int fw = p.w() + 2 * FRAME_PAD;
            int fh = p.h() + 2 * FRAME_PAD + FRAME_TITLE;
            if (cx > 0 && cx + fw > shelf) {
                cx = 0;
                cy += rowH + H_GAP;
                rowH = 0;
            }
            ErdGroup eg = d.groups().get(g);
            frames.add(new Frame(eg.name(), eg.mark(), cx, cy, fw, fh));
            int[] members = groupMembers.get(g);
            Placed.shift(p.bends(), cx + FRAME_PAD, cy + FRAME_PAD + FRAME_TITLE, bends);
            for (int k = 0; k < members.length; k++) {
                x[members[k]] = cx + FRAME_PAD + p.x()[k];
                y[members[k]] = cy + FRAME_PAD + FRAME_TITLE + p.y()[k];
            }
            cx += fw + H_GAP;
            rowH = Math.max(rowH, fh);
            totalW = Math.max(totalW, cx - H_GAP);
        }
        int totalH = cy + rowH;

        Map<String, Box> boxes = new HashMap<>();
        Box[] byIndex = new Box[n];
        for (int i = 0; i < n; i++) {
            byIndex[i] = new Box(x[i], y[i], w[i], h[i], typeX[i], keysX[i]);
            boxes.put(d.nodes().get(i).id(), byIndex[i]);
        }
        Map<String, int[]> bendsById = new HashMap<>();
        bends.forEach((k, pts) -> {
            int gt = k.indexOf('>');
            bendsById.put(d.nodes().get(Integer.parseInt(k.substring(0, gt))).id() + ">"
                    + d.nodes().get(Integer.parseInt(k.substring(gt + 1))).id(), pts);
        });
        return new Layout(boxes, frames, EdgeRouter.route(d, index, byIndex, bendsById), totalW, totalH);
    }

    private static void size(ErdNode node, int i, int[] w, int[] h, int[] typeX, int[] keysX) {
        int name = 0;
        int type = 0;
        int keys = 0;
        for (ErdField f : node.fields()) {
            name = Math.max(name, clip(f.mark().sign() + f.name()).length());
            type = Math.max(type, clip(f.type()).length());
            keys = Math.max(keys, DotWriter.markers(f).strip().length());
        }
        int body = node.fields().isEmpty() ? 0
                : (int) Math.ceil((name + type + keys) * CHAR) + 2 * GAP;
        int title = (int) Math.ceil(clip(node.mark().sign() + node.name()).length() * TITLE_CHAR) + (node.kind() == ErdNode.Kind.VIEW ? 40 : 0);
        w[i] = Math.max(node.kind() == ErdNode.Kind.VIEW ? 200 : 120, Math.max(body, title) + 2 * PAD);
        typeX[i] = PAD + (int) Math.ceil(name * CHAR) + GAP;
        keysX[i] = typeX[i] + (int) Math.ceil(type * CHAR) + GAP;
        h[i] = HEADER + Math.max(1, node.fields().size()) * ROW + 6;
    }

    /** Lays out one schema's boxes; positions relative to the group's top left. */
    private static Placed group(int[] members, List<int[]> links, int[] w, int[] h) {
        Map<Integer, Integer> local = new HashMap<>();
        for (int k = 0; k < members.length; k++) local.put(members[k], k);
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int m : members) g.addVertex(m);
        List<int[]> inside = new ArrayList<>();
        for (int[] l : links) {
            if (local.containsKey(l[0]) && local.containsKey(l[1])) {
                inside.add(l);
                if (!g.containsEdge(l[0], l[1])) g.addEdge(l[0], l[1]);
            }
        }
        List<int[]> components = new ArrayList<>();
        List<Integer> singles = new ArrayList<>();
        for (Set<Integer> set : new ConnectivityInspector<>(g).connectedSets()) {
            if (set.size() == 1) singles.add(set.iterator().next());
            else components.add(set.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        components.sort(Comparator.<int[]>comparingInt(c -> -c.length).thenComparingInt(c -> c[0]));
        singles.sort(Comparator.naturalOrder());

        List<int[]> parts = new ArrayList<>(components);
        if (!singles.isEmpty()) parts.add(singles.stream().mapToInt(Integer::intValue).toArray());
        long area = 0;
        for (int m : members) area += (long) (w[m] + H_GAP) * (h[m] + V_GAP);
        int rowLimit = Math.max(1200, (int) (Math.sqrt(area) * 1.5));

        int[] px = new int[members.length];
        int[] py = new int[members.length];
        Map<String, int[]> bends = new HashMap<>();
        List<Placed> placed = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            int[] part = parts.get(p);
            boolean grid = !singles.isEmpty() && p == parts.size() - 1;
            placed.add(grid ? rows(List.of(part), w, h, rowLimit) : layered(part, inside, w, h, rowLimit));
        }
        // Components on shelves, largest first.
        int shelf = Math.max(rowLimit, placed.stream().mapToInt(Placed::w).max().orElse(0));
        int cx = 0;
        int cy = 0;
        int rowH = 0;
        int maxW = 0;
        for (int p = 0; p < parts.size(); p++) {
            Placed pl = placed.get(p);
            if (cx > 0 && cx + pl.w() > shelf) {
                cx = 0;
                cy += rowH + V_GAP;
                rowH = 0;
            }
            int[] part = parts.get(p);
            Placed.shift(pl.bends(), cx, cy, bends);
            for (int k = 0; k < part.length; k++) {
                int at = local.get(part[k]);
                px[at] = cx + pl.x()[k];
                py[at] = cy + pl.y()[k];
            }
            cx += pl.w() + H_GAP * 2;
            rowH = Math.max(rowH, pl.h());
            maxW = Math.max(maxW, cx - H_GAP * 2);
        }
        return new Placed(px, py, Math.max(maxW, 120), cy + rowH, bends);
    }

    /** Layers of a connected component: referenced tables on top, rows ordered by barycentres. */
    private static Placed layered(int[] part, List<int[]> links, int[] w, int[] h, int rowLimit) {
        int n = part.length;
        Map<Integer, Integer> at = new HashMap<>();
        for (int k = 0; k < n; k++) at.put(part[k], k);
        List<List<Integer>> parents = new ArrayList<>();
        List<List<Integer>> children = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            parents.add(new ArrayList<>());
            children.add(new ArrayList<>());
        }
        for (int[] l : links) {
            Integer c = at.get(l[0]);
            Integer p = at.get(l[1]);
            if (c == null || p == null) continue;
            if (!parents.get(c).contains(p)) {
                parents.get(c).add(p);
                children.get(p).add(c);
            }
        }
        boolean[][] back = breakCycles(parents);
        // Longest path from the referenced side: a table sits one layer below everything it references.
        int[] layer = new int[n];
        int[] pending = new int[n];
        for (int c = 0; c < n; c++) for (int j = 0; j < parents.get(c).size(); j++) if (!back[c][j]) pending[c]++;
        java.util.ArrayDeque<Integer> ready = new java.util.ArrayDeque<>();
        for (int c = 0; c < n; c++) if (pending[c] == 0) ready.add(c);
        while (!ready.isEmpty()) {
            int p = ready.poll();
            for (int c : children.get(p)) {
                int j = parents.get(c).indexOf(p);
                if (back[c][j]) continue;
                layer[c] = Math.max(layer[c], layer[p] + 1);
                if (--pending[c] == 0) ready.add(c);
            }
        }
        // A link across several layers is threaded through a thin placeholder in each layer between,
        // so it runs through a gap between boxes instead of behind them.
        List<Integer> layerOf = new ArrayList<>();
        List<Integer> lw = new ArrayList<>();
        List<Integer> lh = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            layerOf.add(layer[k]);
            lw.add(w[part[k]]);
            lh.add(h[part[k]]);
        }
        List<List<Integer>> up = new ArrayList<>();
        List<List<Integer>> down = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            up.add(new ArrayList<>());
            down.add(new ArrayList<>());
        }
        Map<String, List<Integer>> chains = new java.util.LinkedHashMap<>();
        int budget = 4 * n;
        for (int c = 0; c < n; c++) {
            for (int p : parents.get(c)) {
                int span = Math.abs(layer[c] - layer[p]);
                int prev = c;
                if (span > 1 && span <= MAX_SPAN && budget >= span - 1) {
                    budget -= span - 1;
                    List<Integer> chain = new ArrayList<>();
                    int step = layer[c] > layer[p] ? -1 : 1;
                    for (int l = layer[c] + step; l != layer[p]; l += step) {
                        int dummy = layerOf.size();
                        layerOf.add(l);
                        lw.add(BEND_W);
                        lh.add(0);
                        up.add(new ArrayList<>());
                        down.add(new ArrayList<>());
                        join(prev, dummy, layerOf, up, down);
                        chain.add(dummy);
                        prev = dummy;
                    }
                    chains.put(part[c] + ">" + part[p], chain);
                }
                join(prev, p, layerOf, up, down);
            }
        }
        int total = layerOf.size();
        int depth = Arrays.stream(layer).max().orElse(0) + 1;
        List<List<Integer>> layers = new ArrayList<>();
        for (int l = 0; l < depth; l++) layers.add(new ArrayList<>());
        for (int k = 0; k < total; k++) layers.get(layerOf.get(k)).add(k);

        double[] pos = new double[total];
        for (List<Integer> l : layers) place(l, pos);
        for (int s = 0; s < SWEEPS; s++) {
            for (int l = 1; l < depth; l++) reorder(layers.get(l), up, pos);
            for (int l = depth - 2; l >= 0; l--) reorder(layers.get(l), down, pos);
        }
        int[] ww = lw.stream().mapToInt(Integer::intValue).toArray();
        int[] hh = lh.stream().mapToInt(Integer::intValue).toArray();
        List<List<Integer>> rows = new ArrayList<>();
        for (List<Integer> l : layers) {
            List<Integer> row = new ArrayList<>();
            int width = 0;
            for (int k : l) {
                if (!row.isEmpty() && width + ww[k] > rowLimit) {
                    rows.add(row);
                    row = new ArrayList<>();
                    width = 0;
                }
                row.add(k);
                width += ww[k] + H_GAP;
            }
            if (!row.isEmpty()) rows.add(row);
        }
        // A deep key graph makes a tall, narrow stack of rows: cut it into side-by-side columns of
        // about equal height, as many as make the whole roughly square.
        int[] rowH = new int[rows.size()];
        int totalH = 0;
        long area = 0;
        for (int r = 0; r < rows.size(); r++) {
            int[] members = rows.get(r).stream().mapToInt(Integer::intValue).toArray();
            for (int m : members) rowH[r] = Math.max(rowH[r], hh[m]);
            totalH += rowH[r] + V_GAP;
            area += (long) (rowWidth(members, ww) + 3 * H_GAP) * (rowH[r] + V_GAP);
        }
        double side = Math.sqrt(area) * 1.2;
        int columns = (int) Math.max(1, Math.min(rows.size(), Math.round(totalH / side)));
        int[] x = new int[total];
        int[] y = new int[total];
        int[] spanH = new int[total];
        int offset = 0;
        int height = 0;
        int r = 0;
        for (int c = 0; c < columns && r < rows.size(); c++) {
            int share = (totalH + columns - 1) / columns;
            List<List<Integer>> chunk = new ArrayList<>();
            List<Integer> chunkH = new ArrayList<>();
            int used = 0;
            while (r < rows.size() && (chunk.isEmpty() || used + rowH[r] <= share || c == columns - 1)) {
                chunk.add(rows.get(r));
                chunkH.add(rowH[r]);
                used += rowH[r] + V_GAP;
                r++;
            }
            List<int[]> lines = new ArrayList<>();
            for (List<Integer> row : chunk) lines.add(row.stream().mapToInt(Integer::intValue).toArray());
            Placed p = rows(lines, ww, hh, Integer.MAX_VALUE);
            // rows() numbers boxes in row order; map them back to the component's order.
            int i = 0;
            for (int ri = 0; ri < chunk.size(); ri++) {
                for (int k : chunk.get(ri)) {
                    x[k] = offset + p.x()[i];
                    y[k] = p.y()[i];
                    spanH[k] = chunkH.get(ri);
                    i++;
                }
            }
            offset += p.w() + 3 * H_GAP;
            height = Math.max(height, p.h());
        }
        Map<String, int[]> bends = new HashMap<>();
        chains.forEach((key, chain) -> {
            int[] pts = new int[chain.size() * 4];
            boolean upward = chain.size() > 0 && layerOf.get(chain.get(0)) < layerOf.get(at.get(Integer.parseInt(key.substring(0, key.indexOf('>')))));
            for (int i = 0; i < chain.size(); i++) {
                int k = chain.get(i);
                int cxk = x[k] + BEND_W / 2;
                pts[4 * i] = cxk;
                pts[4 * i + 1] = upward ? y[k] + spanH[k] : y[k];
                pts[4 * i + 2] = cxk;
                pts[4 * i + 3] = upward ? y[k] : y[k] + spanH[k];
            }
            bends.put(key, pts);
        });
        return new Placed(Arrays.copyOf(x, n), Arrays.copyOf(y, n), offset - 3 * H_GAP, height, bends);
    }

    /** Links two ids for ordering: the one in the upper layer is a neighbour above the other. */
    private static void join(int a, int b, List<Integer> layerOf, List<List<Integer>> up, List<List<Integer>> down) {
        int la = layerOf.get(a);
        int lb = layerOf.get(b);
        if (la > lb) {
            up.get(a).add(b);
            down.get(b).add(a);
        } else if (la < lb) {
            up.get(b).add(a);
            down.get(a).add(b);
        }
    }

    /** Marks the links that close a cycle, found by depth-first search from the lowest index. */
    private static boolean[][] breakCycles(List<List<Integer>> parents) {
        int n = parents.size();
        boolean[][] back = new boolean[n][];
        for (int c = 0; c < n; c++) back[c] = new boolean[parents.get(c).size()];
        int[] state = new int[n]; // 0 new, 1 on the stack, 2 done
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) continue;
            java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
            stack.push(new int[] {root, 0});
            state[root] = 1;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                int v = top[0];
                if (top[1] < parents.get(v).size()) {
                    int j = top[1]++;
                    int p = parents.get(v).get(j);
                    if (state[p] == 1) back[v][j] = true;
                    else if (state[p] == 0) {
                        state[p] = 1;
                        stack.push(new int[] {p, 0});
                    }
                } else {
                    state[v] = 2;
                    stack.pop();
                }
            }
        }
        return back;
    }

    private static void place(List<Integer> layer, double[] pos) {
        for (int i = 0; i < layer.size(); i++) pos[layer.get(i)] = layer.size() == 1 ? 0.5 : (double) i / (layer.size() - 1);
    }

    private static void reorder(List<Integer> layer, List<List<Integer>> neighbours, double[] pos) {
        Map<Integer, Double> bary = new HashMap<>();
        for (int k : layer) {
            List<Integer> ns = neighbours.get(k);
            double sum = 0;
            for (int m : ns) sum += pos[m];
            bary.put(k, ns.isEmpty() ? pos[k] : sum / ns.size());
        }
        layer.sort(Comparator.comparingDouble(bary::get)); // stable: ties keep the previous order
        place(layer, pos);
    }

    /** Boxes in rows (each list wrapped at {@code rowLimit}), each row centred on the widest. */
    private static Placed rows(List<int[]> lines, int[] w, int[] h, int rowLimit) {
        List<int[]> rows = new ArrayList<>();
        for (int[] line : lines) {
            List<Integer> row = new ArrayList<>();
            int width = 0;
            for (int m : line) {
                if (!row.isEmpty() && width + w[m] > rowLimit) {
                    rows.add(row.stream().mapToInt(Integer::intValue).toArray());
                    row.clear();
                    width = 0;
                }
                row.add(m);
                width += w[m] + H_GAP;
            }
            if (!row.isEmpty()) rows.add(row.stream().mapToInt(Integer::intValue).toArray());
        }
        int maxW = 0;
        for (int[] r : rows) maxW = Math.max(maxW, rowWidth(r, w));
        int count = 0;
        for (int[] r : rows) count += r.length;
        int[] x = new int[count];
        int[] y = new int[count];
        int i = 0;
        int cy = 0;
        for (int[] r : rows) {
            int cx = (maxW - rowWidth(r, w)) / 2;
            int rowH = 0;
            for (int m : r) {
                x[i] = cx;
                y[i] = cy;
                cx += w[m] + H_GAP;
                rowH = Math.max(rowH, h[m]);
                i++;
            }
            cy += rowH + V_GAP;
        }
        return new Placed(x, y, maxW, Math.max(0, cy - V_GAP));
    }

    private static int rowWidth(int[] row, int[] w) {
        int width = 0;
        for (int m : row) width += w[m] + H_GAP;
        return Math.max(0, width - H_GAP);
    }
}
