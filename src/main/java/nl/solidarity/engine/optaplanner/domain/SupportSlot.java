package nl.solidarity.engine.optaplanner.domain;

/**
 * Where support out of {@code fund} to {@code receiver} is counted against its bound (a problem
 * fact shared by the {@link Support} entity and the projects whose cost raises the bound): the
 * support may not exceed the cost of the receiver's realised NPA projects in the fund's region.
 */
public record SupportSlot(int index, Member receiver, Fund fund) {
    @Override
    public String toString() {
        return fund.region() + "->" + receiver.id();
    }
}
