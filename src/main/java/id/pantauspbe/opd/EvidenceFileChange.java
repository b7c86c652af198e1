package id.pantauspbe.opd;

import java.util.List;

/**
 * The state of an evidence item after a file was added or removed: the item (new version, status
 * Diunggah after the first document) and all its files.
 */
public record EvidenceFileChange(EvidenceItem item, List<EvidenceFile> files) {

    public EvidenceFileChange {
        files = List.copyOf(files);
    }
}
