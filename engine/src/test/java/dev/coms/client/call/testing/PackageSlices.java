package dev.coms.client.call.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * ArchUnit slices of one package: the package itself is one slice and each direct subpackage (with everything
 * below it) another. {@code slices().matching("a.b.(*)..")} leaves the classes of {@code a.b} itself out, so a
 * cycle between {@code a.b} and {@code a.b.c} would pass unseen; this assignment includes them.
 */
public final class PackageSlices implements SliceAssignment {

    private final String root;

    private PackageSlices(String root) {
        this.root = root;
    }

    /** Slices of {@code root} (e.g. {@code dev.coms.client.ui}): itself and each subpackage. */
    public static PackageSlices of(String root) {
        return new PackageSlices(root);
    }

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (name.equals(root)) {
            return SliceIdentifier.of(root);
        }
        if (!name.startsWith(root + ".")) {
            return SliceIdentifier.ignore();
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return SliceIdentifier.of(root + "." + (dot < 0 ? rest : rest.substring(0, dot)));
    }

    @Override
    public String getDescription() {
        return "package " + root + " and each of its subpackages";
    }
}
