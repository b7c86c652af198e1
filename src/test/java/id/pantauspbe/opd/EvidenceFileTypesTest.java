package id.pantauspbe.opd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as an evidence file, judged from the bytes (no Spring). */
class EvidenceFileTypesTest {

    @TempDir
    Path dir;

    private String check(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("upload.part"), bytes);
        return EvidenceFileTypes.check(name, file);
    }

    private UploadRejectedException refused(String name, byte[] bytes) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> check(name, bytes));
        assertThat(thrown).isInstanceOf(UploadRejectedException.class);
        return (UploadRejectedException) thrown;
    }

    @Test
    void pdfImagesAndOfficeDocumentsAreAcceptedWithTheTypeOfTheirKind() throws IOException {
        assertThat(check("laporan.pdf", TestFiles.pdf())).isEqualTo("application/pdf");
        assertThat(check("foto.PNG", TestFiles.png())).isEqualTo("image/png");
        assertThat(check("foto.jpeg", TestFiles.jpeg())).isEqualTo("image/jpeg");
        assertThat(check("sk.docx", TestFiles.docx()))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(check("rekap.xlsx", TestFiles.xlsx()))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(check("rekap.xls", TestFiles.xls())).isEqualTo("application/vnd.ms-excel");
        assertThat(check("notulen.odt", TestFiles.odt())).isEqualTo("application/vnd.oasis.opendocument.text");
    }

    @Test
    void aRenamedExecutableIsRefusedNamingTheFileAndWhatWasFound() {
        UploadRejectedException windows = refused("laporan.pdf", TestFiles.windowsExecutable());
        assertThat(windows.key()).isEqualTo("evidence.file.rejected.type");
        assertThat(windows.getMessage())
                .isEqualTo("Berkas \"laporan.pdf\" ditolak: isinya bukan PDF, gambar, atau dokumen kantor"
                        + " (terdeteksi application/x-msdownload).");
        assertThat(refused("sk.docx", TestFiles.elfExecutable()).getMessage())
                .contains("\"sk.docx\"", "application/x-elf");
        assertThat(refused("catatan.pdf", "hanya teks".getBytes()).getMessage()).contains("text/plain");
    }

    @Test
    void contentThatDoesNotMatchTheExtensionIsRefused() {
        UploadRejectedException png = refused("laporan.pdf", TestFiles.png());
        assertThat(png.key()).isEqualTo("evidence.file.rejected.mismatch");
        assertThat(png.getMessage())
                .isEqualTo("Berkas \"laporan.pdf\" ditolak: isinya (image/png) tidak sesuai dengan ekstensi .pdf.");
        // a zip archive is no Word document, a workbook is no Word document
        assertThat(refused("sk.docx", TestFiles.zip()).key()).isEqualTo("evidence.file.rejected.mismatch");
        assertThat(refused("sk.docx", TestFiles.xlsx()).key()).isEqualTo("evidence.file.rejected.mismatch");
        assertThat(refused("sk.doc", TestFiles.xls()).key()).isEqualTo("evidence.file.rejected.mismatch");
        assertThat(refused("notulen.ods", TestFiles.odt()).key()).isEqualTo("evidence.file.rejected.mismatch");
    }

    @Test
    void anAllowedContentWithoutAKnownExtensionIsRefusedListingTheExtensions() {
        UploadRejectedException e = refused("scan", TestFiles.pdf());
        assertThat(e.key()).isEqualTo("evidence.file.rejected.extension");
        assertThat(e.getMessage()).contains("\"scan\"", "pdf, png, jpg");
    }

    @Test
    void uploadedNamesLoseFoldersAndControlCharacters() {
        assertThat(EvidenceFileService.cleanName("C:\\fakepath\\laporan akhir.pdf"))
                .isEqualTo("laporan akhir.pdf");
        assertThat(EvidenceFileService.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(EvidenceFileService.cleanName("a\u0000b\n.pdf")).isEqualTo("ab.pdf");
        assertThat(EvidenceFileService.cleanName("  ")).isEqualTo("berkas");
        String longName = "x".repeat(300) + ".docx";
        assertThat(EvidenceFileService.cleanName(longName)).hasSize(255).endsWith(".docx");
    }

    @Test
    void sizesInMessagesUseTheLocaleDecimalMark() {
        UploadRejectedException e = new UploadRejectedException(
                "evidence.file.rejected.size",
                "x.pdf",
                EvidenceStorage.megabytes(26_528_972L),
                EvidenceStorage.megabytes(20L * 1024 * 1024));
        assertThat(e.getMessage()).isEqualTo("Berkas \"x.pdf\" terlalu besar: 25,3 MB, batas 20 MB.");
        assertThatThrownBy(() -> {
                    throw e;
                })
                .hasMessageContaining("25,3 MB");
    }
}
