import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The jar chores of the installer build, run as {@code java packaging/InstallerJars.java ...} (no compile step,
 * one JVM for all jars, the same on every OS):
 * <ul>
 * <li>{@code slim <os> <arch> <from-dir> <to-dir> [skip-prefix...]}: copies the jars of a folder, leaving out the
 * native libraries built for other systems (zstd-jni alone carries 18 of them, 17 MB).</li>
 * <li>{@code natives <to-dir> <jar...>}: unpacks the jars' top-level native libraries (JavaFX's) into a folder.</li>
 * <li>{@code classes <to-dir> <jar...>}: unpacks the jars' class files into one tree, for jdeps: modular jars
 * whose optional requirements are absent stop jdeps when given as jars.</li>
 * </ul>
 */
public class InstallerJars {

    private static final List<String> NATIVE_SUFFIXES = List.of(".so", ".dll", ".dylib", ".jnilib", ".a");
    private static final Set<String> OS_WORDS = Set.of("linux", "darwin", "mac", "macos", "osx", "win", "windows",
            "freebsd", "aix", "sunos", "solaris");
    private static final Set<String> ARCH_WORDS = Set.of("amd64", "x86_64", "x64", "x86", "i386", "aarch64", "arm64",
            "arm", "ppc", "ppc64", "ppc64le", "s390x", "riscv64", "loongarch64", "mips64");

    public static void main(String[] args) throws IOException {
        if (args.length >= 5 && args[0].equals("slim")) {
            slimAll(args[1], args[2], Path.of(args[3]), Path.of(args[4]), List.of(args).subList(5, args.length));
        } else if (args.length >= 3 && args[0].equals("natives")) {
            unpack(Path.of(args[1]), List.of(args).subList(2, args.length), InstallerJars::isTopLevelNative);
        } else if (args.length >= 3 && args[0].equals("classes")) {
            unpack(Path.of(args[1]), List.of(args).subList(2, args.length), InstallerJars::isPlainClass);
        } else {
            System.err.println("usage: InstallerJars slim <os> <arch> <from-dir> <to-dir> [skip-prefix...]"
                    + " | natives <to-dir> <jar...> | classes <to-dir> <jar...>");
            System.exit(2);
        }
    }

    private static void slimAll(String os, String arch, Path from, Path to, List<String> skipPrefixes) throws IOException {
        Files.createDirectories(to);
        long before = 0;
        long after = 0;
        try (var jars = Files.list(from)) {
            for (var jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                var name = jar.getFileName().toString();
                if (skipPrefixes.stream().anyMatch(name::startsWith)) {
                    continue;
                }
                var target = to.resolve(name);
                slim(jar, target, os, arch);
                before += Files.size(jar);
                after += Files.size(target);
            }
        }
        System.out.printf("InstallerJars: jars %.1f MB -> %.1f MB without other systems' native libraries%n",
                before / 1e6, after / 1e6);
    }

    private static void slim(Path jar, Path target, String os, String arch) throws IOException {
        try (var zip = new ZipFile(jar.toFile())) {
            var foreign = zip.stream().filter(e -> isForeign(e.getName(), os, arch)).count();
            if (foreign == 0) {
                Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                return;
            }
            try (var out = new ZipOutputStream(Files.newOutputStream(target))) {
                for (var entry : zip.stream().toList()) {
                    if (!isForeign(entry.getName(), os, arch)) {
                        out.putNextEntry(new ZipEntry(entry.getName()));
                        try (InputStream in = zip.getInputStream(entry)) {
                            in.transferTo(out);
                        }
                        out.closeEntry();
                    }
                }
            }
        }
    }

    /** A native library whose path names an OS or a CPU, and not both of this system's. */
    static boolean isForeign(String entry, String os, String arch) {
        var lower = entry.toLowerCase(Locale.ROOT);
        if (NATIVE_SUFFIXES.stream().noneMatch(lower::endsWith)) {
            return false;
        }
        var parts = List.of(lower.split("/"));
        var namesOs = parts.stream().anyMatch(OS_WORDS::contains);
        var namesArch = parts.stream().anyMatch(ARCH_WORDS::contains);
        if (!namesOs && !namesArch) {
            return false;
        }
        return !(parts.stream().anyMatch(p -> osAliases(os).contains(p)) && parts.stream().anyMatch(p -> archAliases(arch).contains(p)));
    }

    private static Set<String> osAliases(String os) {
        return switch (os) {
            case "linux" -> Set.of("linux");
            case "macos" -> Set.of("darwin", "mac", "macos", "osx");
            case "windows" -> Set.of("win", "windows");
            default -> throw new IllegalArgumentException("unknown os " + os);
        };
    }

    private static Set<String> archAliases(String arch) {
        return switch (arch) {
            case "x64" -> Set.of("amd64", "x86_64", "x64");
            case "aarch64" -> Set.of("aarch64", "arm64");
            default -> throw new IllegalArgumentException("unknown arch " + arch);
        };
    }

    private static void unpack(Path to, List<String> jars, Predicate<String> wanted) throws IOException {
        Files.createDirectories(to);
        for (var jar : jars) {
            try (var zip = new ZipFile(jar)) {
                for (var entry : zip.stream().filter(e -> !e.isDirectory() && wanted.test(e.getName())).toList()) {
                    var target = to.resolve(entry.getName()).normalize();
                    if (!target.startsWith(to.normalize())) {
                        continue;   // an entry climbing out of the folder ("../x") is nobody's class
                    }
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static boolean isTopLevelNative(String name) {
        return !name.contains("/") && NATIVE_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** Class files of the base version: not module descriptors, not another Java version's variants. */
    private static boolean isPlainClass(String name) {
        return name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class");
    }
}
