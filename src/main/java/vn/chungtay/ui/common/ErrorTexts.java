package vn.chungtay.ui.common;

import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.app.work.CancelledException;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.store.StoreException;

/** Turns a failure of background work into a sentence a person can act on. */
public final class ErrorTexts {

    private ErrorTexts() {
    }

    public static String describe(Throwable error, Messages messages) {
        if (error instanceof ValidationException invalid) {
            StringBuilder out = new StringBuilder();
            invalid.violations().forEach(v -> out.append(out.length() > 0 ? "\n" : "").append(messages.get(v)));
            return out.toString();
        }
        if (error instanceof AccessDeniedException denied) {
            return messages.get("error.access-denied", denied.unitCode());
        }
        if (error instanceof StoreException store) {
            return messages.get(store.reason().messageKey(), store.where());
        }
        if (error instanceof CancelledException) {
            return messages.get("error.cancelled");
        }
        return messages.get("error.unexpected", error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getMessage());
    }
}
