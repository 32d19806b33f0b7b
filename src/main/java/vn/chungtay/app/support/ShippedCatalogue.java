package vn.chungtay.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.chungtay.domain.support.SupportForm;

/** The programmes and support kinds shipped with the program ({@code support/programmes.json}, DOMAIN.md §3). */
final class ShippedCatalogue {

    private static final String RESOURCE = "/support/programmes.json";

    record ShippedKind(String code, String name, String nameEn, SupportForm form) {
    }

    record ShippedProgramme(String code, String name, String nameEn, String legalBasis, List<ShippedKind> kinds) {
    }

    private ShippedCatalogue() {
    }

    static List<ShippedProgramme> load() {
        try (InputStream in = ShippedCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the program");
            }
            List<ShippedProgramme> out = new ArrayList<>();
            for (JsonNode p : new ObjectMapper().readTree(in).get("programmes")) {
                List<ShippedKind> kinds = new ArrayList<>();
                for (JsonNode k : p.get("kinds")) {
                    kinds.add(new ShippedKind(k.get("code").asText(), k.get("name").asText(), k.get("nameEn").asText(),
                            SupportForm.valueOf(k.get("form").asText())));
                }
                out.add(new ShippedProgramme(p.get("code").asText(), p.get("name").asText(), p.get("nameEn").asText(),
                        p.get("legalBasis").asText(), kinds));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
