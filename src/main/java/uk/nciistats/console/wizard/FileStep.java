package uk.nciistats.console.wizard;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.shared.Registration;
import uk.nciistats.console.layout.Notices;
import uk.nciistats.dataimport.spreadsheet.sheet.Sheet;
import uk.nciistats.dataimport.spreadsheet.sheet.SheetReader;
import uk.nciistats.dataimport.spreadsheet.sheet.UnreadableSheetException;

/** Step 1: the spreadsheet, CSV or XLSX, read in the server; fires the sheet read (or null when refused). */
class FileStep extends WizardStep {
    private final Span fileSummary = new Span("No file yet.");
    private final Upload upload;

    FileStep() {
        super("1. The spreadsheet (CSV or Excel XLSX)");
        var ui = UI.getCurrent();
        upload = new Upload(new SpreadsheetUpload((fileName, bytes) -> ui.access(() -> read(fileName, bytes)),
                refusal -> ui.access(() -> refuse(refusal))));
        upload.setId("upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        // the browser's own checks, before anything is sent; the server checks the size again
        upload.setMaxFileSize(SheetReader.MAX_BYTES);
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(SpreadsheetUpload.TOO_LARGE)
                .setIncorrectFileType("The wizard reads CSV and Excel (XLSX) files only: save the sheet as one of them.")
                .setTooManyFiles("The wizard reads one file at a time: remove the file shown first.")));
        upload.addFileRejectedListener(e -> Notices.refused(e.getErrorMessage()));
        fileSummary.setId("file-summary");
        add(upload, fileSummary);
    }

    Registration addSheetListener(ComponentEventListener<SheetEvent> listener) {
        return addListener(SheetEvent.class, listener);
    }

    private void read(String fileName, byte[] bytes) {
        // the summary names the file read; the upload is free for a corrected file at once
        upload.clearFileList();
        try {
            var sheet = SheetReader.read(fileName, bytes);
            fileSummary.setText(fileName + ": " + CheckStep.count(sheet.rows().size(), "row") + ", columns "
                    + String.join(", ", sheet.columns()));
            fireEvent(new SheetEvent(this, sheet));
        } catch (UnreadableSheetException e) {
            refuse(e.getMessage());
        }
    }

    private void refuse(String why) {
        fileSummary.setText(why);
        Notices.refused(why);
        fireEvent(new SheetEvent(this, null));
    }

    /** A file was read ({@code sheet}), or refused (null). */
    static final class SheetEvent extends ComponentEvent<FileStep> {
        private final transient Sheet sheet;

        SheetEvent(FileStep source, Sheet sheet) {
            super(source, false);
            this.sheet = sheet;
        }

        Sheet sheet() {
            return sheet;
        }
    }
}
