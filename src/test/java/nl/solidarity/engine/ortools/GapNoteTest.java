package nl.solidarity.engine.ortools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A MIP stopped early states its bound and gap only when SCIP has proven a finite bound. */
class GapNoteTest {
    @Test
    void aFiniteBoundIsStatedWithItsGap() {
        assertEquals(", bound 990.000 (gap 1.00%)", LexicographicSolve.gapNote(1000.0, 990.0));
    }

    @Test
    void scipsInfinityIsNoBoundAndNoGap() {
        // What a MIP stopped before any bound printed before: "bound -1.00000e+20 (gap 5410664061978758100.00%)".
        assertEquals(", no finite bound proven yet", LexicographicSolve.gapNote(18_482.6, -1e20));
        assertEquals(", no finite bound proven yet", LexicographicSolve.gapNote(18_482.6, Double.NEGATIVE_INFINITY));
        assertEquals(", no finite bound proven yet", LexicographicSolve.gapNote(18_482.6, Double.NaN));
    }
}
