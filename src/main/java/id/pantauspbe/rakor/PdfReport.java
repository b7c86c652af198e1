package id.pantauspbe.rakor;

import id.pantauspbe.base.TextFormat;
import id.pantauspbe.dashboard.Overview;
import id.pantauspbe.engine.Contribution;
import id.pantauspbe.evaluation.Figure;
import id.pantauspbe.opd.ActionItem;
import id.pantauspbe.rakor.ReportService.ReportTexts;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/** The A4 "Laporan SPBE" of a rakor snapshot, with charts as images and numbered pages. */
final class PdfReport {

    private static final Color PRIMARY = new Color(0x1d4f91);
    private static final Color MUTED = new Color(0x4a4f55);
    private static final Color HEADER_BG = new Color(0xe8eef8);
    private static final Color WEAK_BG = new Color(0xfdf0ee);
    private static final float MARGIN = 48;
    private static final float PAGE_WIDTH = PageSize.A4.getWidth() - 2 * MARGIN;
    private static final float PADDING = 4;
    // per report: an embedded font records the glyphs of one document
    private final BaseFont regular = ReportFonts.pdf(false);
    private final BaseFont boldFace = ReportFonts.pdf(true);
    private final Font titleFont = new Font(boldFace, 26, Font.NORMAL, PRIMARY);
    private final Font subtitleFont = new Font(boldFace, 15, Font.NORMAL, Color.BLACK);
    private final Font headingFont = new Font(boldFace, 14, Font.NORMAL, PRIMARY);
    private final Font bodyFont = new Font(regular, 10, Font.NORMAL, Color.BLACK);
    private final Font boldFont = new Font(boldFace, 10, Font.NORMAL, Color.BLACK);
    private final Font smallFont = new Font(regular, 8, Font.NORMAL, MUTED);

    private final RakorSnapshot s;
    private final ReportTexts t;
    private final ReportTables tables;

    PdfReport(RakorSnapshot snapshot, ReportTexts texts) {
        this.s = snapshot;
        this.t = texts;
        this.tables = new ReportTables(snapshot, texts);
    }

    byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer());
        document.addTitle(clean(t.get("report.title") + " " + s.instansi().name() + " " + s.year()));
        document.addCreator("Pantau SPBE");
        document.open();
        try {
            cover(document);
            document.newPage();
            previousActions(document);
            change(document);
            document.newPage();
            profile(document);
            weakest(document);
            document.newPage();
            opds(document);
            evidence(document);
            target(document);
            closing(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.close();
        return out.toByteArray();
    }

    private void cover(Document d) throws IOException {
        d.add(paragraph(t.get("report.title"), titleFont, 2));
        d.add(paragraph(s.pemdaName(), subtitleFont, 2));
        d.add(paragraph(t.get("report.subtitle", s.instansi().name(), s.year()), subtitleFont, 6));
        // a draft is never presented as the result: its provenance stands under the title
        s.provisional(t::get).ifPresent(text -> d.add(paragraph(text, headingFont, 6)));
        d.add(paragraph(t.get("rakor.dataPer", TextFormat.dateTime(s.builtAt())), bodyFont, 2));
        d.add(paragraph(filters(), smallFont, 12));
        d.add(paragraph(t.get("report.summary"), headingFont, 6));
        d.add(table(tables.summary(), false));
        d.add(paragraph(t.get("rakor.slide.trend.title", s.instansi().name()), headingFont, 4));
        d.add(image(ReportCharts.trend(s.overview(), key -> t.get(key)), 500, 260));
        StringBuilder trend = new StringBuilder();
        for (Overview.TrendPoint p : s.overview().trend()) {
            if (p.value() != null) {
                trend.append(trend.isEmpty() ? "" : " \u00b7 ")
                        .append(p.year())
                        .append(": ")
                        .append(TextFormat.decimal(p.value()))
                        .append(p.settled() ? "" : " (" + t.get("report.provisional") + ")");
            }
        }
        d.add(paragraph(trend.toString(), smallFont, 0));
    }

    private String filters() {
        return t.get(
                "rakor.filters",
                s.instansi().name(),
                s.instansi().code(),
                s.year(),
                t.get(s.anonymous() ? "rakor.filters.anonymous" : "rakor.filters.named"));
    }

    private void previousActions(Document d) {
        d.add(paragraph(
                s.previousRakor()
                        .map(r -> t.get("rakor.slide.previous.title", r.year()))
                        .orElse(t.get("rakor.slide.previous")),
                headingFont,
                6));
        if (s.previousRakor().isEmpty()) {
            d.add(paragraph(t.get("rakor.slide.previous.none"), bodyFont, 12));
            return;
        }
        if (s.previousActions().isEmpty()) {
            d.add(paragraph(
                    t.get("rakor.slide.previous.empty", s.previousRakor().get().year()), bodyFont, 12));
            return;
        }
        d.add(actionTable(s.previousActions()));
    }

    private PdfPTable actionTable(List<ActionItem> items) {
        return table(tables.actions(items, false));
    }

    private void change(Document d) throws IOException {
        String level = ReportService.level(s, t);
        d.add(paragraph(
                s.overview()
                        .previous()
                        .map(p -> t.get("rakor.slide.change.title", p.year(), s.year(), level))
                        .orElse(t.get("rakor.slide.change.titleNone", s.year())),
                headingFont,
                6));
        // across a framework boundary: the comparable index over what both years assessed
        s.setara()
                .flatMap(b -> id.pantauspbe.crosswalk.ui.SetaraTexts.sentence(b, t::get))
                .ifPresent(text -> d.add(paragraph(text + " " + t.get("rakor.slide.change.setaraNote"), bodyFont, 6)));
        if (s.change().isEmpty()) {
            d.add(paragraph(
                    t.get("rakor.slide.change.unavailable."
                            + s.changeUnavailable().name()),
                    bodyFont,
                    12));
            return;
        }
        var dec = s.change().get();
        d.add(paragraph(
                t.get(
                        "rakor.slide.change.summary",
                        s.instansi().name(),
                        TextFormat.decimal(s.overview().previous().get().value()),
                        TextFormat.decimal(s.overview().current().get().value()),
                        TextFormat.signed(s.overview().change().orElse(null))),
                bodyFont,
                4));
        if (!dec.sameFramework()) {
            d.add(paragraph(t.get("rakor.slide.change.acrossFrameworks", level), smallFont, 4));
        }
        List<Contribution> parts = ReportService.changeParts(s);
        d.add(image(
                ReportCharts.change(parts.stream()
                        .map(c -> new ReportCharts.Bar(c.name(), c.points(), null))
                        .toList()),
                500,
                220));
        d.add(table(tables.change()));
        d.add(paragraph(t.get("rakor.slide.change.hint", level), smallFont, 0));
    }

    private void profile(Document d) throws IOException {
        String level = ReportService.level(s, t);
        d.add(paragraph(t.get(s.profileTitleKey(), s.year()), headingFont, 6));
        List<Figure> figures = ReportService.breakdownFigures(s);
        String previous =
                s.overview().previous().map(p -> String.valueOf(p.year())).orElse(null);
        List<ReportCharts.Bar> bars = s.overview().breakdown().stream()
                .map(b -> new ReportCharts.Bar(b.name(), b.value(), b.previousValue()))
                .toList();
        if (!bars.isEmpty()) {
            d.add(image(ReportCharts.bars(bars, String.valueOf(s.year()), previous), 500, 200));
        }
        d.add(table(tables.figures(capitalized(level), figures)));
        if (!s.overview().breakdownByAspect()) {
            d.add(paragraph(t.get("rakor.slide.profile.aspects"), boldFont, 4));
            d.add(table(tables.figures(t.get("report.level.ASPECT"), ReportService.aspectFigures(s))));
        }
    }

    private void weakest(Document d) {
        d.add(paragraph(t.get("rakor.slide.weakest.title", s.year()), headingFont, 4));
        var list = s.overview().weakList();
        d.add(paragraph(
                t.get("rakor.slide.weakest.count", list.flagged(), list.totalIndicators(), list.limit())
                        + (list.unvalued().isEmpty()
                                ? ""
                                : " "
                                        + t.get(
                                                "rakor.slide.weakest.unvalued",
                                                list.unvalued().size())),
                smallFont,
                4));
        d.add(table(tables.weakest()));
    }

    private void opds(Document d) {
        d.add(paragraph(t.get("rakor.slide.opd.title", s.year()), headingFont, 6));
        d.add(paragraph(t.get("opd.rankBasis." + s.opdRankBasis().name()), smallFont, 4));
        if (s.rankedOpds().isEmpty()) {
            d.add(paragraph(t.get("rakor.slide.opd.noRanking"), bodyFont, 4));
        }
        d.add(table(tables.opds()));
    }

    private void evidence(Document d) {
        RakorSnapshot.Evidence e = s.evidence();
        d.add(paragraph(
                e.present() ? t.get(e.titleKey(), e.year()) : t.get("rakor.slide.evidence.titleYear", s.year()),
                headingFont,
                6));
        if (!e.present()) {
            d.add(paragraph(t.get("rakor.slide.evidence.noneYear", s.year()), bodyFont, 4));
            return;
        }
        d.add(paragraph(
                t.get(
                        "rakor.slide.evidence.counts",
                        e.total(),
                        e.verified(),
                        e.uploaded(),
                        e.rejected(),
                        e.missing(),
                        e.overdue()),
                bodyFont,
                6));
        d.add(table(tables.deadlines()));
        d.add(paragraph(t.get("rakor.slide.evidence.byOpd"), boldFont, 4));
        d.add(table(tables.evidenceByOpd()));
    }

    /** "Menuju target": the forecast and the saved plan's progress of the year the meeting works towards. */
    private void target(Document d) {
        d.add(paragraph(t.get("rakor.slide.target.title", s.planYear()), headingFont, 6));
        s.forecast()
                .ifPresent(f -> d.add(paragraph(
                        t.get(
                                        "rakor.slide.target.forecast",
                                        f.year(),
                                        TextFormat.decimal(f.estimate()),
                                        f.sourceText(t::get))
                                + (f.hasRange()
                                        ? t.get(
                                                "rakor.slide.target.range",
                                                TextFormat.decimal(f.low()),
                                                TextFormat.decimal(f.high()))
                                        : "")
                                + (f.targetInRange() == null
                                        ? ""
                                        : t.get(
                                                f.targetInRange()
                                                        ? "rakor.slide.target.inRange"
                                                        : "rakor.slide.target.outOfRange",
                                                TextFormat.decimal(f.target()))),
                        bodyFont,
                        4)));
        if (s.plan().isEmpty()) {
            d.add(paragraph(t.get("rakor.slide.target.noPlan", s.planYear()), bodyFont, 8));
            return;
        }
        var p = s.plan().get();
        d.add(paragraph(
                t.get(
                        "rakor.slide.target.progress",
                        p.reachedCount(),
                        p.total(),
                        TextFormat.decimal(p.plan().target()),
                        TextFormat.decimal(p.plan().planExact())),
                bodyFont,
                4));
        d.add(table(tables.targetSteps()));
    }

    private void closing(Document d) {
        d.add(paragraph(t.get("rakor.slide.closing.title", s.year()), headingFont, 6));
        d.add(paragraph(t.get("report.closing"), boldFont, 2));
        d.add(paragraph(
                s.closingText().isBlank() ? t.get("rakor.slide.closing.empty") : s.closingText(), bodyFont, 10));
        d.add(paragraph(t.get("report.actions", s.year()), boldFont, 4));
        if (s.actions().isEmpty()) {
            d.add(paragraph(t.get("rakor.slide.closing.noActions"), bodyFont, 4));
        } else {
            d.add(actionTable(s.actions()));
        }
    }

    // ---- building blocks ----

    private static Paragraph paragraph(String text, Font font, float after) {
        Paragraph p = new Paragraph(clean(text), font);
        p.setSpacingAfter(after);
        return p;
    }

    private PdfPTable table(ReportTable model) {
        return table(model, true);
    }

    /** A table of the report; {@code header}: with its column titles repeated on every page. */
    private PdfPTable table(ReportTable model, boolean header) {
        PdfPTable table = new PdfPTable(PdfColumnWidths.of(model, PAGE_WIDTH, 2 * PADDING + 1, this::wordWidth));
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        table.setSplitLate(false);
        if (header) {
            table.setHeaderRows(1);
            for (String title : model.headers()) {
                PdfPCell cell = cell(title, boldFont, false);
                cell.setBackgroundColor(HEADER_BG);
                table.addCell(cell);
            }
        }
        for (List<ReportTable.Cell> row : model.rows()) {
            for (int i = 0; i < row.size(); i++) {
                ReportTable.Cell c = row.get(i);
                Font font = c.small() ? smallFont : c.bold() ? boldFont : bodyFont;
                PdfPCell cell = cell(c.text(), font, model.columns().get(i).number());
                if (c.shaded()) {
                    cell.setBackgroundColor(WEAK_BG);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    /** Width of a word in the font a cell (null: a header) is printed in. */
    private float wordWidth(String word, ReportTable.Cell cell) {
        Font font = cell == null ? boldFont : cell.small() ? smallFont : cell.bold() ? boldFont : bodyFont;
        return font.getBaseFont().getWidthPoint(word, font.getSize());
    }

    private static PdfPCell cell(String text, Font font, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(clean(text), font));
        cell.setPadding(PADDING);
        cell.setBorderColor(new Color(0xc4c9cf));
        if (number) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }

    private static Image image(byte[] png, float width, float height) throws IOException {
        Image image = Image.getInstance(png);
        image.scaleToFit(width, height);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingAfter(6);
        return image;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Text as printed (the embedded font has the minus sign and arrows); null as empty. */
    static String clean(String text) {
        return text == null ? "" : text;
    }

    /** "Laporan SPBE · instansi year · data per …" and "Halaman n dari m" at the foot of every page. */
    private final class Footer extends PdfPageEventHelper {

        private PdfTemplate total;
        private BaseFont font;

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
            font = regular;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float y = 30;
            ColumnText.showTextAligned(
                    cb,
                    Element.ALIGN_LEFT,
                    new Phrase(
                            clean(t.get(
                                    "report.footer", s.instansi().name(), s.year(), TextFormat.dateTime(s.builtAt()))),
                            smallFont),
                    document.left(),
                    y,
                    0);
            String text =
                    clean(t.get("report.page", writer.getPageNumber(), "")).strip();
            float width = font.getWidthPoint(text + " ", 8);
            float x = page.getRight() - document.rightMargin() - width - 16;
            cb.beginText();
            cb.setFontAndSize(font, 8);
            cb.setColorFill(MUTED);
            cb.setTextMatrix(x, y);
            cb.showText(text + " ");
            cb.endText();
            cb.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 8);
            total.setColorFill(MUTED);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
