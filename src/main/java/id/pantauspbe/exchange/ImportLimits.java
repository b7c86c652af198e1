package id.pantauspbe.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of an imported file ({@code pantau.import.*}), checked while it is read so that a hostile
 * file is refused after reading only as much of it as it takes to pass a limit. The defaults take a
 * national file (615 instansi × 8 years × 2 stages, about 420,000 rows and 20 MB of CSV).
 *
 * @param maxFileSize the largest file (CSV or XLSX as uploaded)
 * @param maxRows the most data rows
 * @param maxColumns the most columns of a row (the import formats have 6 and 8)
 * @param maxCellLength the most characters of one cell
 * @param maxSheetSize the largest first sheet of an XLSX file, unpacked (its XML)
 * @param maxSharedStringsSize the largest table of shared texts of an XLSX file, unpacked (its XML)
 * @param maxErrors the most problems listed in a report; the total is counted past it
 */
@ConfigurationProperties("pantau.import")
public record ImportLimits(
        @DefaultValue("64MB") DataSize maxFileSize,
        @DefaultValue("1000000") int maxRows,
        @DefaultValue("50") int maxColumns,
        @DefaultValue("1000") int maxCellLength,
        @DefaultValue("512MB") DataSize maxSheetSize,
        @DefaultValue("64MB") DataSize maxSharedStringsSize,
        @DefaultValue("100") int maxErrors) {

    /** The defaults, for code and tests outside Spring. */
    public static ImportLimits defaults() {
        return new ImportLimits(
                DataSize.ofMegabytes(64),
                1_000_000,
                50,
                1000,
                DataSize.ofMegabytes(512),
                DataSize.ofMegabytes(64),
                100);
    }

    /** The largest file in megabytes, for messages. */
    public double maxFileMegabytes() {
        return maxFileSize.toBytes() / (1024.0 * 1024.0);
    }
}
