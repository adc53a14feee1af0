package nl.solidarity.engine.optaplanner.domain;

/**
 * A corporation as the solver sees it (a problem fact): for each of its norm rows r, the room
 * A_r = s0_r − min(0, s0_r) ≥ 0 in cents, and τ_r, the slack change per euro of net transfer out.
 * A row holds when the sum of all decisions' effects on it is at least −A_r.
 */
public final class Member {
    private final int index;
    private final String id;
    private final long[] roomCents;
    private final double[] perNetEuroOut;

    public Member(int index, String id, long[] roomCents, double[] perNetEuroOut) {
        this.index = index;
        this.id = id;
        this.roomCents = roomCents;
        this.perNetEuroOut = perNetEuroOut;
    }

    public int index() {
        return index;
    }

    public String id() {
        return id;
    }

    public int rowCount() {
        return roomCents.length;
    }

    public long roomCents(int row) {
        return roomCents[row];
    }

    public double perNetEuroOut(int row) {
        return perNetEuroOut[row];
    }

    /** Cents by which each row moves when this member pays out (net) {@code euros}; negative euros = receives. */
    public long[] transferEffectCents(long euros) {
        long[] effect = new long[roomCents.length];
        for (int r = 0; r < effect.length; r++) {
            effect[r] = Math.round(euros * perNetEuroOut[r] * 100.0);
        }
        return effect;
    }

    @Override
    public String toString() {
        return id;
    }
}
