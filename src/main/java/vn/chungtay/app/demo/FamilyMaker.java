package vn.chungtay.app.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;

/**
 * Who lives in a household: the head, usually a spouse of the other sex, children spaced a few years apart, and in
 * some households the head's parents or a married child with a spouse and grandchildren. Ages fit the relationships
 * (a mother is 17–44 at each birth), and each member gets an ethnic group and the lineage passed on in that group
 * (see {@link PersonNames}).
 *
 * <p>Sizes run from 1 to 10 members (DOMAIN.md §7) with a mean of about 4.2 (~540,000 people in 130,000 households,
 * DESIGN.md): Kinh households are smaller (mean about 3.8) than those of the highland peoples (about 4.6), whose heads
 * are also younger. About a fifth of Kinh households are headed by a woman, fewer among the minorities.
 */
final class FamilyMaker {

    /** A member before names and papers: relationship to the head, sex, age on the reference day, group, lineage. */
    record Sketch(Relationship relationship, Sex sex, int age, String ethnicity, String lineage) {
    }

    private static final List<Integer> SIZES = IntStream.rangeClosed(1, 10).boxed().toList();
    private static final Weighted<Integer> KINH_SIZES =
            Weighted.of(SIZES, new double[] {7, 16, 20, 27, 15, 8, 4, 2, 0.7, 0.3});
    private static final Weighted<Integer> MINORITY_SIZES =
            Weighted.of(SIZES, new double[] {4, 10, 15, 22, 19, 13, 8, 5, 2.5, 1.5});
    /** Heads' ages: decades from 20 (18 for minorities, who marry younger) to 89. */
    private static final int[] AGE_FROM = {20, 30, 40, 50, 60, 70, 80};
    private static final int[] AGE_TO = {29, 39, 49, 59, 69, 79, 89};
    private static final Weighted<Integer> KINH_HEAD_DECADE =
            Weighted.of(List.of(0, 1, 2, 3, 4, 5, 6), new double[] {10, 24, 25, 20, 13, 6, 2});
    private static final Weighted<Integer> MINORITY_HEAD_DECADE =
            Weighted.of(List.of(0, 1, 2, 3, 4, 5, 6), new double[] {18, 28, 24, 15, 9, 5, 1});

    private final SplittableRandom random;

    FamilyMaker(SplittableRandom random) {
        this.random = random;
    }

    /** The members of one household whose head belongs to {@code headEthnicity}, head first. */
    List<Sketch> compose(String headEthnicity, EthnicMix mix) {
        boolean minority = !headEthnicity.equals("01");
        Family f = new Family((minority ? MINORITY_SIZES : KINH_SIZES).draw(random));
        int decade = (minority ? MINORITY_HEAD_DECADE : KINH_HEAD_DECADE).draw(random);
        int headAge = (decade == 0 && minority ? 18 : AGE_FROM[decade]) + random.nextInt(AGE_TO[decade]
                - (decade == 0 && minority ? 18 : AGE_FROM[decade]) + 1);
        Sex headSex = random.nextDouble() < (minority ? 0.14 : 0.22) ? Sex.FEMALE : Sex.MALE;
        Sketch head = f.add(Relationship.HEAD, headSex, headAge, headEthnicity,
                PersonNames.lineage(headEthnicity, random));
        Sketch spouse = null;
        if (f.left() > 0 && random.nextDouble() < (headSex == Sex.MALE ? 0.93 : 0.4)) {
            int gap = random.nextInt(8);
            int age = headSex == Sex.MALE ? Math.max(17, headAge - gap) : Math.min(95, headAge + gap);
            String ethnicity = random.nextDouble() < 0.94 ? headEthnicity : mix.drawHead(random);
            spouse = f.add(Relationship.SPOUSE, other(headSex), age, ethnicity, PersonNames.lineage(ethnicity, random));
        }
        Couple couple = new Couple(head, spouse);
        int youngestAllowed = Integer.MAX_VALUE;
        if (headAge >= 50 && f.left() >= 2 && random.nextDouble() < 0.5) {
            youngestAllowed = marriedChild(f, couple, minority, mix);
        } else if (headAge <= 45 && f.left() >= 2 && random.nextDouble() < 0.15) {
            parents(f, head);
        }
        children(f, couple, minority, youngestAllowed);
        relatives(f, head);
        f.members.sort(Comparator.comparingInt((Sketch s) -> rank(s.relationship()))
                .thenComparing(Comparator.comparingInt(Sketch::age).reversed()));
        return f.members;
    }

    /**
     * A married child staying with the parents, the child's spouse and their children. Among the matrilineal
     * Gia-rai it is usually a daughter whose husband moved in; elsewhere usually a son. Returns the age below which
     * the head's own younger children may follow.
     */
    private int marriedChild(Family f, Couple parents, boolean minority, EthnicMix mix) {
        boolean daughter = random.nextDouble() < (PersonNames.matrilineal(parents.first().ethnicity()) ? 0.7 : 0.25);
        int age = Math.max(18, parents.motherAge() - firstBirthAge(minority));
        Sketch adult = child(f, Relationship.CHILD, daughter ? Sex.FEMALE : Sex.MALE, age, parents);
        Sketch inLaw = null;
        if (f.left() > 0 && random.nextDouble() < 0.85) {
            String ethnicity = random.nextDouble() < 0.9 ? parents.first().ethnicity() : mix.drawHead(random);
            int inLawAge = Math.max(17, age + (daughter ? random.nextInt(6) : -random.nextInt(6)));
            inLaw = f.add(Relationship.CHILD_IN_LAW, other(adult.sex()), inLawAge, ethnicity,
                    PersonNames.lineage(ethnicity, random));
        }
        Couple young = new Couple(adult, inLaw);
        for (int g = young.motherAge() - firstBirthAge(minority); f.left() > 0 && g >= 0;
             g -= 1 + random.nextInt(4)) {
            child(f, Relationship.GRANDCHILD, randomSex(), g, young);
        }
        return age - 1 - random.nextInt(4);
    }

