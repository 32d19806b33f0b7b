package vn.chungtay.cli;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.startup.StartupExit;
import vn.chungtay.store.DbLocation;

/**
 * {@code chungtay [--db DIR] [--lang vi|en] [COMMAND]}: without a command it opens the desktop program; the options
 * apply to every command.
 */
@Command(name = "chungtay", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {DemoCommand.class, StatsCommand.class, ClassifyCommand.class, ExportCommand.class,
            ImportCommand.class, ConflictsCommand.class, ReportCommand.class, BenchCommand.class})
public final class ChungTayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", descriptionKey = "db")
    String db;

    @Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "lang")
    Language lang;

    /**
     * Hidden, for timing the start (installer/cold-start.sh): exit as soon as the window shows, printing the
     * milliseconds since the process started.
     */
    @Option(names = "--exit-when-shown", hidden = true)
    boolean exitWhenShown;

    /** Hidden, for timing: exit once the database is open and the first screen is laid out, printing both times. */
    @Option(names = "--exit-when-ready", hidden = true)
    boolean exitWhenReady;

    /** The languages of the program. */
    enum Language { vi, en }

    private final GuiLauncher gui;
    private final Clock clock;

    ChungTayCommand(GuiLauncher gui, Clock clock) {
        this.gui = gui;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Locale asked = lang == null ? null : locale();
        if (exitWhenShown || exitWhenReady) {
            return gui.launch(location(), asked, exitWhenReady ? StartupExit.READY : StartupExit.SHOWN);
        }
        return gui.launch(location(), asked);
    }

    /** Where the database is: {@code --db}, or the default folder in the user's data folder. */
    DbLocation location() {
        return db != null ? DbLocation.parse(db) : DbLocation.folder(DataFolder.defaultFolder());
    }

    Locale locale() {
        return Messages.localeOf(lang == null ? "vi" : lang.name());
    }

    Messages messages() {
        return new Messages(locale());
    }

    AppServices openServices() {
        return AppServices.open(location(), clock);
    }
}
