package vn.chungtay.app.report;

import java.util.Objects;

/**
 * One signature place at the foot of a report: on whose behalf ("TM. ỦY BAN NHÂN DÂN", may be empty), the signer's
 * title ("CHỦ TỊCH", "NGƯỜI LẬP BIỂU", "TRƯỞNG THÔN") and the hint under it ("(Ký, ghi rõ họ tên)").
 */
public record Signer(String onBehalfOf, String title, String hint) {

    public Signer {
        onBehalfOf = Objects.requireNonNullElse(onBehalfOf, "");
        Objects.requireNonNull(title, "title");
        hint = Objects.requireNonNullElse(hint, "");
    }
}
