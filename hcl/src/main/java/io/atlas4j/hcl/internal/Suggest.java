package io.atlas4j.hcl.internal;

import java.util.Collection;

/** "(Did you mean X?)": the closest known name within an edit distance of 2, as HCL suggests. */
public final class Suggest {
    private Suggest() {
    }

    /** {@return {@code " (Did you mean X?)"} for the closest candidate, or an empty string} */
    public static String didYouMean(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String c : candidates) {
            int d = distance(given, c);
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0 && d < 3)) {
                best = c;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (Did you mean " + best + "?)";
    }

    /** {@return the Levenshtein distance between two strings} */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
