package nl.solidarity.domain;

/** A woondeal region; regions of one province share provincial solidarity. */
public record Region(String id, String name, String province) {
}