    /** The head's own children, eldest first, while the mother's age at birth stays plausible. */
    private void children(Family f, Couple couple, boolean minority, int youngestAllowed) {
        int motherAge = couple.motherAge();
        int age = Math.min(youngestAllowed, motherAge - firstBirthAge(minority));
        while (f.left() > 0 && age >= 0 && motherAge - age <= 44) {
            child(f, Relationship.CHILD, randomSex(), age, couple);
            age -= 1 + random.nextInt(minority ? 3 : 4);
        }
    }

    /** One or both of the head's parents, living with a young head; more often the widowed mother. */
    private void parents(Family f, Sketch head) {
        int motherAge = Math.min(95, head.age() + 20 + random.nextInt(13));
        boolean both = f.left() >= 3 && random.nextDouble() < 0.4;
        boolean father = both || random.nextDouble() < 0.3;
        boolean mother = both || !father;
        Sex lineageSex = PersonNames.matrilineal(head.ethnicity()) ? Sex.FEMALE : Sex.MALE;
        if (father) {
            f.add(Relationship.PARENT, Sex.MALE, Math.min(98, motherAge + random.nextInt(7)), head.ethnicity(),
                    lineageSex == Sex.MALE ? head.lineage() : PersonNames.lineage(head.ethnicity(), random));
        }
        if (mother) {
            f.add(Relationship.PARENT, Sex.FEMALE, motherAge, head.ethnicity(),
                    lineageSex == Sex.FEMALE ? head.lineage() : PersonNames.lineage(head.ethnicity(), random));
        }
    }

    /** Places left when the family ran out of children: grandchildren of an older head, siblings, others. */
    private void relatives(Family f, Sketch head) {
        while (f.left() > 0) {
            double x = random.nextDouble();
            if (head.age() >= 45 && x < 0.6) {
                f.add(Relationship.GRANDCHILD, randomSex(), random.nextInt(Math.min(18, head.age() - 38)),
                        head.ethnicity(), PersonNames.lineage(head.ethnicity(), random));
            } else if (x < 0.8) {
                int age = Math.max(0, Math.min(95, head.age() - 12 + random.nextInt(25)));
                f.add(Relationship.SIBLING, randomSex(), age, head.ethnicity(), head.lineage());
            } else {
                f.add(Relationship.OTHER, randomSex(), random.nextInt(80), head.ethnicity(),
                        PersonNames.lineage(head.ethnicity(), random));
            }
        }
    }

    /** A child of the couple: the father's group and line for most peoples, the mother's line for the Gia-rai. */
    private Sketch child(Family f, Relationship relationship, Sex sex, int age, Couple parents) {
        String ethnicity = parents.second() == null || random.nextDouble() < 0.9 ? parents.first().ethnicity()
                : parents.second().ethnicity();
        Sketch lineParent = PersonNames.matrilineal(ethnicity) ? parents.mother() : parents.father();
        String lineage = lineParent != null && lineParent.ethnicity().equals(ethnicity) ? lineParent.lineage()
                : PersonNames.lineage(ethnicity, random);
        return f.add(relationship, sex, age, ethnicity, lineage);
    }

    /** The mother's age at her first child: earlier in the highlands. */
    private int firstBirthAge(boolean minority) {
        return minority ? 17 + random.nextInt(8) : 19 + random.nextInt(9);
    }

    private Sex randomSex() {
        return random.nextDouble() < 0.51 ? Sex.MALE : Sex.FEMALE;
    }

    private static Sex other(Sex sex) {
        return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    }

    /** The order of a household list: head, spouse, parents, children, their spouses, grandchildren, others. */
    private static int rank(Relationship r) {
        return switch (r) {
            case HEAD -> 0;
            case SPOUSE -> 1;
            case PARENT, GRANDPARENT -> 2;
            case CHILD -> 3;
            case CHILD_IN_LAW -> 4;
            case GRANDCHILD -> 5;
            case SIBLING -> 6;
            case OTHER -> 7;
        };
    }

    /** Two partners: the first always there (the head, or the married child), the second possibly missing. */
    private record Couple(Sketch first, Sketch second) {

        Sketch mother() {
            return first.sex() == Sex.FEMALE ? first : second != null && second.sex() == Sex.FEMALE ? second : null;
        }

        Sketch father() {
            return first.sex() == Sex.MALE ? first : second != null && second.sex() == Sex.MALE ? second : null;
        }

        /** The mother's age, or for a parent alone a few years below the father's. */
        int motherAge() {
            Sketch mother = mother();
            return mother != null ? mother.age() : Math.max(16, first.age() - 3);
        }
    }

    /** The members so far and how many places are left. */
    private static final class Family {

        final List<Sketch> members = new ArrayList<>();
        final int size;

        Family(int size) {
            this.size = size;
        }

        int left() {
            return size - members.size();
        }

        Sketch add(Relationship relationship, Sex sex, int age, String ethnicity, String lineage) {
            Sketch s = new Sketch(relationship, sex, Math.max(0, Math.min(98, age)), ethnicity, lineage);
            members.add(s);
            return s;
        }
    }
}
