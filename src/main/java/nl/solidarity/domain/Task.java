package nl.solidarity.domain;

/** One task (opgave) of the agreements: {@code units} homes completed in calendar {@code year}. */
public record Task(
        String id,
        TaskType type,
        String region,
        String owner,
        int units,
        int year,
        double unitCost,
        double unitValue,
        double unitCashFlow,
        boolean npa) {

    /** The onrendabele top per home: what projectsteun would have to pay for one home. */
    public double supportPerUnit() {
        return Math.max(0.0, unitCost - unitValue);
    }
}
