package vn.chungtay.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.store.StoreException;

/**
 * Turns a failed command into clear lines on the error stream and an exit code: rejected input is 3 (nothing was
 * changed), everything else 1. Never a stack trace; the trace goes to the log at debug level.
 */
final class CliErrors implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CliErrors.class);

    private final Messages messages;

    CliErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        LOG.debug("command failed", e);
        int code;
        if (e instanceof ValidationException invalid) {
            err.println(messages.get("cli.error.rejected"));
            err.println(messages.describe(invalid.violations()));
            code = ExitCode.REJECTED;
        } else if (e instanceof AccessDeniedException denied) {
            err.println(messages.get("error.access-denied", denied.unitCode()));
            code = ExitCode.REJECTED;
        } else if (e instanceof StoreException store) {
            err.println(messages.get(store.reason().messageKey(), store.where()));
            code = ExitCode.FAILED;
        } else {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println(messages.get("cli.error.unexpected", detail));
            code = ExitCode.FAILED;
        }
        err.flush();
        return code;
    }
}
