package vn.chungtay.app.sync;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/**
 * Ed25519 signatures of package manifests with the installation's key pair (the JDK's own Ed25519), and the key
 * fingerprint a clerk compares before trusting a new sender.
 */
public final class Signatures {

    private Signatures() {
    }

    public static byte[] sign(byte[] pkcs8PrivateKey, byte[] data) {
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8PrivateKey));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this installation's private key cannot sign", e);
        }
    }

    /** True when the signature is the sender's over exactly these bytes; false for any malformed key or signature. */
    public static boolean verify(byte[] x509PublicKey, byte[] data, byte[] signatureBytes) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509PublicKey));
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The first 16 bytes of the key's SHA-256, as 8 groups of 4 hex digits: short enough to read out on the phone. */
    public static String fingerprint(byte[] publicKey) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey), 0, 16);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < hex.length(); i += 4) {
                out.append(i == 0 ? "" : " ").append(hex, i, i + 4);
            }
            return out.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
