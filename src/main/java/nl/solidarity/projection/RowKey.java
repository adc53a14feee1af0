package nl.solidarity.projection;

/** Names a norm row by its norm and the calendar year of the last year it reads. */
public record RowKey(Norm norm, int year) {
    @Override
    public String toString() {
        return norm + " " + year;
    }
}
