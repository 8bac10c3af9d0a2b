package com.viraltracker.benchmarks.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The classes of a service's executable jar (Spring Boot's layout: BOOT-INF/classes and BOOT-INF/lib), loaded in
 * a class loader of their own. The storage benchmark calls the shipped storage class itself rather than a copy
 * of its SQL; the services are not libraries, so this is how their classes are reached.
 */
public final class ServiceClasses {
    private final URLClassLoader loader;

    private ServiceClasses(URLClassLoader loader) {
        this.loader = loader;
    }

    public static ServiceClasses extract(Path executableJar, Path into) throws IOException {
        List<URL> urls = new ArrayList<>();
        Files.createDirectories(into);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(executableJar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith("BOOT-INF/")) {
                    continue;
                }
                Path target = into.resolve(name).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("entry outside the jar's folder: " + name);
                }
                Files.createDirectories(target.getParent());
                copy(zip, target);
                if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar")) {
                    urls.add(url(target));
                }
            }
        }
        urls.add(0, url(into.resolve("BOOT-INF/classes")));
        // Parent: the platform loader only, so none of the benchmark's own libraries leak in.
        return new ServiceClasses(new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader()));
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static URL url(Path path) throws MalformedURLException {
        return path.toUri().toURL();
    }

    public Class<?> load(String name) throws ClassNotFoundException {
        return Class.forName(name, true, loader);
    }

    public ClassLoader loader() {
        return loader;
    }
}
