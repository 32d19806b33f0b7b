package vn.chungtay.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import picocli.CommandLine;
import vn.chungtay.app.i18n.Messages;

/**
 * Builds and runs the command line: help texts from the CLI bundle in the language of {@code --lang}, UTF-8 output
 * whatever the terminal's locale, and errors as one clear line with the exit codes of DESIGN.md.
 */
public final class Cli {

    private final GuiLauncher gui;
    private final Clock clock;

    public Cli(GuiLauncher gui, Clock clock) {
        this.gui = gui;
        this.clock = clock;
    }

    /** Runs the arguments, writing to the given streams; returns the exit code. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        Locale locale = Messages.localeOf(languageArgument(args));
        Messages messages = new Messages(locale);
        CommandLine commandLine = new CommandLine(new ChungTayCommand(gui, clock));
        commandLine.setResourceBundle(Messages.load(Messages.CLI_BUNDLE, locale));
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        commandLine.setExecutionExceptionHandler(new CliErrors(messages));
        commandLine.setParameterExceptionHandler(new CliUsageErrors(messages));
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.FAILED);
        return commandLine.execute(args);
    }

    /** The value of {@code --lang} wherever it stands, read before picocli parses so that its help is localised. */
    static String languageArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return "vi";
    }
}
