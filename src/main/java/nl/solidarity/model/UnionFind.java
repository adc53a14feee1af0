package nl.solidarity.model;

/**
 * Disjoint sets over 0..n−1 with path halving. The representative of a set is always its smallest
 * element, so that anything ordered by representative does not depend on the order of unions.
 */
public final class UnionFind {
    private final int[] parent;

    public UnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    public int find(int element) {
        int e = element;
        while (parent[e] != e) {
            parent[e] = parent[parent[e]];
            e = parent[e];
        }
        return e;
    }

    public void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    public boolean connected(int a, int b) {
        return find(a) == find(b);
    }
}
