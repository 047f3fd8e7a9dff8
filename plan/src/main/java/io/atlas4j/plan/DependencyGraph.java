package io.atlas4j.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * A directed graph over change positions 0..n-1 (an edge means its source runs first), on JGraphT.
 * An edge is hard, or soft when only a foreign key stands behind it; soft edges can be removed to
 * break a cycle.
 */
final class DependencyGraph {
    /** One dependency; hard wins when the same pair is added twice. */
    private static final class Dep {
        boolean hard;

        Dep(boolean hard) {
            this.hard = hard;
        }
    }

    private final Graph<Integer, Dep> graph = new DefaultDirectedGraph<>(null, null, false);
    private final int n;

    DependencyGraph(int vertices) {
        this.n = vertices;
        for (int v = 0; v < vertices; v++) graph.addVertex(v);
    }

    int size() {
        return n;
    }

    void addEdge(int source, int target, boolean isHard) {
        if (source == target) return;
        Dep existing = graph.getEdge(source, target);
        if (existing != null) existing.hard |= isHard;
        else graph.addEdge(source, target, new Dep(isHard));
    }

    /** {@return the graph with every edge, or with the hard ones only} */
    private Graph<Integer, Dep> view(boolean hardOnly) {
        return hardOnly ? new MaskSubgraph<>(graph, v -> false, e -> !e.hard) : graph;
    }

    /** {@return the strongly connected components of more than one vertex, each sorted, ordered by their first vertex} */
    List<int[]> cycles(boolean hardOnly) {
        List<int[]> out = new ArrayList<>();
        for (Set<Integer> scc : new KosarajuStrongConnectivityInspector<>(view(hardOnly)).stronglyConnectedSets()) {
            if (scc.size() > 1) out.add(scc.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        out.sort(Comparator.comparingInt(a -> a[0]));
        return out;
    }

    /** Removes the soft edges between members of {@code scc}. */
    void removeSoftEdgesWithin(int[] scc) {
        Set<Integer> members = members(scc);
        List<Dep> soft = new ArrayList<>();
        for (int v : scc) {
            for (Dep e : graph.outgoingEdgesOf(v)) if (!e.hard && members.contains(graph.getEdgeTarget(e))) soft.add(e);
        }
        graph.removeAllEdges(soft);
    }

    /** {@return a shortest cycle through the first vertex of {@code scc}, ending where it starts} */
    List<Integer> cycleThrough(int[] scc, boolean hardOnly) {
        Graph<Integer, Dep> within = new AsSubgraph<>(view(hardOnly), members(scc));
        int start = scc[0];
        List<Integer> best = null;
        for (Dep back : within.incomingEdgesOf(start)) {
            GraphPath<Integer, Dep> path = BFSShortestPath.findPathBetween(within, start, within.getEdgeSource(back));
            if (path != null && (best == null || path.getLength() + 2 < best.size())) {
                best = new ArrayList<>(path.getVertexList());
                best.add(start);
            }
        }
        if (best == null) throw new IllegalStateException("no cycle through " + start);
        return best;
    }

    /**
     * {@return the vertices in an order where every edge's source comes first; among vertices that
     * are free to go, the lowest {@code priority}, then the lowest position} The edges must not form a cycle.
     */
    int[] topologicalOrder(int[] priority) {
        Comparator<Integer> byPriority = Comparator.<Integer>comparingInt(v -> priority[v]).thenComparingInt(v -> v);
        int[] out = new int[n];
        int k = 0;
        try {
            for (var it = new TopologicalOrderIterator<>(graph, byPriority); it.hasNext(); ) out[k++] = it.next();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the dependencies of the plan form a cycle", e);
        }
        return out;
    }

    private static Set<Integer> members(int[] scc) {
        Set<Integer> out = new HashSet<>(scc.length * 2);
        for (int v : scc) out.add(v);
        return out;
    }
}
