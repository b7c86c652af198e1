package id.pantauspbe.exchange;

import id.pantauspbe.base.Csv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A synthetic national file of evaluation values in the import format: {@code instansi} Pemda ×
 * the years × mandiri and final × every indicator of each year's framework (read from the shipped
 * reference files), with values on each indicator's scale from a fixed seed, so the same arguments
 * give the same file. 615 instansi × 2018–2025 × 2 stages is 418,200 rows (about 20 MB).
 *
 * <pre>
 * java -cp target/test-classes:target/classes id.pantauspbe.exchange.NationalFile nasional.csv 615 2018 2025
 * </pre>
 */
public final class NationalFile {

    /** An indicator of a year: code and scale. */
    private record Indicator(String code, int min, int max, boolean decimals) {}

    private final int instansi;
    private final int firstYear;
    private final int lastYear;
    private final String prefix;
    private final long seed;

    public NationalFile(int instansi, int firstYear, int lastYear, String prefix, long seed) {
        this.instansi = instansi;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.prefix = prefix;
        this.seed = seed;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "nasional.csv");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 615;
        int from = args.length > 2 ? Integer.parseInt(args[2]) : 2018;
        int to = args.length > 3 ? Integer.parseInt(args[3]) : 2025;
        NationalFile file = new NationalFile(count, from, to, "NAS", 42);
        try (OutputStream stream = Files.newOutputStream(out)) {
            long rows = file.write(stream);
            System.out.printf("%s: %d rows, %d bytes%n", out, rows, Files.size(out));
        }
    }

    /** The instansi code of number {@code n} (1-based). */
    public String code(int n) {
        return String.format(Locale.ROOT, "%s-%04d", prefix, n);
    }

    /** Rows the file has. */
    public long rows() {
        long rows = 0;
        for (int year = firstYear; year <= lastYear; year++) {
            rows += indicators(year).size();
        }
        return rows * 2 * instansi;
    }

    /** Writes the CSV (comma, decimal point, UTF-8); the number of data rows. */
    public long write(OutputStream out) {
        Map<Integer, List<Indicator>> byYear = new java.util.HashMap<>();
        SplittableRandom random = new SplittableRandom(seed);
        long rows = 0;
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write("instansi_kode,instansi_nama,tahun,tahap,indikator,nilai\n");
            for (int n = 1; n <= instansi; n++) {
                String code = code(n);
                String name = "Pemerintah Daerah Uji " + code;
                for (int year = firstYear; year <= lastYear; year++) {
                    List<Indicator> indicators = byYear.computeIfAbsent(year, NationalFile::indicators);
                    for (String stage : List.of("mandiri", "final")) {
                        for (Indicator indicator : indicators) {
                            writer.write(code);
                            writer.write(',');
                            writer.write(name);
                            writer.write(',');
                            writer.write(Integer.toString(year));
                            writer.write(',');
                            writer.write(stage);
                            writer.write(',');
                            writer.write(indicator.code());
                            writer.write(',');
                            writer.write(value(indicator, random));
                            writer.write('\n');
                            rows++;
                        }
                    }
                }
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String value(Indicator indicator, SplittableRandom random) {
        if (indicator.decimals()) {
            int hundredths = random.nextInt(indicator.min() * 100, indicator.max() * 100 + 1);
            return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
        }
        return Integer.toString(random.nextInt(indicator.min(), indicator.max() + 1));
    }

    /** The indicators of a year's framework, from the reference files shipped with the application. */
    static List<Indicator> indicators(int year) {
        for (Map<String, String> framework : csv("framework-years.csv")) {
            int first = Integer.parseInt(framework.get("first_year"));
            String last = framework.get("last_year");
            if (year >= first && (last == null || last.isBlank() || year <= Integer.parseInt(last))) {
                List<Indicator> indicators = new ArrayList<>();
                String file = "framework-" + framework.get("code_in_files").toLowerCase(Locale.ROOT) + ".csv";
                for (Map<String, String> row : csv(file)) {
                    String scale = row.get("level_scale");
                    String[] parts = scale.split("_");
                    indicators.add(new Indicator(
                            row.get("indicator_code"),
                            Integer.parseInt(parts[parts.length - 2]),
                            Integer.parseInt(parts[parts.length - 1]),
                            scale.startsWith("DECIMAL")));
                }
                return indicators;
            }
        }
        throw new IllegalArgumentException("no framework for " + year);
    }

    private static List<Map<String, String>> csv(String name) {
        try (InputStream in = NationalFile.class.getResourceAsStream("/reference/spbe/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing reference file " + name);
            }
            return Csv.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
