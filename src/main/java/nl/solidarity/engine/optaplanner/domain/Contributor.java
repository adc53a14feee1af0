package nl.solidarity.engine.optaplanner.domain;

import java.util.List;

/**
 * Anything whose value moves norm rows: a realised project moves its executor's rows, a transfer
 * the rows of its donor and its recipient. The hard constraint sums these loads per member, so
 * both entity classes feed one stream.
 */
public interface Contributor {
    List<Load> loads();
}
