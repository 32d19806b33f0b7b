package vn.chungtay.app.sync;

import java.util.List;

/**
 * A package that failed verification or validation: nothing of it was applied. The reason is a message key with its
 * figures (entry, line, field where a row is at fault), for the GUI's report and the command line's exit code 3.
 */
public class PackageRejectedException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public PackageRejectedException(String messageKey, List<Object> args) {
        super(messageKey + " " + args);
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
    }

    public static PackageRejectedException of(String messageKey, Object... args) {
        return new PackageRejectedException(messageKey, List.of(args));
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
