package vn.chungtay.app.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.NOW;
import static vn.chungtay.testsupport.Fixtures.PROVINCE;
import static vn.chungtay.testsupport.Fixtures.commune;
import static vn.chungtay.testsupport.Fixtures.province;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.AppServices;
import vn.chungtay.domain.identity.AppUser;
import vn.chungtay.domain.identity.Installation;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitDetails;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.testsupport.Fixtures;

class IdentityServiceTest {

    private AppServices services;
    private IdentityService identity;

    @BeforeEach
    void open() {
        services = Fixtures.services();
        identity = services.identity();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static byte[] sign(byte[] privateKey, byte[] message) throws Exception {
        PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(privateKey));
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(key);
        s.update(message);
        return s.sign();
    }

    private static boolean verify(byte[] publicKey, byte[] message, byte[] signature) throws Exception {
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicKey));
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(key);
        s.update(message);
        return s.verify(signature);
    }

    @Test
    void theInstallationIsMadeOnceWithAWorkingEd25519KeyPair() throws Exception {
        Installation first = identity.localInstallation();
        Installation again = identity.localInstallation();

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.publicKey()).isEqualTo(first.publicKey());
        assertThat(again.privateKey()).isEqualTo(first.privateKey());
        assertThat(first.local()).isTrue();
        assertThat(first.createdAt()).isEqualTo(NOW);
        assertThat(first.id().version()).isEqualTo(7);
        assertThat(Fixtures.rowCount(services.location(), "installation")).isEqualTo(1);

        byte[] manifest = "{\"format\":1,\"scope\":[\"23425\"]}".getBytes(StandardCharsets.UTF_8);
        byte[] signature = sign(again.privateKey(), manifest);
        assertThat(signature).hasSize(64);
        assertThat(verify(again.publicKey(), manifest, signature)).isTrue();
        manifest[3] ^= 1;
        assertThat(verify(again.publicKey(), manifest, signature)).isFalse();
    }

    @Test
    void twoInstallationsHaveDifferentIdsAndKeys() {
        try (AppServices other = Fixtures.services()) {
            Installation here = identity.localInstallation();
            Installation there = other.identity().localInstallation();

            assertThat(there.id()).isNotEqualTo(here.id());
            assertThat(there.publicKey()).isNotEqualTo(here.publicKey());
        }
    }

    @Test
    void signInMakesTheUnitsTopDownAndTheUser() {
        Actor actor = identity.signIn("  nguyễn   văn a ", COMMUNE, List.of(province(), commune()));

        assertThat(actor.userName()).isEqualTo("Nguyễn Văn A");
        assertThat(actor.unitCode()).isEqualTo(COMMUNE);
        assertThat(actor.installationId()).isEqualTo(identity.localInstallation().id());

        UnitTree tree = services.units().tree();
        assertThat(tree.path(COMMUNE)).extracting(AdminUnit::code).containsExactly(PROVINCE, COMMUNE);
        AdminUnit province = tree.find(PROVINCE).orElseThrow();
        AdminUnit commune = tree.find(COMMUNE).orElseThrow();
        assertThat(province.meta().ownerUnit()).isEqualTo(PROVINCE);
        assertThat(commune.meta().ownerUnit()).isEqualTo(PROVINCE);
        assertThat(commune.details()).isEqualTo(commune());
        assertThat(commune.meta().revision().number()).isEqualTo(1);
        assertThat(commune.meta().lastChange()).isEqualTo(actor.stamp(NOW));

        AppUser user = identity.lastUser().orElseThrow();
        assertThat(user.name()).isEqualTo("Nguyễn Văn A");
        assertThat(user.unitCode()).isEqualTo(COMMUNE);
        assertThat(user.createdAt()).isEqualTo(NOW);
        assertThat(identity.actorFor(user)).isEqualTo(actor);
    }

    @Test
    void signingInAgainReusesTheUserAndTheUnits() {
        Actor first = identity.signIn("Nguyễn Văn A", COMMUNE, List.of(province(), commune()));
        Actor again = identity.signIn("nguyễn văn a", COMMUNE, List.of(province(), commune()));

        assertThat(again).isEqualTo(first);
        assertThat(Fixtures.rowCount(services.location(), "app_user")).isEqualTo(1);
        assertThat(Fixtures.rowCount(services.location(), "admin_unit")).isEqualTo(2);
    }

    @Test
    void theSamePersonForAnotherUnitIsAnotherUser() {
        identity.signIn("Nguyễn Văn A", COMMUNE, List.of(province(), commune()));
        Actor clerk = identity.signIn("Nguyễn Văn A", PROVINCE, List.of());

        assertThat(clerk.unitCode()).isEqualTo(PROVINCE);
        assertThat(Fixtures.rowCount(services.location(), "app_user")).isEqualTo(2);
    }

    @Test
    void aBlankNameIsRejectedAndNothingIsMade() {
        assertThatThrownBy(() -> identity.signIn(" \n ", COMMUNE, List.of(province(), commune())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("userName", "validation.name.required")));

        assertThat(services.units().tree().all()).isEmpty();
        assertThat(identity.lastUser()).isEmpty();
    }

    @Test
    void aNameLongerThanTheRegisterKeepsIsRejected() {
        String longest = "A".repeat(200);

        assertThat(identity.signIn(longest, COMMUNE, List.of(province(), commune())).userName()).isEqualTo(longest);
        assertThatThrownBy(() -> identity.signIn(longest + "A", COMMUNE, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("userName", "validation.text.too-long", 200)));
    }

    @Test
    void anUnknownUnitIsRejected() {
        assertThatThrownBy(() -> identity.signIn("Nguyễn Văn A", "99999", List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("unitCode", "validation.unit.unknown", "99999")));
        assertThat(identity.lastUser()).isEmpty();
    }

    @Test
    void anUnknownUnitRollsBackTheUnitsMadeOnTheWay() {
        assertThatThrownBy(() -> identity.signIn("Nguyễn Văn A", "99999", List.of(province(), commune())))
                .isInstanceOf(ValidationException.class);

        assertThat(services.units().tree().all()).isEmpty();
    }

    @Test
    void aNewUnitNeedsAKnownParent() {
        UnitDetails orphan = new UnitDetails("23500", UnitLevel.COMMUNE, "Xã Bờ Y", "602", null, null);

        assertThatThrownBy(() -> identity.signIn("Nguyễn Văn A", "23500", List.of(province(), orphan)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("COMMUNE.parentCode", "validation.unit.unknown", "602")));
        assertThat(services.units().tree().all()).isEmpty();
    }

    @Test
    void invalidNewUnitsAreReportedByLevelAndField() {
        UnitDetails badProvince = new UnitDetails("062", UnitLevel.PROVINCE, "Kon Tum", null, null, null);
        UnitDetails badCommune = new UnitDetails("23425", UnitLevel.COMMUNE, " ", PROVINCE, null, null);

        assertThatThrownBy(() -> identity.signIn("", COMMUNE, List.of(badProvince, badCommune)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("userName", "PROVINCE.code", "COMMUNE.name"));
    }
}
