package id.pantauspbe.crosswalk;

/**
 * Two indicators of consecutive frameworks that the project judges to assess the same matter, with
 * a short reason in Bahasa Indonesia. One indicator may appear in several pairs (one-to-many,
 * many-to-one). The project's own mapping, not an official one.
 *
 * @param id the database id; null for a pair not stored yet
 */
public record CrosswalkPair(
        Long id, String fromFramework, String fromIndicator, String toFramework, String toIndicator, String reason) {

    public static CrosswalkPair of(String fromFramework, String fromIndicator, String toFramework, String toIndicator) {
        return new CrosswalkPair(null, fromFramework, fromIndicator, toFramework, toIndicator, "");
    }
}
