package vn.chungtay.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import vn.chungtay.app.i18n.Messages;

/** A usage error: the reason and a pointer to {@code --help}, exit code 2; the full help is not dumped. */
final class CliUsageErrors implements IParameterExceptionHandler {

    private final Messages messages;

    CliUsageErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(e.getMessage());
        err.println(messages.get("cli.error.see-help", commandLine.getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCode.USAGE;
    }
}
