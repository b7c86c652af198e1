package id.pantauspbe.opd;

import id.pantauspbe.access.AppUser;
import id.pantauspbe.access.AuditAction;
import id.pantauspbe.access.AuditService;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.access.UserService;
import id.pantauspbe.base.UserMessageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Files uploaded as evidence documents. Uploading and removing follow the rule for editing the item
 * (ADMIN and ASESOR every item, an OPD operator the items of their own OPD, PIMPINAN none); a file is
 * accepted only if its content is a PDF, a PNG/JPEG image or an office document matching its
 * extension, up to {@code pantau.upload.max-size} (20 MB). Downloading needs the right to read the
 * indicator: ADMIN, PIMPINAN and ASESOR read all; an OPD operator the items of indicators its OPD
 * leads or supports in that year, and items assigned to its OPD.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceFileService {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceFileService.class);
    private static final int MAX_NAME = 255;

    private final EvidenceFileRepository repository;
    private final EvidenceRepository items;
    private final EvidenceStorage storage;
    private final EvidenceService evidence;
    private final OwnershipService opds;
    private final CurrentUser currentUser;
    private final UserService users;
    private final Clock clock;
    private final AuditService audit;
    private final DataSize maxSize;
    private final TransactionTemplate transactions;

    EvidenceFileService(
            EvidenceFileRepository repository,
            EvidenceRepository items,
            EvidenceStorage storage,
            EvidenceService evidence,
            OwnershipService opds,
            CurrentUser currentUser,
            UserService users,
            Clock clock,
            PlatformTransactionManager transactionManager,
            AuditService audit,
            @Value("${pantau.upload.max-size:20MB}") DataSize maxSize) {
        this.repository = repository;
        this.items = items;
        this.storage = storage;
        this.evidence = evidence;
        this.opds = opds;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
        this.maxSize = maxSize;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The largest file accepted. */
    public DataSize maxSize() {
        return maxSize;
    }

    /** The accepted file extensions (without dot), in the order they are offered. */
    public List<String> acceptedExtensions() {
        return EvidenceFileTypes.EXTENSIONS;
    }

    /** The files of an item, oldest first. */
    public List<EvidenceFile> files(long evidenceId) {
        return repository.files(evidenceId);
    }

    /** The files of a year's checklist by item id. */
    public Map<Long, List<EvidenceFile>> filesOfYear(String instansiCode, int year) {
        return repository.filesOfYear(instansiCode, year);
    }

    /** Whether the signed-in user may download the files of the item. */
    public boolean canRead(EvidenceItem item) {
        return readable().test(item);
    }

    /**
     * What the signed-in user may download, decided once (for a whole grid): everything for ADMIN,
     * PIMPINAN and ASESOR; for an OPD operator the items of their OPD and of the indicators their OPD
     * leads or supports in the item's year; nothing otherwise.
     */
    public Predicate<EvidenceItem> readable() {
        if (currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.PIMPINAN) || currentUser.hasRole(Role.ASESOR)) {
            return item -> true;
        }
        if (!currentUser.hasRole(Role.OPERATOR_OPD)) {
            return item -> false;
        }
        Long own = ownOpd().orElse(null);
        if (own == null) {
            return item -> false;
        }
        Map<String, Map<String, Ownership>> ownership = new HashMap<>();
        return item -> {
            if (own.equals(item.opdId())) {
                return true;
            }
            Ownership o = ownership
                    .computeIfAbsent(
                            item.instansiCode() + "/" + item.year(),
                            k -> opds.ownership(item.instansiCode(), item.year()))
                    .get(item.indicatorCode());
            return o != null && (own.equals(o.leadOpdId()) || o.supportOpdIds().contains(own));
        };
    }

    private Optional<Long> ownOpd() {
        return currentUser.username().flatMap(users::find).map(AppUser::opdId);
    }

    /**
     * Stores a file as a document of an item: received into a temporary file and checked (size,
     * content type against extension) first, then moved into place and recorded in one transaction
     * (joining the caller's, if any); if that transaction rolls back, the file is removed again.
     * A Belum item becomes Diunggah; the item gets a new version.
     *
     * @throws UploadRejectedException for a file that is too large, empty or not an allowed type
     * @throws AccessDeniedException for a user who may not edit the item
     * @throws UserMessageException for an item removed meanwhile
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    @PreAuthorize("hasAnyRole('ADMIN', 'ASESOR', 'OPERATOR_OPD')")
    public EvidenceFileChange upload(long evidenceId, String fileName, InputStream content) {
        EvidenceItem item = editableItem(evidenceId);
        String name = cleanName(fileName);
        // received and checked before the transaction, so a slow upload holds no database connection
        EvidenceStorage.Received received = storage.receive(name, content, maxSize.toBytes());
        try {
            String contentType = EvidenceFileTypes.check(name, received.path());
            return transactions.execute(status -> {
                String key = storage.keep(received, item.year());
                String user = currentUser.username().orElse("?");
                OffsetDateTime now = OffsetDateTime.now(clock);
                repository.insert(item.id(), name, contentType, received.size(), received.sha256(), key, user, now);
                repository.documentAdded(item.id(), user, now);
                audit.record(
                        AuditAction.EVIDENCE_FILE_ADDED,
                        EvidenceService.auditKey(item),
                        EvidenceService.auditScope(item),
                        null,
                        name,
                        contentType + ", " + received.size() + " B");
                return change(item.id());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            storage.discard(received);
        }
    }

    /**
     * Removes an uploaded file (same rule as uploading). The bytes are deleted once the removal is
     * committed. An item left without any document goes back from Diunggah to Belum.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'ASESOR', 'OPERATOR_OPD')")
    public EvidenceFileChange delete(long fileId) {
        EvidenceFileRepository.Stored stored =
                repository.find(fileId).orElseThrow(() -> new UserMessageException("evidence.file.notFound"));
        EvidenceItem item = editableItem(stored.file().evidenceId());
        repository.delete(fileId);
        audit.record(
                AuditAction.EVIDENCE_FILE_REMOVED,
                EvidenceService.auditKey(item),
                EvidenceService.auditScope(item),
                stored.file().originalName(),
                null,
                null);
        repository.documentRemoved(item.id(), currentUser.username().orElse("?"), OffsetDateTime.now(clock));
        storage.deleteAfterCommit(List.of(stored.storageKey()));
        return change(item.id());
    }

    /** A file to send: its record and where its bytes are. */
    public record Download(EvidenceFile file, Path path) {}

    /**
     * The file for a download, if it exists (record and bytes).
     *
     * @throws AccessDeniedException for a user who may not read the item's indicator
     */
    public Optional<Download> download(long fileId) {
        Optional<EvidenceFileRepository.Stored> stored = repository.find(fileId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        EvidenceItem item = items.item(stored.get().file().evidenceId()).orElse(null);
        if (item == null) {
            return Optional.empty();
        }
        if (!canRead(item)) {
            throw new AccessDeniedException("evidence file " + fileId + " is not readable for this user");
        }
        Path path = storage.resolve(stored.get().storageKey());
        if (!Files.isRegularFile(path)) {
            LOG.warn("Evidence file {} is recorded but missing at {}", fileId, path);
            return Optional.empty();
        }
        return Optional.of(new Download(stored.get().file(), path));
    }

    private EvidenceItem editableItem(long evidenceId) {
        EvidenceItem item = items.item(evidenceId).orElseThrow(() -> new UserMessageException("evidence.gone"));
        if (!evidence.canEdit(item)) {
            throw new AccessDeniedException("evidence item " + item.id() + " may not be changed by this user");
        }
        return item;
    }

    private EvidenceFileChange change(long evidenceId) {
        return new EvidenceFileChange(items.item(evidenceId).orElseThrow(), repository.files(evidenceId));
    }

    /**
     * The name to show and offer for download: without any folder part a browser may send, without
     * control characters, at most 255 characters (the extension kept).
     */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "berkas";
        }
        if (name.length() > MAX_NAME) {
            String extension = EvidenceFileTypes.extension(name);
            int keep = MAX_NAME - (extension.isEmpty() ? 0 : extension.length() + 1);
            name = extension.isEmpty() || extension.length() > 10
                    ? name.substring(0, MAX_NAME)
                    : name.substring(0, keep) + "." + extension;
        }
        return name;
    }
}
