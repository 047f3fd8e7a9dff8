package io.atlas4j.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;

/**
 * A directed graph over change positions 0..n-1, in flat int arrays (an edge means its source runs
 * first). Edges are hard, or soft when only a foreign key stands behind them; soft edges can be
 * removed. Strongly connected components (Tarjan, iterative) and the topological order (Kahn,
 * ties broken by a priority) are linear, or n log n with the priority queue; plans have thousands
 * of changes, and a general-purpose graph library spent more on boxing and hashing than on the work.
 */
final class DependencyGraph {
    private final int n;
    private int m;
    private int[] from = new int[16];
    private int[] to = new int[16];
    private boolean[] hard = new boolean[16];
    private boolean[] removed = new boolean[16];
    /** Outgoing edges by source (CSR), rebuilt lazily after edges are added. */
    private int[] outStart;
    private int[] outEdges;

    DependencyGraph(int vertices) {
        this.n = vertices;
    }

    int size() {
        return n;
    }

    void addEdge(int source, int target, boolean isHard) {
        if (source == target) return;
        if (m == from.length) {
            int cap = m * 2;
            from = Arrays.copyOf(from, cap);
            to = Arrays.copyOf(to, cap);
            hard = Arrays.copyOf(hard, cap);
            removed = Arrays.copyOf(removed, cap);
        }
        from[m] = source;
        to[m] = target;
        hard[m] = isHard;
        m++;
        outStart = null;
    }

    private void index() {
        if (outStart != null) return;
        int[] start = new int[n + 1];
        for (int e = 0; e < m; e++) start[from[e] + 1]++;
        for (int v = 0; v < n; v++) start[v + 1] += start[v];
        int[] fill = Arrays.copyOf(start, n);
        int[] edges = new int[m];
        for (int e = 0; e < m; e++) edges[fill[from[e]]++] = e;
        outStart = start;
        outEdges = edges;
    }

    /** {@return which edges count: all live ones, or only the hard ones} */
    IntPredicate edges(boolean hardOnly) {
        return hardOnly ? e -> !removed[e] && hard[e] : e -> !removed[e];
    }

    /** {@return the strongly connected components of more than one vertex, each sorted, ordered by their first vertex} */
    List<int[]> cycles(IntPredicate live) {
        index();
        int[] order = new int[n];
        int[] low = new int[n];
        Arrays.fill(order, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int sp = 0;
        int[] callV = new int[n];
        int[] callE = new int[n];
        int counter = 0;
        List<int[]> out = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) continue;
            int depth = 0;
            callV[0] = root;
            callE[0] = outStart[root];
            order[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callV[depth];
                if (callE[depth] < outStart[v + 1]) {
                    int e = outEdges[callE[depth]++];
                    if (!live.test(e)) continue;
                    int w = to[e];
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callV[depth] = w;
                        callE[depth] = outStart[w];
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                } else {
                    if (low[v] == order[v]) {
                        int size = 0;
                        while (stack[sp - 1 - size] != v) size++;
                        size++;
                        int[] scc = Arrays.copyOfRange(stack, sp - size, sp);
                        for (int x : scc) onStack[x] = false;
                        sp -= size;
                        if (scc.length > 1) {
                            Arrays.sort(scc);
                            out.add(scc);
                        }
                    }
                    depth--;
                    if (depth >= 0) {
                        int parent = callV[depth];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    /** Removes the soft edges between members of {@code scc}. */
    void removeSoftEdgesWithin(int[] scc) {
        index();
        boolean[] member = new boolean[n];
        for (int v : scc) member[v] = true;
        for (int v : scc) {
            for (int i = outStart[v]; i < outStart[v + 1]; i++) {
                int e = outEdges[i];
                if (!hard[e] && member[to[e]]) removed[e] = true;
            }
        }
    }

    /** {@return a shortest cycle through the first vertex of {@code scc} along live edges, ending where it starts} */
    List<Integer> cycleThrough(int[] scc, IntPredicate live) {
        index();
        boolean[] member = new boolean[n];
        for (int v : scc) member[v] = true;
        int start = scc[0];
        int[] parent = new int[n];
        Arrays.fill(parent, -1);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        queue[tail++] = start;
        while (head < tail) {
            int v = queue[head++];
            for (int i = outStart[v]; i < outStart[v + 1]; i++) {
                int e = outEdges[i];
                if (!live.test(e)) continue;
                int w = to[e];
                if (w == start) {
                    List<Integer> path = new ArrayList<>();
                    path.add(start);
                    for (int x = v; x != start; x = parent[x]) path.add(x);
                    path.add(start);
                    java.util.Collections.reverse(path);
                    return path;
                }
                if (member[w] && parent[w] < 0 && w != start) {
                    parent[w] = v;
                    queue[tail++] = w;
                }
            }
        }
        throw new IllegalStateException("no cycle through " + start);
    }

    /**
     * {@return the vertices in an order where every live edge's source comes first; among vertices
     * that are free to go, the lowest {@code priority}, then the lowest position} The live edges must
     * not form a cycle.
     */
    int[] topologicalOrder(int[] priority) {
        index();
        IntPredicate live = edges(false);
        int[] indegree = new int[n];
        for (int e = 0; e < m; e++) if (live.test(e)) indegree[to[e]]++;
        PriorityQueue<Integer> ready = new PriorityQueue<>(Math.max(1, n),
                (a, b) -> priority[a] != priority[b] ? Integer.compare(priority[a], priority[b]) : Integer.compare(a, b));
        for (int v = 0; v < n; v++) if (indegree[v] == 0) ready.add(v);
        int[] out = new int[n];
        int k = 0;
        while (!ready.isEmpty()) {
            int v = ready.poll();
            out[k++] = v;
            for (int i = outStart[v]; i < outStart[v + 1]; i++) {
                int e = outEdges[i];
                if (live.test(e) && --indegree[to[e]] == 0) ready.add(to[e]);
            }
        }
        if (k != n) throw new IllegalStateException("the dependencies of the plan form a cycle");
        return out;
    }
}
