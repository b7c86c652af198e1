package id.pantauspbe.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pantauspbe.base.ExportFile;
import id.pantauspbe.base.UserMessageException;
import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.evaluation.Instansi;
import id.pantauspbe.exchange.ExchangeService;
import id.pantauspbe.exchange.ExportFormat;
import id.pantauspbe.exchange.ImportKind;
import id.pantauspbe.exchange.ImportProblem;
import id.pantauspbe.exchange.ImportResult;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * "Impor & Ekspor" for administrators: upload a CSV/XLSX file of values or targets and see either
 * what was stored or, row by row and column by column, why nothing was; download the templates;
 * export an instansi's values in the same format.
 */
@Route("impor")
@Menu(title = "nav.exchange", order = 10, icon = "EXCHANGE")
@RolesAllowed("ADMIN")
public class ImportView extends Main implements HasDynamicTitle {

    private final transient ExchangeService exchange;
    private final transient AuthenticationContext authentication;
    private final Select<ImportKind> kindField = new Select<>();
    private final Upload upload;
    private final Paragraph status = new Paragraph();
    private final Grid<ImportProblem> problems = new Grid<>();
    private Grid.Column<ImportProblem> messageColumn;
    private final ComboBox<Instansi> exportInstansi = new ComboBox<>();
    private final Select<Integer> exportYear = new Select<>();
    // read by the upload and download requests, which run without the session lock
    private volatile ImportKind kind = ImportKind.HASIL;
    private volatile String exportCode;
    private volatile Integer exportYearValue;

    public ImportView(ExchangeService exchange, EvaluationService evaluation, AuthenticationContext authentication) {
        this.exchange = exchange;
        this.authentication = authentication;
        this.upload = new Upload(UploadHandler.inMemory(this::received));
        addClassName("exchange-view");
        H2 title = new H2(getTranslation("exchange.title"));
        title.addClassName("view-title");
        add(title, createImport(), createTemplates(), createExport(evaluation));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exchange.pageTitle");
    }

