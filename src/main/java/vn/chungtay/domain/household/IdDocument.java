package vn.chungtay.domain.household;

import java.util.Objects;

/** An identity document: its type and number (digits only, empty for {@link IdType#NONE}). */
public record IdDocument(IdType type, String number) {

    public static final IdDocument NONE = new IdDocument(IdType.NONE, "");

    public IdDocument {
        Objects.requireNonNull(type, "type");
        number = number == null ? "" : number;
    }
}
