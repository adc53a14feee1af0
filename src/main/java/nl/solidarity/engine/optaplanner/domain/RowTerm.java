package nl.solidarity.engine.optaplanner.domain;

import java.util.List;

/**
 * Anything that moves norm rows: a realised project moves its executor's rows, a contribution its
 * payer's, a support its receiver's. The row constraints sum these loads per member, so all three
 * entity classes feed one stream.
 */
public interface RowTerm {
    List<Load> loads();
}
