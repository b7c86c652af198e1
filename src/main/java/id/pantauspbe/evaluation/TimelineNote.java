package id.pantauspbe.evaluation;

import java.time.OffsetDateTime;

/**
 * A note on the timeline: on a whole year ({@code nodeCode} empty) or on a domain, aspect or
 * indicator code of that year's framework ("framework changed", "new SOP adopted"), with the
 * node's name when it has one.
 */
public record TimelineNote(
        long id, int year, String nodeCode, String nodeName, String text, String author, OffsetDateTime createdAt) {

    public boolean onYear() {
        return nodeCode == null || nodeCode.isEmpty();
    }
}
