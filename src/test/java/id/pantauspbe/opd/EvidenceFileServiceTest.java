package id.pantauspbe.opd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantauspbe.AppTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.base.UserMessageException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Uploading, downloading and removing evidence files on the real database and disk (year 2035). */
@id.pantauspbe.OpenSelfAssessment(2035)
@AppTest
class EvidenceFileServiceTest {

    private static final String HOME = "CONTOH";
    private static final int YEAR = 2035;

    @Autowired
    EvidenceFileService files;

    @Autowired
    EvidenceService evidence;

    @Autowired
    OpdService opds;

    @Autowired
    OwnershipService ownerships;

    @Autowired
    EvidenceStorage storage;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void cleanUp() {
        as("koordinator", Role.ADMIN, () -> {
            evidence.deleteYear(HOME, YEAR);
            ownerships.saveOwnership(HOME, YEAR, new Ownership("I19", null, List.of()));
            return null;
        });
    }

    private <T> T as(String user, Role role, Supplier<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        currentUser.runAs(user, role, () -> result.set(task.get()));
        return result.get();
    }

    private long opd(String shortName) {
        return opds.findByShortName(HOME, shortName).orElseThrow().id();
    }

    private EvidenceItem item(String indicator, String title, String opd) {
        return as(
                "koordinator",
                Role.ADMIN,
                () -> evidence.add(HOME, YEAR, indicator, null, title, opd(opd), null, null));
    }

    private EvidenceFileChange upload(String user, Role role, EvidenceItem item, String name, byte[] bytes) {
        return as(user, role, () -> files.upload(item.id(), name, new ByteArrayInputStream(bytes)));
    }

    private List<Path> stored() throws IOException {
        Path year = storage.root().resolve(String.valueOf(YEAR));
        if (!Files.isDirectory(year)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(year)) {
            return list.toList();
        }
    }

    private List<Path> temporary() throws IOException {
        Path tmp = storage.root().resolve("tmp");
        if (!Files.isDirectory(tmp)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(tmp)) {
            return list.toList();
        }
    }

