package nl.solidarity.engine.optaplanner.domain;

/**
 * A corporation as the solver sees it (a problem fact). Per norm row r:
 * <ul>
 *   <li>{@code roomCents[r]}: how far the row may fall, A_r = s0_r − min(0, s0_r), in cents rounded
 *       down (so rounding never invents room), widened only where the start allocation already
 *       stood lower within its own engine's tolerance ({@link #widenedCents(int)});</li>
 *   <li>τ_r: the slack change per euro of net money paid out (contributions minus support);</li>
 *   <li>{@code fairnessRoomCents[r]}: the unrounded room used by the fairness level, 0 for rows
 *       with less than EUR 1,000 of room (those are left out, as in the model).</li>
 * </ul>
 * A row holds when {@code roomCents[r] + work_r + round(net · τ_r) ≥ 0}, where work_r is the sum
 * of the row effects (cents) of the projects the member carries out and net its money paid out
 * minus received (cents). Rounding the money term once per row keeps the sum exact and the same
 * wherever it is computed (score, ledger).
 */
public final class Member {
    private final int index;
    private final String id;
    private final long[] roomCents;
    private final long[] widenedCents;
    private final double[] perNetEuroOut;
    private final double[] fairnessRoomCents;

    public Member(int index, String id, long[] roomCents, double[] perNetEuroOut, double[] fairnessRoomCents) {
        this.index = index;
        this.id = id;
        this.roomCents = roomCents.clone();
        this.widenedCents = new long[roomCents.length];
        this.perNetEuroOut = perNetEuroOut;
        this.fairnessRoomCents = fairnessRoomCents;
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

    /** Cents by which the row's room was widened so the start allocation holds it. */
    public long widenedCents(int row) {
        return widenedCents[row];
    }

    /** Widens row {@code row} by {@code cents} (plan building only, before solving). */
    public void widen(int row, long cents) {
        roomCents[row] += cents;
        widenedCents[row] += cents;
    }

    /** The money term of a row: round(net · τ_r), in cents. */
    public long moneyCents(int row, long netCents) {
        return Math.round(netCents * perNetEuroOut[row]);
    }

    /** Room left in row r (cents; negative = broken) with the given work effect and net money out. */
    public long margin(int row, long workCents, long netCents) {
        return roomCents[row] + workCents + moneyCents(row, netCents);
    }

    /** Cents by which the rows fall below their floor in all, 0 when every row holds. */
    public long shortfallCents(long[] workCents, long netCents) {
        long shortfall = 0L;
        for (int r = 0; r < roomCents.length; r++) {
            long margin = margin(r, workCents == null ? 0L : workCents[r], netCents);
            if (margin < 0) {
                shortfall -= margin;
            }
        }
        return shortfall;
    }

    /**
     * The largest share of room used over the rows that enter the fairness level, in parts per
     * billion, at least 0: max_r −(work_r + round(net·τ_r)) / room_r.
     */
    public long largestSharePpb(long[] workCents, long netCents) {
        double largest = 0.0;
        for (int r = 0; r < roomCents.length; r++) {
            if (fairnessRoomCents[r] <= 0) {
                continue;
            }
            long used = -((workCents == null ? 0L : workCents[r]) + moneyCents(r, netCents));
            largest = Math.max(largest, used / fairnessRoomCents[r]);
        }
        return Math.round(largest * 1e9);
    }

    @Override
    public String toString() {
        return id;
    }
}
