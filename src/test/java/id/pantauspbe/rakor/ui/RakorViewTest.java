package id.pantauspbe.rakor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.opd.ActionStatus;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

class RakorViewTest extends KaribuTest {

    @Autowired
    OpdService opds;

    @Test
    void kadisWalksTheSlidesOfASnapshotAndCannotEdit() {
        login("kadis", "PIMPINAN");
        RakorView view = open("CONTOH", 2021, null, false);
        assertThat(view.slide()).isEqualTo(1);
        assertThat(counter()).isEqualTo("1 / 10");
        assertThat(text("fact-value")).isEqualTo("2,51");
        assertThat(_get(Paragraph.class, s -> s.withClasses("title-data-per")).getText())
                .isEqualTo("Data per 23 November 2026, 09.00");
        assertThat(_get(Paragraph.class, s -> s.withClasses("title-filters")).getText())
                .isEqualTo("Filter: instansi Kabupaten Contoh (CONTOH), tahun 2021, nama OPD ditampilkan");

        view.key("next");
        assertThat(counter()).isEqualTo("2 / 10");
        assertThat(heading()).isEqualTo("Tindak lanjut rencana aksi rakor 2020");
        assertThat(_find(Select.class, s -> s.withClasses("action-status-select")))
                .isEmpty();
        assertThat(_get(NativeTable.class, s -> s.withClasses("previous-actions"))
                        .getElement()
                        .getTextRecursively())
                .contains("Menyusun Arsitektur SPBE daerah", "Selesai", "Belum dimulai");

        view.key("previous");
        view.key("previous");
        assertThat(view.slide()).isEqualTo(1);
        view.key("last");
        assertThat(counter()).isEqualTo("10 / 10");
        assertThat(heading()).isEqualTo("Kesepakatan dan rencana aksi rakor 2021");
        assertThat(_find(Button.class, s -> s.withClasses("action-add"))).isEmpty();
        // only ADMIN and ASESOR get an edit mode
        assertThat(_find(Checkbox.class, s -> s.withClasses("rakor-edit-mode"))).isEmpty();
        view.key("next");
        assertThat(view.slide()).isEqualTo(10);
        view.key("first");
        assertThat(view.slide()).isEqualTo(1);
    }

    @Test
    void theChangeAcrossAFrameworkBoundarySaysHowTheComparableIndicatorsMoved() {
        login("kadis", "PIMPINAN");
        open("CONTOH", 2021, 4, false);
        assertThat(_get(Paragraph.class, s -> s.withClasses("change-setara")).getText())
                .contains("Pada indikator yang setara")
                .contains("bukan pemetaan resmi");
    }

    @Test
    void towardsTheTargetShowsTheForecastOfTheOpenYearAndAsksForAPlan() {
        login("kadis", "PIMPINAN");
        open("CONTOH", 2026, 9, false);
        assertThat(heading()).isEqualTo("Menuju target 2026");
        assertThat(_get(Paragraph.class, s -> s.withClasses("target-forecast")).getText())
                .startsWith("Perkiraan hasil akhir 2026: ")
                .contains("14 dari 20 indikator bernilai")
                .contains("target 3,50");
        // a settled year works towards the next one
        open("CONTOH", 2021, 9, false);
        assertThat(heading()).isEqualTo("Menuju target 2022");
    }

    @Test
    void theSlideAndHiddenNamesComeFromTheUrl() {
        login("kadis", "PIMPINAN");
        RakorView view = open("CONTOH", 2021, 6, true);
        assertThat(view.slide()).isEqualTo(6);
        assertThat(heading()).isEqualTo("Indikator terlemah 2021 dan OPD pengampu");
        String table = _get(NativeTable.class, s -> s.withClasses("weakest-table"))
                .getElement()
                .getTextRecursively();
        assertThat(table).contains("I11 ").containsPattern("OPD [A-Z]+").doesNotContain("Dinas Komunikasi");
        assertThat(_get(Checkbox.class, s -> s.withClasses("rakor-anonymous")).getValue())
                .isTrue();
        // a slide number out of range shows the nearest slide
        open("CONTOH", 2021, 42, false);
        assertThat(counter()).isEqualTo("10 / 10");
    }

