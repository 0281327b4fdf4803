package app.masa.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out compiled tests wherever the build puts them. ArchUnit's own option only knows
 * {@code target/test-classes}, but builds here may use another directory ({@code -Dmasa.buildDir}).
 */
public final class DoNotIncludeTestOutput implements ImportOption {
    @Override
    public boolean includes(Location location) {
        return !location.contains("/test-classes/");
    }
}
