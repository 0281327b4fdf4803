package app.masa.edit;

import app.masa.model.Brand;
import app.masa.model.JourneyFile;

/** Gives the file another brand: a logo set or removed, a stage or card-type colour changed. */
final class ChangeBrand extends DeltaCommand {
    private final Brand after;
    private final String labelKey;

    ChangeBrand(Brand after, String labelKey) {
        this.after = after;
        this.labelKey = labelKey;
    }

    @Override
    protected Planned plan(JourneyFile document) {
        Brand before = document.brand();
        if (before.equals(after)) {
            return new Planned(Label.NONE, Delta.NONE);
        }
        return new Planned(Label.plain(labelKey, 1), new BrandDelta(before, after));
    }

    private record BrandDelta(Brand before, Brand after) implements Delta {
        @Override
        public JourneyFile apply(JourneyFile document) {
            return document.withBrand(after);
        }

        @Override
        public JourneyFile revert(JourneyFile document) {
            return document.withBrand(before);
        }

        @Override
        public long estimatedBytes() {
            return 64 + size(before) + size(after);
        }

        private static long size(Brand brand) {
            return (brand.logo() == null ? 0 : 2L * brand.logo().length()) + 32L * brand.stageColors().size()
                    + 32L * brand.typeColors().size();
        }
    }
}