    @Test
    void thePdfDownloadHoldsTheSnapshotShown() throws Exception {
        login("kadis", "PIMPINAN");
        open("CONTOH", 2021, 1, false);
        byte[] pdf = DownloadKt._download(_get(Anchor.class, s -> s.withClasses("rakor-pdf")));
        PdfReader reader = new PdfReader(pdf);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Laporan SPBE", "2,51");
        reader.close();
        byte[] xlsx = DownloadKt._download(_get(Anchor.class, s -> s.withClasses("rakor-xlsx")));
        assertThat(xlsx).startsWith(0x50, 0x4b);
    }

    @Test
    void aPeerWithPublishedTotalsOnlyStillGivesEverySlide() {
        login("kadis", "PIMPINAN");
        RakorView view = open("REMBANG", 2021, 1, false);
        assertThat(text("fact-value")).isEqualTo("2,76");
        for (int n = 2; n <= RakorView.total(); n++) {
            view.key("next");
            assertThat(counter()).isEqualTo(n + " / 10");
        }
        view.key("first");
        view.key("next");
        view.key("next");
        view.key("next");
        assertThat(_get(Paragraph.class, s -> s.withClasses("slide-note")).getText())
                .isEqualTo("Tidak ada tahun sebelumnya untuk dibandingkan.");
    }

