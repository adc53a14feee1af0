package nl.solidarity.engine.optaplanner.domain;

import java.util.List;

/** What the support bound sums per slot: the support drawn, minus the cost of the realised NPA work it may pay for. */
public interface BoundTerm {
    List<Claim> claims();
}
