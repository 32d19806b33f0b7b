package vn.chungtay.ui.household;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.BirthDate;
import vn.chungtay.domain.household.IdDocument;
import vn.chungtay.domain.household.IdNumberHolder;
import vn.chungtay.domain.household.IdType;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.household.MemberDetails;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.household.WorkStatus;

/**
 * One member row of the household form, buffered as typed. The birth is kept as text ("05/03/1980" or "1980") until
 * the draft is built; typing an ID number while the type is "none" switches the type to CCCD, the usual case.
 */
public final class MemberRowViewModel {

    private final UUID id;
    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final StringProperty birth = new SimpleStringProperty("");
    private final ObjectProperty<EthnicGroup> ethnicity = new SimpleObjectProperty<>();
    private final ObjectProperty<Relationship> relationship = new SimpleObjectProperty<>();
    private final ObjectProperty<IdType> idType = new SimpleObjectProperty<>(IdType.NONE);
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final ObjectProperty<WorkStatus> workStatus = new SimpleObjectProperty<>();
    private final StringProperty healthInsurance = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<List<IdNumberHolder>> otherHolders = new SimpleObjectProperty<>(List.of());

    MemberRowViewModel(UUID id) {
        this.id = id;
        idNumber.addListener((obs, old, now) -> {
            boolean typed = now != null && !now.isBlank();
            if (typed && idType.get() == IdType.NONE) {
                idType.set(IdType.CCCD);
            } else if (!typed && idType.get() == IdType.CCCD && old != null && !old.isBlank()) {
                idType.set(IdType.NONE);
            }
        });
    }

    /** A row filled from a stored member. */
    static MemberRowViewModel of(Member member, List<EthnicGroup> groups) {
        MemberRowViewModel row = new MemberRowViewModel(member.id());
        MemberDetails d = member.details();
        row.fullName.set(d.fullName());
        row.sex.set(d.sex());
        row.birth.set(d.birth().format());
        row.ethnicity.set(groups.stream().filter(g -> g.code().equals(d.ethnicity())).findFirst().orElse(null));
        row.relationship.set(d.relationship());
        row.idType.set(d.idDocument().type());
        row.idNumber.set(d.idDocument().number());
        row.workStatus.set(d.workStatus());
        row.healthInsurance.set(d.healthInsuranceNumber());
        row.note.set(d.note());
        return row;
    }

    /** The details as typed; {@code birth} is empty when the birth text is not a date or year. */
    MemberDetails details() {
        BirthDate parsedBirth = parsedBirth().orElse(null);
        String ethnicCode = ethnicity.get() == null ? "" : ethnicity.get().code();
        IdType type = idType.get() == null ? IdType.NONE : idType.get();
        return new MemberDetails(fullName.get(), sex.get(), parsedBirth, ethnicCode, relationship.get(),
                new IdDocument(type, idNumber.get()), workStatus.get(), healthInsurance.get(), note.get());
    }

    Optional<BirthDate> parsedBirth() {
        return BirthDate.parse(birth.get());
    }

    /** True when the birth was typed but is neither a date nor a year. */
    boolean birthUnreadable() {
        return !birth.get().isBlank() && parsedBirth().isEmpty();
    }

    /** Everything a person can change in the row, for dirty tracking. */
    List<Object> state() {
        return java.util.Arrays.asList(fullName.get(), sex.get(), birth.get(), ethnicity.get(), relationship.get(),
                idType.get(), idNumber.get(), workStatus.get(), healthInsurance.get(), note.get());
    }

    Observable[] observables() {
        return new Observable[] {fullName, sex, birth, ethnicity, relationship, idType, idNumber, workStatus,
            healthInsurance, note};
    }

    public UUID id() {
        return id;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public StringProperty birthProperty() {
        return birth;
    }

    public ObjectProperty<EthnicGroup> ethnicityProperty() {
        return ethnicity;
    }

    public ObjectProperty<Relationship> relationshipProperty() {
        return relationship;
    }

    public ObjectProperty<IdType> idTypeProperty() {
        return idType;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public ObjectProperty<WorkStatus> workStatusProperty() {
        return workStatus;
    }

    public StringProperty healthInsuranceProperty() {
        return healthInsurance;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Members of other households who hold the same ID number (a warning, not an error). */
    public ObjectProperty<List<IdNumberHolder>> otherHoldersProperty() {
        return otherHolders;
    }
}