    @Test
    void titlesSayWhatTheYearHasAndTheWayBackKeepsTheSelection() {
        login("kadis", "PIMPINAN");
        open("CONTOH", 2021, 5, false);
        assertThat(heading()).isEqualTo("Profil domain dan aspek 2021");
        Anchor back = _get(Anchor.class, s -> s.withClasses("rakor-exit"));
        assertThat(back.getText()).isEqualTo("Kembali ke dasbor");
        assertThat(back.getHref()).contains("instansi=CONTOH").contains("tahun=2021");
        // a past year: its own evidence or a note, never the open stage of 2026 under a 2021 title
        open("CONTOH", 2021, 8, false);
        assertThat(heading()).isEqualTo("Data dukung dan tenggat tahun 2021");
        assertThat(_get(Paragraph.class, s -> s.withClasses("slide-note")).getText())
                .startsWith("Tidak ada daftar data dukung untuk tahun 2021");
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class, s -> s.withClasses("rakor-deadline")))
                .isEmpty();

        open("CONTOH", 2026, 5, false);
        assertThat(heading()).isEqualTo("Profil aspek 2026");
        open("CONTOH", 2026, 8, false);
        assertThat(heading()).isEqualTo("Data dukung dan tenggat tahap berjalan (2026)");
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class, s -> s.withClasses("rakor-deadline")))
                .isNotEmpty();
    }

    @Test
    void theDraftOf2026IsNeverPresentedAsAResult() throws Exception {
        login("kadis", "PIMPINAN");
        RakorView view = open("CONTOH", 2026, 1, false);
        String subtitle = _get(com.vaadin.flow.component.html.H2.class, s -> s.withClasses("title-sub"))
                .getText();
        assertThat(subtitle).isEqualTo("Kabupaten Contoh \u00b7 Penilaian tahun 2026, belum hasil akhir");
        assertThat(text("fact-value")).isEqualTo("3,17");
        assertThat(text("fact-provenance")).contains("sementara, 14 dari 20 indikator");
        Div predikat = _get(Div.class, s -> s.withClasses("fact-predikat"));
        assertThat(_get(predikat, Span.class, s -> s.withClasses("fact-value")).getText())
                .isEqualTo("–");
        assertThat(_get(predikat, Span.class, s -> s.withClasses("fact-withheld"))
                        .getText())
                .isEqualTo("Tidak diberikan: baru 14 dari 20 indikator bernilai");
        assertThat(_find(Span.class, s -> s.withClasses("predikat-badge"))).isEmpty();
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Baik", "Hasil evaluasi");

        // no change number to or from the draft (and across the framework boundary): why, in words
        view.key("next");
        view.key("next");
        Div change = _get(Div.class, s -> s.withClasses("fact-change"));
        assertThat(_get(change, Span.class, s -> s.withClasses("fact-value")).getText())
                .isEqualTo("–");
        assertThat(_get(Paragraph.class, s -> s.withClasses("slide-hint")).getText())
                .startsWith("Perubahan tidak ditampilkan sebagai angka");
        view.key("next");
        assertThat(_find(NativeTable.class, s -> s.withClasses("change-table"))).isEmpty();

        // the short weak list: the six unvalued indicators first, with their lead OPD
        open("CONTOH", 2026, 6, false);
        NativeTable weakest = _get(NativeTable.class, s -> s.withClasses("weakest-table"));
        assertThat(weakest.getBody().getChildren().count()).isEqualTo(5);
        assertThat(weakest.getBody()
                        .getChildren()
                        .findFirst()
                        .orElseThrow()
                        .getElement()
                        .getTextRecursively())
                .contains("belum dinilai");

        // the reports likewise
        byte[] pdf = DownloadKt._download(_get(Anchor.class, s -> s.withClasses("rakor-pdf")));
        PdfReader reader = new PdfReader(pdf);
        String first = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        reader.close();
        assertThat(first).contains("sementara, 14 dari 20 indikator").doesNotContain("Baik");
    }

    @Test
    void withoutInternalScoresOpdsAreRankedByIndexPointsHeld() {
        login("kadis", "PIMPINAN");
        RakorView view = open("CONTOH", 2021, 7, false);
        assertThat(_get(Section.class, s -> s.withClasses("slide")).getElement().getTextRecursively())
                .contains("Peringkat menurut poin indeks yang dipegang");
        NativeTable ranking = _get(NativeTable.class, s -> s.withClasses("opd-ranking-table"));
        int ranked = view.snapshot().opdRankedCount();
        assertThat(ranked).isGreaterThan(1);
        assertThat(ranking.getElement().getTextRecursively())
                .contains("1 dari " + ranked)
                .contains("Poin dipegang")
                .doesNotContain("Indeks OPD");
    }

    @Test
    void theDashboardLeadsToThePresentationAndTheReport() {
        login("kadis", "PIMPINAN");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2021")));
        assertThat(_get(Anchor.class, s -> s.withClasses("overview-rakor")).getHref())
                .startsWith("rakor?")
                .contains("instansi=CONTOH")
                .contains("tahun=2021");
        // the report is served by rakor.ReportController to the signed-in user (OverviewBrowserIT downloads it)
        assertThat(_get(Anchor.class, s -> s.withClasses("overview-report")).getHref())
                .startsWith("laporan?")
                .contains("instansi=CONTOH")
                .contains("tahun=2021")
                .contains("format=pdf");
    }

    @Test
    void theCoordinatorRecordsAgreementsAndActionsShownOnTheOpdPageAndAtTheNextRakor() {
        login("koordinator", "ADMIN");
        // presenting: no edit controls on the slides, even for the coordinator
        open("CONTOH", 2022, 10, false);
        assertThat(_find(Button.class, s -> s.withClasses("closing-edit"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withClasses("action-add"))).isEmpty();
        open("CONTOH", 2023, 2, false);
        assertThat(_find(Select.class, s -> s.withClasses("action-status-select")))
                .isEmpty();
        // the edit mode shows them and stays in the URL
        Checkbox editMode = _get(Checkbox.class, s -> s.withClasses("rakor-edit-mode"));
        assertThat(editMode.isVisible()).isTrue();
        HasValueUtilsKt._setValue(editMode, true);
        assertThat(_find(Select.class, s -> s.withClasses("action-status-select")))
                .isNotEmpty();

        RakorView view = open("CONTOH", 2022, 10, false, true);
        assertThat(heading()).isEqualTo("Kesepakatan dan rencana aksi rakor 2022");

        _click(_get(Button.class, s -> s.withClasses("closing-edit")));
        _get(TextArea.class, s -> s.withClasses("closing-area"))
                .setValue("Target 2023: 3,40.\nSemua OPD melengkapi SOP.");
        _click(_get(Button.class, s -> s.withClasses("closing-save")));
        assertThat(_get(Paragraph.class, s -> s.withClasses("closing-text")).getText())
                .isEqualTo("Target 2023: 3,40.\nSemua OPD melengkapi SOP.");

        Opd dinsos = opds.findByShortName("CONTOH", "Dinsos").orElseThrow();
        _click(_get(Button.class, s -> s.withClasses("action-add")));
        ActionDialog dialog = _get(ActionDialog.class);
        _click(dialog.save);
        assertThat(dialog.error.getText()).isEqualTo("Isi apa yang akan dilakukan.");
        dialog.opd.setValue(view.snapshot().opdChoices().stream()
                .filter(o -> o.id() == dinsos.id())
                .findFirst()
                .orElseThrow());
        dialog.what.setValue("Menyusun SOP layanan sosial digital");
        dialog.who.setValue("Sekretaris Dinas Sosial");
        dialog.due.setValue(LocalDate.of(2023, 6, 30));
        _click(dialog.save);
        assertThat(_get(NativeTable.class, s -> s.withClasses("closing-actions"))
                        .getElement()
                        .getTextRecursively())
                .contains("Dinas Sosial", "Menyusun SOP layanan sosial digital", "30 Juni 2023");

        // the next rakor opens with it, and its status is set there
        open("CONTOH", 2023, 2, false, true);
        assertThat(heading()).isEqualTo("Tindak lanjut rencana aksi rakor 2022");
        @SuppressWarnings("unchecked")
        Select<ActionStatus> status = _get(Select.class, s -> s.withClasses("action-status-select"));
        HasValueUtilsKt._setValue(status, ActionStatus.BERJALAN);

        // the OPD page lists it with its status
        UI.getCurrent()
                .navigate("opd/" + dinsos.id(), QueryParameters.simple(Map.of("instansi", "CONTOH", "tahun", "2023")));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, s -> s.withClasses("opd-action-grid"));
        List<String> rows = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(grid, i)))
                .toList();
        assertThat(rows)
                .contains(
                        "2022 | Menyusun SOP layanan sosial digital | Sekretaris Dinas Sosial | 30 Juni 2023 | Berjalan (lewat tenggat)");
    }

    private static RakorView open(String instansi, int year, Integer slide, boolean anonymous) {
        return open(instansi, year, slide, anonymous, false);
    }

    private static RakorView open(String instansi, int year, Integer slide, boolean anonymous, boolean edit) {
        Map<String, String> params = new LinkedHashMap<>();
        if (edit) {
            params.put("edit", "1");
        }
        params.put("instansi", instansi);
        params.put("tahun", String.valueOf(year));
        if (slide != null) {
            params.put("slide", String.valueOf(slide));
        }
        if (anonymous) {
            params.put("anonim", "1");
        }
        UI.getCurrent().navigate("rakor", QueryParameters.simple(params));
        return _get(RakorView.class);
    }

    private static String counter() {
        return _get(Span.class, s -> s.withClasses("rakor-counter")).getText();
    }

    private static String heading() {
        Section slide = _get(Section.class, s -> s.withClasses("slide"));
        return _get(slide, H1.class, s -> s.withClasses("slide-heading")).getText();
    }

    private static String text(String className) {
        com.vaadin.flow.component.html.Div fact =
                _get(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("fact-index"));
        return _get(fact, Span.class, s -> s.withClasses(className)).getText();
    }
}
