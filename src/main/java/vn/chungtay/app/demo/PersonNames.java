package vn.chungtay.app.demo;

import java.util.SplittableRandom;
import vn.chungtay.domain.household.Sex;

/**
 * Chooses the naming pattern by ethnic group. A person's "lineage" is what passes from parent to child: the family
 * name for the Kinh pattern (from the father), the clan for the Gia-rai (from the mother), "Đinh" or nothing for the
 * Ba Na, nothing for the peoples who write only "A" and "Y".
 */
final class PersonNames {

    private PersonNames() {
    }

    static String lineage(String ethnicity, SplittableRandom random) {
        if (HighlandNames.names(ethnicity)) {
            return HighlandNames.lineage(ethnicity, random);
        }
        return KinhNames.family(ethnicity, random);
    }

    static boolean matrilineal(String ethnicity) {
        return HighlandNames.matrilineal(ethnicity);
    }

    /** The full name of a person with this lineage; a missing family name of the Kinh pattern is drawn. */
    static String fullName(String ethnicity, String lineage, Sex sex, int birthYear, SplittableRandom random) {
        if (HighlandNames.names(ethnicity)) {
            return HighlandNames.fullName(ethnicity, lineage, sex, random);
        }
        String family = lineage.isEmpty() ? KinhNames.family(ethnicity, random) : lineage;
        return KinhNames.fullName(family, sex, birthYear, random);
    }
}
