package id.pantauspbe.rakor;

import id.pantauspbe.base.ExportFile;
import id.pantauspbe.base.Messages;
import id.pantauspbe.base.TextFormat;
import id.pantauspbe.engine.Contribution;
import id.pantauspbe.engine.IndicatorResult;
import id.pantauspbe.evaluation.Figure;
import id.pantauspbe.evaluation.YearResult;
import id.pantauspbe.opd.ActionItem;
import id.pantauspbe.opd.DeadlineCountdown;
import id.pantauspbe.opd.OpdReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The "Laporan SPBE" of a rakor snapshot: a printable A4 PDF with the same content as the
 * presentation, and an XLSX workbook with the tables behind it. Both render one {@link
 * RakorSnapshot}, so they hold the numbers the presentation shows.
 */
@Service
public class ReportService {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The formats a report is made in. */
    public enum ReportFormat {
        PDF,
        XLSX;

        /** The format of a name ("pdf", "XLSX"); empty for anything else. */
        public static Optional<ReportFormat> of(String name) {
            if (name == null) {
                return Optional.empty();
            }
            for (ReportFormat f : values()) {
                if (f.name().equalsIgnoreCase(name.strip())) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private final RakorService rakor;

    ReportService(RakorService rakor) {
        this.rakor = rakor;
    }

    /** The report of an instansi and year taken now; empty when no instansi exists. */
    public Optional<ExportFile> report(String instansiCode, Integer year, ReportFormat format, boolean anonymous) {
        return rakor.snapshot(instansiCode, year, anonymous).map(s -> render(s, format, Messages.INDONESIAN));
    }

    public ExportFile render(RakorSnapshot snapshot, ReportFormat format, Locale locale) {
        String name = "laporan-spbe-" + snapshot.instansi().code() + "-" + snapshot.year();
        return switch (format) {
            case PDF -> new ExportFile(name + ".pdf", PDF, new PdfReport(snapshot, texts(locale)).write());
            case XLSX -> new ExportFile(name + ".xlsx", XLSX, new XlsxReport(snapshot, texts(locale)).write());
        };
    }

    private static ReportTexts texts(Locale locale) {
        return (key, params) -> Messages.get(locale, key, params);
    }

    /** User text of a report, by message key. */
    @FunctionalInterface
    interface ReportTexts {
        String get(String key, Object... params);
    }

    // ---- content shared by the PDF and the workbook: one place decides what each table holds ----

    /** The level the breakdown uses: "domain" or "aspek" (lower case, for running text). */
    static String level(RakorSnapshot s, ReportTexts t) {
        return t.get(s.overview().breakdownByAspect() ? "rakor.level.ASPECT" : "rakor.level.DOMAIN");
    }

    static String statusText(ActionItem item, ReportTexts t) {
        return t.get("rakor.action.status." + item.status().name());
    }

    static String countdown(DeadlineCountdown d, ReportTexts t) {
        if (d.daysRemaining() == 0) {
            return t.get("rakor.deadline.today");
        }
        return d.passed()
                ? t.get("rakor.deadline.passed", -d.daysRemaining())
                : t.get("rakor.deadline.left", d.daysRemaining());
    }

    static String reasons(OpdReport.Row row, ReportTexts t) {
        return row.reasons().stream().map(r -> t.get("opd.reason." + r.name())).collect(Collectors.joining("; "));
    }

    static String indicatorName(IndicatorResult i) {
        return i.code() + " " + i.name();
    }

    static String valueWithLevel(IndicatorResult i) {
        return TextFormat.level(i.value()) + (i.levelName() == null ? "" : " \u00b7 " + i.levelName());
    }

    /** Contributions rounded as shown: three decimals, half-up. */
    static BigDecimal shownPoints(BigDecimal points) {
        return points == null ? null : points.setScale(3, RoundingMode.HALF_UP);
    }

    static List<Figure> breakdownFigures(RakorSnapshot s) {
        return s.overview()
                .current()
                .map(c -> s.overview().breakdownByAspect() ? c.aspects() : c.domains())
                .orElse(List.of());
    }

    static List<Figure> aspectFigures(RakorSnapshot s) {
        return s.overview().current().map(YearResult::aspects).orElse(List.of());
    }

    static List<Contribution> changeParts(RakorSnapshot s) {
        return s.change().map(d -> d.nodes()).orElse(List.of());
    }
}
