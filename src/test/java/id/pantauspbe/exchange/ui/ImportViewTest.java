package id.pantauspbe.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import id.pantauspbe.KaribuTest;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.TargetService;
import id.pantauspbe.exchange.ExchangeService;
import id.pantauspbe.exchange.ImportKind;
import id.pantauspbe.exchange.RunningImport;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class ImportViewTest extends KaribuTest {

    @Autowired
    EvaluationService evaluation;

    @Autowired
    TargetService targetService;

    @Autowired
    ExchangeService exchange;

    @Autowired
    SecurityContextHolderStrategy security;

    private void open() {
        login("koordinator", "ADMIN");
        UI.getCurrent().navigate("impor");
    }

    @Test
    void anInvalidFileShowsEveryProblemByRowAndColumnAndStoresNothing() {
        open();
        assertThat(_get(H2.class, s -> s.withClasses("view-title")).getText())
                .isEqualTo("Impor & Ekspor data evaluasi");
        String file = "instansi_kode;instansi_nama;tahun;tahap;indikator;nilai\n"
                + "UJI-VIEW;Kabupaten Uji Tampilan;2021;final;I1;3\n"
                + "UJI-VIEW;Kabupaten Uji Tampilan;2021;final;I2;0\n"
                + "UJI-VIEW;Kabupaten Uji Tampilan;1990;final;I3;3\n";
        UploadKt._upload(_get(Upload.class), "nilai-salah.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Paragraph.class, s -> s.withClasses("import-status")).getText())
                .isEqualTo("Berkas nilai-salah.csv tidak diimpor: 2 kesalahan. Tidak ada data yang disimpan."
                        + " Perbaiki lalu unggah lagi.");
        @SuppressWarnings("unchecked")
        Grid<Object> problems = _get(Grid.class, s -> s.withClasses("import-problems"));
        assertThat(problems.isVisible()).isTrue();
        assertThat(GridKt._size(problems)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(problems, 0))
                .containsExactly(
                        "3", "nilai", "Nilai 0 di luar skala indikator I2 tahun 2021: bilangan bulat 1 sampai 5.");
        assertThat(GridKt._getFormattedRow(problems, 1))
                .containsExactly(
                        "4", "tahun", "Tahun 1990 tidak dikenal: belum ada kerangka evaluasi untuk tahun itu.");
        assertThat(evaluation.find("UJI-VIEW")).isEmpty();
    }

    @Test
    void anUploadWhileAnotherImportRunsSaysSoAndStoresNothing() throws Exception {
        open();
        try (RunningImport running = new RunningImport(exchange, security)) {
            String file = "instansi_kode;instansi_nama;tahun;tahap;indikator;nilai\n"
                    + "UJI-VIEW-SIBUK;Kabupaten Uji Sibuk;2021;final;I1;3\n";
            UploadKt._upload(_get(Upload.class), "nilai.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));
            assertThat(_get(Paragraph.class, s -> s.withClasses("import-status"))
                            .getText())
                    .isEqualTo("Impor lain sedang berjalan. Tunggu sampai selesai, lalu unggah lagi.");
            assertThat(evaluation.find("UJI-VIEW-SIBUK")).isEmpty();
        }
    }

    @Test
    void aLongReportShowsTheFirstHundredAndTheTotal() {
        open();
        StringBuilder file = new StringBuilder("instansi_kode;instansi_nama;tahun;tahap;indikator;nilai\n");
        for (int i = 0; i < 120; i++) {
            file.append("UJI-VIEW-100;Kabupaten Uji;")
                    .append(2021 + i / 47)
                    .append(";final;I")
                    .append(i % 47 + 1)
                    .append(";9\n");
        }
        UploadKt._upload(
                _get(Upload.class), "salah.csv", "text/csv", file.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Paragraph.class, s -> s.withClasses("import-status")).getText())
                .isEqualTo("Berkas salah.csv tidak diimpor: 120 kesalahan. Tidak ada data yang disimpan."
                        + " Perbaiki lalu unggah lagi. Hanya 100 kesalahan pertama yang ditampilkan.");
        @SuppressWarnings("unchecked")
        Grid<Object> problems = _get(Grid.class, s -> s.withClasses("import-problems"));
        assertThat(GridKt._size(problems)).isEqualTo(100);
    }

    @Test
    void anImportIsOneEntryOfTheAuditTrailInWords() {
        open();
        String file = "instansi_kode;instansi_nama;tahun;tahap;indikator;nilai\n"
                + "UJI-VIEW-JEJAK;Kabupaten Uji Jejak;2021;final;I1;3\n"
                + "UJI-VIEW-JEJAK;Kabupaten Uji Jejak;2021;final;I2;4\n"
                + "UJI-VIEW-JEJAK;Kabupaten Uji Jejak;2021;final;I3;2\n";
        try {
            UploadKt._upload(_get(Upload.class), "jejak.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        } finally {
            // the values are not left behind for the rankings of 2021 that other tests check
            evaluation.deleteValues("UJI-VIEW-JEJAK", 2021);
        }
        UI.getCurrent().navigate("audit", QueryParameters.simple(Map.of("cari", "jejak.csv")));
        Grid<?> audit = _get(Grid.class, s -> s.withClasses("audit-grid"));
        assertThat(GridKt._size(audit)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(audit, 0))
                .contains(
                        "koordinator",
                        "Nilai diimpor (satu berkas)",
                        "jejak.csv",
                        "2021",
                        "3 baris: 3 baru, 0 diubah, 0 tetap");
    }

    @Test
    void aValidTargetFileShowsWhatWasStored() {
        open();
        @SuppressWarnings("unchecked")
        Select<ImportKind> kind = _get(Select.class, s -> s.withClasses("import-kind"));
        kind.setValue(ImportKind.TARGET);
        String file = "instansi_kode,instansi_nama,tahun,lingkup,kode,nilai,sumber,catatan\n"
                + "UJI-VIEW-T,Kota Uji Tampilan,2025,indeks,,3.5,RPJMD,\n";
        UploadKt._upload(_get(Upload.class), "target.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Paragraph.class, s -> s.withClasses("import-status")).getText())
                .isEqualTo("Berkas target.csv diimpor: 1 baris, 1 baru, 0 diubah, 0 tidak berubah."
                        + " Instansi baru dibuat: UJI-VIEW-T.");
        assertThat(_find(Grid.class, s -> s.withClasses("import-problems"))).isEmpty();
        assertThat(targetService.indexTarget("UJI-VIEW-T", 2025)).isPresent();
    }

    @Test
    void offersTemplatesAndExportsOfTheHomePemda() {
        open();
        assertThat(_get(Anchor.class, s -> s.withClasses("template-hasil")).getText())
                .isEqualTo("Unduh templat nilai evaluasi (XLSX)");
        assertThat(_get(Anchor.class, s -> s.withClasses("template-target")).getHref())
                .isNotBlank();
        assertThat(_get(Anchor.class, s -> s.withClasses("export-xlsx")).getText())
                .isEqualTo("Unduh XLSX");
        assertThat(_get(Anchor.class, s -> s.withClasses("export-csv")).getText())
                .isEqualTo("Unduh CSV");
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, s -> s.withClasses("export-year"));
        assertThat(year.getListDataView().getItems()).startsWith(2026, 2025).endsWith(2018);

        year.setValue(2021);
        String csv = new String(
                DownloadKt._download(_get(Anchor.class, s -> s.withClasses("export-csv"))), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(1 + 47 + 47);
        assertThat(csv.lines().skip(1)).allMatch(l -> l.startsWith("CONTOH,Kabupaten Contoh,2021,"));
        byte[] template = DownloadKt._download(_get(Anchor.class, s -> s.withClasses("template-hasil")));
        assertThat(template).startsWith('P', 'K');
    }

    @Test
    void onlyAdministratorsMayOpenIt() {
        login("kadis", "PIMPINAN");
        assertThatThrownBy(() -> UI.getCurrent().navigate("impor")).isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(Upload.class)).isEmpty();
    }
}
