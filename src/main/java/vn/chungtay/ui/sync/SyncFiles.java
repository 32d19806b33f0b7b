package vn.chungtay.ui.sync;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.sync.SyncFormat;

/**
 * Where the sync screens ask for files: the system's file dialogs, or (for a headless journey, where no native dialog
 * can be driven) whatever the window was given under {@link #KEY} in its properties.
 */
public interface SyncFiles {

    /** The key under which a window's properties may hold another {@code SyncFiles}. */
    String KEY = "chungtay.sync.files";

    /** Where to save a package; empty when the person cancelled. */
    Optional<Path> saveAs(Window owner, Path folder, String suggestedName);

    /** Packages to import; empty when the person cancelled. */
    List<Path> open(Window owner, Path folder);

    /** The window's own choice of dialogs, else the system's. */
    static SyncFiles of(Window owner, Messages messages) {
        Object given = owner == null ? null : owner.getProperties().get(KEY);
        return given instanceof SyncFiles files ? files : system(messages);
    }

    /** The system's file dialogs, showing packages only. */
    static SyncFiles system(Messages messages) {
        return new SyncFiles() {
            @Override
            public Optional<Path> saveAs(Window owner, Path folder, String suggestedName) {
                FileChooser chooser = chooser(folder, "sync.ui.export.save-title");
                chooser.setInitialFileName(suggestedName);
                File file = chooser.showSaveDialog(owner);
                return Optional.ofNullable(file).map(File::toPath);
            }

            @Override
            public List<Path> open(Window owner, Path folder) {
                List<File> files = chooser(folder, "sync.ui.import.open-title").showOpenMultipleDialog(owner);
                return files == null ? List.of() : files.stream().map(File::toPath).toList();
            }

            private FileChooser chooser(Path folder, String titleKey) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get(titleKey));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        messages.get("sync.ui.file-kind"), "*" + SyncFormat.EXTENSION));
                File start = folder == null ? new File(System.getProperty("user.home")) : folder.toFile();
                if (start.isDirectory()) {
                    chooser.setInitialDirectory(start);
                }
                return chooser;
            }
        };
    }
}
