package nl.solidarity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UnionFindTest {
    @Test
    void unionsJoinSetsAndTheSmallestElementRepresentsEach() {
        UnionFind sets = new UnionFind(6);
        sets.union(4, 2);
        sets.union(5, 4);
        sets.union(1, 3);
        assertTrue(sets.connected(2, 5));
        assertFalse(sets.connected(1, 2));
        assertEquals(2, sets.find(5));
        assertEquals(1, sets.find(3));
        assertEquals(0, sets.find(0));
        sets.union(3, 5);
        assertEquals(1, sets.find(4), "the smallest of {1, 2, 3, 4, 5}");
    }

    @Test
    void representativesDoNotDependOnTheOrderOfUnions() {
        int[][] pairs = {{7, 3}, {3, 9}, {1, 8}, {8, 2}, {0, 5}, {5, 6}};
        SplittableRandom random = new SplittableRandom(3);
        UnionFind reference = new UnionFind(10);
        for (int[] pair : pairs) {
            reference.union(pair[0], pair[1]);
        }
        for (int round = 0; round < 20; round++) {
            UnionFind shuffled = new UnionFind(10);
            int[] order = random.ints(0, pairs.length).distinct().limit(pairs.length).toArray();
            for (int i : order) {
                shuffled.union(pairs[i][1], pairs[i][0]);
            }
            for (int e = 0; e < 10; e++) {
                assertEquals(reference.find(e), shuffled.find(e), "element " + e);
            }
        }
        assertEquals(3, reference.find(9));
        assertEquals(1, reference.find(2));
        assertEquals(0, reference.find(6));
        assertEquals(4, reference.find(4));
    }
}
