package nl.solidarity.io;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean …": the known name closest to a misspelt one, by edit distance (insertions,
 * deletions, substitutions and swaps of two neighbours, ignoring case), when it is close enough
 * to be the likely intent and no other is as close: at most 2 edits, and at most half the known name's length. The one
 * rule for fields, columns, ids, options and commands.
 */
public final class Suggestions {
    static final int MAX_EDITS = 2;
    /** Beyond this many candidates (ids of a national instance) the search is not worth its time. */
    private static final int MAX_CANDIDATES = 2_000;
    /** Names much longer than any field or id are not compared (the cost grows with the product of lengths). */
    private static final int MAX_LENGTH = 200;

    private Suggestions() {
    }

    /** The closest known name, or null when none is close or two are equally close. */
    public static String closest(String name, Collection<String> known) {
        if (name.length() > MAX_LENGTH || known.size() > MAX_CANDIDATES) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String candidate : known) {
            if (candidate.equals(name) || Math.abs(candidate.length() - name.length()) > MAX_EDITS) {
                continue;
            }
            int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance <= MAX_EDITS && distance <= candidate.length() / 2) {
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                    tie = false;
                } else if (distance == bestDistance) {
                    tie = true;
                }
            }
        }
        // Two names equally close (c09 for c01 or c02): guessing between them would mislead.
        return tie ? null : best;
    }

    /** {@code "; did you mean 'x'?"} for a suggestion, or nothing. */
    public static String didYouMean(String suggestion) {
        return suggestion == null ? "" : "; did you mean '" + suggestion + "'?";
    }

    /** Optimal string alignment distance: Levenshtein plus the swap of two neighbouring letters. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