    private Component createImport() {
        kindField.setLabel(getTranslation("exchange.import.kind"));
        kindField.setItems(ImportKind.values());
        kindField.setItemLabelGenerator(k -> getTranslation("exchange.import.kind." + k.name()));
        kindField.setValue(ImportKind.HASIL);
        kindField.addClassName("import-kind");
        kindField.setWidth("20em");
        kindField.addValueChangeListener(e -> kind = e.getValue() == null ? ImportKind.HASIL : e.getValue());

        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv", ExportFormat.XLSX.contentType());
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int)
                Math.min(Integer.MAX_VALUE, exchange.limits().maxFileSize().toBytes()));
        upload.setUploadButton(new Button(getTranslation("exchange.import.upload")));
        upload.setDropLabel(new Span(getTranslation("exchange.import.drop")));
        upload.setI18n(createUploadI18n());
        upload.addClassName("import-upload");

        status.addClassName("import-status");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);

        problems.addClassName("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(p -> p.row() == null ? "–" : String.valueOf(p.row()))
                .setHeader(getTranslation("exchange.import.column.row"))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0)
                .setWidth("7em");
        problems.addColumn(p -> p.column() == null ? "–" : p.column())
                .setHeader(getTranslation("exchange.import.column.column"))
                .setFlexGrow(0)
                .setWidth("11em");
        messageColumn = problems.addColumn(
                        p -> getTranslation(p.key(), p.params().toArray()))
                .setHeader(getTranslation("exchange.import.column.message"))
                .setFlexGrow(1);
        problems.setVisible(false);

        Paragraph hint = new Paragraph(getTranslation("exchange.import.hint"));
        hint.addClassName("card-hint");
        Section card =
                new Section(new H3(getTranslation("exchange.import.title")), hint, kindField, upload, status, problems);
        card.addClassNames("card", "import-card");
        return card;
    }

    private UploadI18N createUploadI18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("exchange.import.upload"))
                .setMany(getTranslation("exchange.import.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("exchange.import.drop"))
                .setMany(getTranslation("exchange.import.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("exchange.upload.tooManyFiles"))
                .setFileIsTooBig(getTranslation(
                        "exchange.upload.fileIsTooBig", exchange.limits().maxFileMegabytes()))
                .setIncorrectFileType(getTranslation("exchange.upload.incorrectFileType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("exchange.upload.connecting"))
                        .setStalled(getTranslation("exchange.upload.stalled"))
                        .setProcessing(getTranslation("exchange.upload.processing"))
                        .setHeld(getTranslation("exchange.upload.held")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("exchange.upload.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("exchange.upload.unexpectedServerError"))
                        .setForbidden(getTranslation("exchange.upload.forbidden"))
                        .setFileTooLarge(getTranslation(
                                "exchange.upload.fileIsTooBig",
                                exchange.limits().maxFileMegabytes()))));
        return i18n;
    }

    private Component createTemplates() {
        Paragraph hint = new Paragraph(getTranslation("exchange.templates.hint"));
        hint.addClassName("card-hint");
        Div links = new Div();
        links.addClassName("download-links");
        for (ImportKind kind : ImportKind.values()) {
            Anchor link = new Anchor(
                    download(() -> Optional.of(exchange.template(kind))),
                    getTranslation("exchange.templates.download." + kind.name()));
            link.addClassName("template-" + kind.code());
            links.add(link);
        }
        Section card = new Section(new H3(getTranslation("exchange.templates.title")), hint, links);
        card.addClassNames("card", "templates-card");
        return card;
    }

    private Component createExport(EvaluationService evaluation) {
        List<Instansi> withValues = evaluation.instansi().stream()
                .filter(i -> i.kind() != Instansi.Kind.NASIONAL)
                .toList();
        exportInstansi.setLabel(getTranslation("exchange.export.instansi"));
        exportInstansi.setItems(withValues);
        exportInstansi.setItemLabelGenerator(Instansi::name);
        exportInstansi.addClassName("export-instansi");
        exportInstansi.setWidth("20em");
        exportYear.setLabel(getTranslation("exchange.export.year"));
        exportYear.setEmptySelectionAllowed(true);
        exportYear.setEmptySelectionCaption(getTranslation("exchange.export.allYears"));
        exportYear.setItemLabelGenerator(
                y -> y == null ? getTranslation("exchange.export.allYears") : String.valueOf(y));
        exportYear.addClassName("export-year");
        exportYear.addValueChangeListener(e -> exportYearValue = e.getValue());
        exportInstansi.addValueChangeListener(e -> {
            exportCode = e.getValue() == null ? null : e.getValue().code();
            exportYear.setItems(
                    e.getValue() == null
                            ? List.of()
                            : exchange.exportYears(e.getValue().code()).reversed());
            exportYear.clear();
        });
        evaluation.home().ifPresent(exportInstansi::setValue);

        Div links = new Div();
        links.addClassName("download-links");
        for (ExportFormat format : ExportFormat.values()) {
            Anchor link = new Anchor(
                    download(() -> Optional.ofNullable(exportCode)
                            .flatMap(code -> exchange.exportValues(code, exportYearValue, format))),
                    getTranslation("exchange.export.download." + format.name()));
            link.addClassName("export-" + format.extension());
            links.add(link);
        }
        Paragraph hint = new Paragraph(getTranslation("exchange.export.hint"));
        hint.addClassName("card-hint");
        Div filters = new Div(exportInstansi, exportYear);
        filters.addClassName("filters");
        Section card = new Section(new H3(getTranslation("exchange.export.title")), hint, filters, links);
        card.addClassNames("card", "export-card");
        return card;
    }

    /** Runs in the upload request; the import itself needs no UI lock, showing its result does. */
    private void received(UploadMetadata metadata, byte[] content) {
        String username = authentication.getPrincipalName().orElse("");
        try {
            ImportResult result = exchange.importFile(kind, metadata.fileName(), content, username);
            getUI().ifPresent(ui -> ui.access(() -> show(result)));
        } catch (UserMessageException refused) {
            // another import is running
            getUI().ifPresent(ui -> ui.access(() -> refused(refused)));
        }
    }

    private void refused(UserMessageException refused) {
        status.setVisible(true);
        status.removeClassNames("import-success", "import-failed");
        status.setText(getTranslation(refused.key(), refused.params()));
        status.addClassName("import-failed");
        problems.setVisible(false);
        upload.clearFileList();
    }

    private void show(ImportResult result) {
        status.setVisible(true);
        status.removeClassNames("import-success", "import-failed");
        if (result.valid()) {
            String text = getTranslation(
                    "exchange.import.success",
                    result.file(),
                    result.rows(),
                    result.inserted(),
                    result.updated(),
                    result.unchanged());
            if (!result.newInstansi().isEmpty()) {
                text += " " + getTranslation("exchange.import.newInstansi", String.join(", ", result.newInstansi()));
            }
            if (!result.notes().isEmpty()) {
                text += " "
                        + getTranslation("exchange.import.notes", result.notes().size());
            }
            status.setText(text);
            status.addClassName("import-success");
            messageColumn.setHeader(getTranslation("exchange.import.column.note"));
            problems.setItems(result.notes());
            problems.setAllRowsVisible(result.notes().size() <= 25);
            problems.setVisible(!result.notes().isEmpty());
            if (result.kind() == ImportKind.HASIL && exportInstansi.getValue() != null) {
                // the export choices follow what was just imported
                Integer selected = exportYear.getValue();
                exportYear.setItems(
                        exchange.exportYears(exportInstansi.getValue().code()).reversed());
                exportYear.setValue(selected);
            }
        } else {
            String text = getTranslation("exchange.import.failed", result.file(), result.problemCount());
            if (result.truncated()) {
                text += " "
                        + getTranslation(
                                "exchange.import.truncated", result.problems().size());
            }
            status.setText(text);
            status.addClassName("import-failed");
            messageColumn.setHeader(getTranslation("exchange.import.column.message"));
            problems.setItems(result.problems());
            // a short report in full; a long one scrolls
            problems.setAllRowsVisible(result.problems().size() <= 25);
            problems.setVisible(true);
        }
        upload.clearFileList();
    }

    private static DownloadHandler download(FileSource source) {
        return DownloadHandler.fromInputStream(event -> source.get()
                .map(f -> new DownloadResponse(
                        new ByteArrayInputStream(f.content()), f.fileName(), f.contentType(), f.content().length))
                .orElseGet(() -> DownloadResponse.error(404)));
    }

    @FunctionalInterface
    private interface FileSource extends Serializable {
        Optional<ExportFile> get();
    }
}