    @Test
    void anOperatorUploadsAPdfAPngAndADocxToItsOwnItem() throws Exception {
        EvidenceItem item = item("I1", "SK Tim Koordinasi SPBE", "Bappeda");
        assertThat(item.status()).isEqualTo(EvidenceStatus.BELUM);

        EvidenceFileChange first = upload("bappeda", Role.OPERATOR_OPD, item, "sk-tim.pdf", TestFiles.pdf());
        upload("bappeda", Role.OPERATOR_OPD, item, "foto rapat.png", TestFiles.png());
        EvidenceFileChange last =
                upload("bappeda", Role.OPERATOR_OPD, item, "C:\\fakepath\\notulen.docx", TestFiles.docx());

        assertThat(first.item().status()).isEqualTo(EvidenceStatus.DIUNGGAH);
        assertThat(first.item().version()).isEqualTo(item.version() + 1);
        assertThat(first.item().updatedBy()).isEqualTo("bappeda");
        assertThat(last.item().version()).isEqualTo(item.version() + 3);
        assertThat(last.files())
                .extracting(EvidenceFile::originalName, EvidenceFile::contentType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sk-tim.pdf", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple("foto rapat.png", "image/png"),
                        org.assertj.core.groups.Tuple.tuple(
                                "notulen.docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        EvidenceFile pdf = last.files().getFirst();
        assertThat(pdf.sizeBytes()).isEqualTo(TestFiles.pdf().length);
        assertThat(pdf.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(TestFiles.pdf())));
        assertThat(pdf.uploadedBy()).isEqualTo("bappeda");
        assertThat(files.filesOfYear(HOME, YEAR).get(item.id())).hasSize(3);

        // the bytes are on disk under evidence/<year>/<uuid>, not under the user's name
        assertThat(stored())
                .hasSize(3)
                .allSatisfy(p -> assertThat(p.getFileName().toString()).matches("[0-9a-f-]{36}"));
        var download =
                as("bappeda", Role.OPERATOR_OPD, () -> files.download(pdf.id())).orElseThrow();
        assertThat(Files.readAllBytes(download.path())).isEqualTo(TestFiles.pdf());
        assertThat(temporary()).isEmpty();
    }

    @Test
    void aRenamedExecutableOrAMismatchIsRefusedAndNothingIsKept() throws Exception {
        EvidenceItem item = item("I1", "SK Tim Koordinasi SPBE", "Bappeda");

        assertThatThrownBy(
                        () -> upload("bappeda", Role.OPERATOR_OPD, item, "laporan.pdf", TestFiles.windowsExecutable()))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessage("Berkas \"laporan.pdf\" ditolak: isinya bukan PDF, gambar, atau dokumen kantor"
                        + " (terdeteksi application/x-msdownload).");
        assertThatThrownBy(() -> upload("bappeda", Role.OPERATOR_OPD, item, "sk.pdf", TestFiles.elfExecutable()))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessageContaining("application/x-elf");
        assertThatThrownBy(() -> upload("bappeda", Role.OPERATOR_OPD, item, "sk.docx", TestFiles.zip()))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessageContaining("tidak sesuai dengan ekstensi .docx");
        assertThatThrownBy(() -> upload("bappeda", Role.OPERATOR_OPD, item, "kosong.pdf", new byte[0]))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessage("Berkas \"kosong.pdf\" ditolak: berkasnya kosong.");

        assertThat(files.files(item.id())).isEmpty();
        assertThat(evidence.forIndicator(HOME, YEAR, "I1").getFirst())
                .satisfies(i -> assertThat(i.status()).isEqualTo(EvidenceStatus.BELUM))
                .satisfies(i -> assertThat(i.version()).isEqualTo(item.version()));
        assertThat(stored()).isEmpty();
        assertThat(temporary()).isEmpty();
    }

    @Test
    void aFileAboveTheLimitIsRefusedWithItsSizeAndTheLimit() throws Exception {
        EvidenceItem item = item("I1", "SK Tim Koordinasi SPBE", "Bappeda");
        assertThat(files.maxSize().toMegabytes()).isEqualTo(20);
        long size = files.maxSize().toBytes() + 512 * 1024;

        assertThatThrownBy(() -> as(
                        "koordinator", Role.ADMIN, () -> files.upload(item.id(), "pindaian.pdf", new PdfOfSize(size))))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessage("Berkas \"pindaian.pdf\" terlalu besar: 20,5 MB, batas 20 MB.");
        assertThat(stored()).isEmpty();
        assertThat(temporary()).isEmpty();
    }

    @Test
    void uploadAndRemovalFollowTheEditRuleAndDownloadTheReadRule() {
        EvidenceItem own = item("I1", "SK Tim Koordinasi SPBE", "Bappeda");
        EvidenceItem other = item("I19", "Rekap tiket helpdesk", "Dinsos");
        EvidenceItem unrelated = item("I9", "Laporan audit", "Inspektorat");
        EvidenceFile otherFile = upload("koordinator", Role.ADMIN, other, "rekap.xlsx", TestFiles.xlsx())
                .files()
                .getFirst();
        EvidenceFile unrelatedFile = upload("asesor", Role.ASESOR, unrelated, "audit.pdf", TestFiles.pdf())
                .files()
                .getFirst();

        // an operator of another OPD may neither upload nor remove nor download
        assertThatThrownBy(() -> upload("bappeda", Role.OPERATOR_OPD, other, "x.pdf", TestFiles.pdf()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("bappeda", Role.OPERATOR_OPD, () -> files.delete(otherFile.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("bappeda", Role.OPERATOR_OPD, () -> files.download(otherFile.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("bappeda", Role.OPERATOR_OPD, () -> files.canRead(own))).isTrue();

        // PIMPINAN reads everything and changes nothing
        assertThatThrownBy(() -> upload("kadis", Role.PIMPINAN, own, "x.pdf", TestFiles.pdf()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("kadis", Role.PIMPINAN, () -> files.delete(otherFile.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("kadis", Role.PIMPINAN, () -> files.download(otherFile.id())))
                .isPresent();

        // supporting an indicator opens its documents to the OPD's operator
        as("koordinator", Role.ADMIN, () -> {
            ownerships.saveOwnership(HOME, YEAR, new Ownership("I19", opd("Dinsos"), List.of(opd("Bappeda"))));
            return null;
        });
        assertThat(as("bappeda", Role.OPERATOR_OPD, () -> files.download(otherFile.id())))
                .isPresent();
        assertThatThrownBy(() -> as("bappeda", Role.OPERATOR_OPD, () -> files.download(unrelatedFile.id())))
                .isInstanceOf(AccessDeniedException.class);
        // but not the right to change them
        assertThatThrownBy(() -> upload("bappeda", Role.OPERATOR_OPD, other, "x.pdf", TestFiles.pdf()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(files.files(other.id())).hasSize(1);
    }

    @Test
    void removingAFileDeletesItFromDiskAndAnItemWithoutDocumentsIsBelumAgain() throws Exception {
        EvidenceItem item = item("I1", "SK Tim Koordinasi SPBE", "Bappeda");
        EvidenceFileChange uploaded = upload("bappeda", Role.OPERATOR_OPD, item, "sk-tim.pdf", TestFiles.pdf());
        EvidenceFile file = uploaded.files().getFirst();
        Path path = as("bappeda", Role.OPERATOR_OPD, () -> files.download(file.id()))
                .orElseThrow()
                .path();
        assertThat(path).exists();

        EvidenceFileChange removed = as("bappeda", Role.OPERATOR_OPD, () -> files.delete(file.id()));

        assertThat(path).doesNotExist();
        assertThat(removed.files()).isEmpty();
        assertThat(removed.item().status()).isEqualTo(EvidenceStatus.BELUM);
        assertThat(removed.item().version()).isEqualTo(uploaded.item().version() + 1);
        assertThat(as("bappeda", Role.OPERATOR_OPD, () -> files.download(file.id())))
                .isEmpty();
    }

    @Test
    void aFileOrAnItemRemovedMeanwhileIsRefusedInWords() {
        EvidenceItem item = item("I1", "SK Tim Koordinasi SPBE", "Bappeda");
        EvidenceFile file = upload("bappeda", Role.OPERATOR_OPD, item, "sk-tim.pdf", TestFiles.pdf())
                .files()
                .getFirst();
        as("bappeda", Role.OPERATOR_OPD, () -> files.delete(file.id()));

        assertThatThrownBy(() -> as("bappeda", Role.OPERATOR_OPD, () -> files.delete(file.id())))
                .isInstanceOf(UserMessageException.class)
                .hasMessage("Berkas tidak ditemukan.");
        as("koordinator", Role.ADMIN, () -> {
            evidence.deleteYear(HOME, YEAR);
            return null;
        });
        assertThatThrownBy(() -> upload("bappeda", Role.OPERATOR_OPD, item, "sk-tim.pdf", TestFiles.pdf()))
                .isInstanceOf(UserMessageException.class)
                .hasMessage("Dokumen ini sudah dihapus dari daftar periksa; muat ulang halaman.");
    }

    @Test
    void whenTheTransactionFailsTheStoredFileIsRemovedAgain() throws Exception {
        EvidenceItem item = item("I1", "SK Tim Koordinasi SPBE", "Bappeda");

        assertThatThrownBy(() -> as(
                        "bappeda",
                        Role.OPERATOR_OPD,
                        () -> transactions.execute(status -> {
                            files.upload(item.id(), "sk-tim.pdf", new ByteArrayInputStream(TestFiles.pdf()));
                            throw new IllegalStateException("the database refused");
                        })))
                .hasMessage("the database refused");

        assertThat(files.files(item.id())).isEmpty();
        assertThat(stored()).isEmpty();
        assertThat(temporary()).isEmpty();
        assertThat(evidence.forIndicator(HOME, YEAR, "I1").getFirst().status()).isEqualTo(EvidenceStatus.BELUM);
    }

    @Test
    void whenTheInsertFailsBecauseTheItemWentAwayMeanwhileNothingIsLeftOnDisk() throws Exception {
        EvidenceItem item = item("I1", "SK Tim Koordinasi SPBE", "Bappeda");
        // the item is removed while its file is still being received: the insert then violates the foreign key
        InputStream removingTheItem = new ByteArrayInputStream(TestFiles.pdf()) {
            private boolean removed;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (!removed) {
                    removed = true;
                    currentUser.runAs("koordinator", Role.ADMIN, () -> evidence.deleteYear(HOME, YEAR));
                }
                return super.read(b, off, len);
            }
        };

        assertThatThrownBy(() ->
                        as("bappeda", Role.OPERATOR_OPD, () -> files.upload(item.id(), "sk-tim.pdf", removingTheItem)))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

        assertThat(stored()).isEmpty();
        assertThat(temporary()).isEmpty();
    }

    @Test
    void theDemoTeamDecreeOf2026HasAnUploadedPdf() throws Exception {
        List<EvidenceFile> demo = files.filesOfYear(HOME, 2026).values().stream()
                .flatMap(List::stream)
                .toList();
        assertThat(demo)
                .singleElement()
                .satisfies(f -> assertThat(f.originalName()).isEqualTo("SK Tim Koordinasi SPBE 2026.pdf"))
                .satisfies(f -> assertThat(f.contentType()).isEqualTo("application/pdf"));
        Path path = as(
                        "bappeda",
                        Role.OPERATOR_OPD,
                        () -> files.download(demo.getFirst().id()))
                .orElseThrow()
                .path();
        String pdf = Files.readString(path, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-1.4").contains("Tim Koordinasi").endsWith("%%EOF\n");
        int startxref = Integer.parseInt(pdf.substring(pdf.lastIndexOf("startxref") + 10, pdf.lastIndexOf("%%EOF"))
                .strip());
        assertThat(pdf.substring(startxref)).startsWith("xref");
    }

    @Test
    void abandonedTemporaryUploadsAreRemovedButFreshOnesKept() throws Exception {
        Path tmp = Files.createDirectories(storage.root().resolve("tmp"));
        Path old = Files.write(tmp.resolve("upload-old.part"), new byte[] {1});
        Files.setLastModifiedTime(
                old,
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)));
        Path fresh = Files.write(tmp.resolve("upload-fresh.part"), new byte[] {1});

        assertThat(storage.removeTemporaryOlderThan(java.time.Duration.ofHours(1)))
                .isEqualTo(1);

        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        Files.delete(fresh);
    }

    @Test
    void deletingAYearRemovesItsFiles() throws Exception {
        EvidenceItem item = item("I1", "SK Tim Koordinasi SPBE", "Bappeda");
        upload("koordinator", Role.ADMIN, item, "sk-tim.pdf", TestFiles.pdf());
        assertThat(stored()).hasSize(1);

        as("koordinator", Role.ADMIN, () -> {
            evidence.deleteYear(HOME, YEAR);
            return null;
        });

        assertThat(stored()).isEmpty();
        assertThat(evidence.items(HOME, YEAR)).isEmpty();
    }

    /** A PDF header followed by zeros up to a size, produced without holding it in memory. */
    private static final class PdfOfSize extends InputStream {
        private final byte[] header = TestFiles.pdf();
        private final long size;
        private long position;

        PdfOfSize(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            return position < header.length ? header[(int) position++] : (int) (position++ * 0);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = position < header.length ? header[(int) position] : 0;
                position++;
            }
            return n;
        }
    }
}
